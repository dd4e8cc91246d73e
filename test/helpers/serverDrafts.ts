/** Drafts and helpers shared by the protocol tests: what the engine says about a text, in LSP terms. */
import { check } from '../../packages/engine/check';
import { parseDateValue, type DateValue } from '../../packages/engine/dates';
import { defaultSettings, type Settings } from '../../packages/engine/settings';
import type { Diagnostic } from 'vscode-languageserver-protocol';

export const TODAY = '2026-11-28';

export function day(text: string): DateValue {
  const parsed = parseDateValue(text);
  if (!parsed.ok) throw new Error(`bad date ${text}`);
  return parsed.value;
}

const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

/** What a user sees of a diagnostic: rule, severity, range, message. */
export function visible(diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => ({ code: d.code, severity: d.severity, range: d.range, message: d.message }));
}

/** The engine's findings for a text, as the diagnostics the server must publish. */
export function expectedDiagnostics(text: string, settings: Settings = defaultSettings(), today = TODAY) {
  return check(text, { settings, today: day(today) }).findings.map((f) => ({
    code: f.rule,
    severity: SEVERITY[f.severity],
    range: f.range,
    message: f.message,
  }));
}

export const CHECK_IN = `---
kind: check-in
company: Hartley & Finch LLP
interviewer: Margaret Hale
interview_date: 2026-11-20
reply_deadline: 2026-11-27
send_date: 2026-11-28
subjekt: Checking in
---

Dear Ms Hale,

I hope you are well. Is there anything else you need from me for the Legal Secretary role?

Kind regards,
Anna Lewis
`;

export const THANK_YOU = `---
kind: thank-you
company: Hartley & Finch LLP
position: Legal Secretary
interviewer: Margaret Hale
interview_date: 2026-11-27
subject: Thank you for yesterday's interview
---

Dear Ms Hale,

Thank you for taking the time to meet me yesterday. I enjoyed hearing about the team, and I would be glad to join it.

Kind regards,
Anna Lewis
`;
