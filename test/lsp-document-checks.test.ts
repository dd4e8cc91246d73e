import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { InThreadCheckRunner } from '../packages/engine/checkRunner';
import type { DateValue } from '../packages/engine/dates';
import { defaultSettings, type Settings } from '../packages/engine/settings';
import { DocumentChecks } from '../hosts/language-server/documentChecks';

const DRAFT = `---
kind: thank-you
company: Example Ltd
interviewer: Sam Smith
interview_date: 2026-01-05
subject: Thank you
---

Dear Sam,

Thank you for your time today. I enjoyed hearing about the the team.

Kind regards,
Alex
`;

/** A host whose settings arrive only when the test says so, as `workspace/configuration` answers do. */
function setUp() {
  const open = new Map<string, TextDocument>();
  const published: { uri: string; version?: number; count: number }[] = [];
  const pending: (() => void)[] = [];
  const settings: Settings = defaultSettings();
  let today: DateValue = { year: 2026, month: 1, day: 6 };
  let manual = true;
  const checks = new DocumentChecks({
    runner: new InThreadCheckRunner(),
    document: (uri) => open.get(uri),
    allDocuments: () => [...open.values()],
    settingsFor: () => (manual ? new Promise<Settings>((resolve) => pending.push(() => resolve(settings))) : Promise.resolve(settings)),
    siblings: () => [],
    today: () => today,
    publish: ({ uri, version, diagnostics }) => published.push({ uri, version, count: diagnostics.length }),
    pushes: () => true,
    refreshViews: () => undefined,
    log: () => undefined,
  });
  const release = async () => {
    for (const resolve of pending.splice(0)) resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return {
    checks,
    open,
    published,
    release,
    automatic: () => (manual = false),
    setToday: (value: DateValue) => (today = value),
  };
}

describe('diagnostics scheduling (lsp/documentChecks.ts)', () => {
  it('publishes only the newest of two checks of a document that changed while settings were fetched', async () => {
    const t = setUp();
    const uri = 'file:///w/thank-you.md';
    const v1 = TextDocument.create(uri, 'markdown', 1, DRAFT);
    t.open.set(uri, v1);
    const first = t.checks.validate(v1);
    const v2 = TextDocument.update(v1, [{ text: DRAFT.replace('the the', 'the') }], 2);
    t.open.set(uri, v2);
    const second = t.checks.validate(v2);
    await t.release();
    await Promise.all([first, second]);
    expect(t.published.map((p) => p.version)).toEqual([2]);
  });

  it('does not publish a check that was under way when its document closed', async () => {
    const t = setUp();
    const uri = 'file:///w/closed.md';
    const doc = TextDocument.create(uri, 'markdown', 1, DRAFT);
    t.open.set(uri, doc);
    const pending = t.checks.validate(doc);
    t.checks.forget(uri);
    t.open.delete(uri);
    await t.release();
    await pending;
    expect(t.published).toEqual([]);
  });

  it('never checks a .followup.json as prose', async () => {
    const t = setUp();
    t.automatic();
    const uri = 'file:///w/.followup.json';
    const doc = TextDocument.create(uri, 'json', 1, '{ "dialect": "en-US" }');
    t.open.set(uri, doc);
    await t.checks.validate(doc);
    expect(t.published).toEqual([]);
  });

  it('answers from the last check while the version, settings and day are the same, and checks again when the day changes', async () => {
    const t = setUp();
    t.automatic();
    const uri = 'file:///w/cached.md';
    const doc = TextDocument.create(uri, 'markdown', 1, DRAFT);
    t.open.set(uri, doc);
    await t.checks.validate(doc);
    expect(t.published).toHaveLength(1);
    expect(t.published[0].count).toBeGreaterThan(0);
    const first = await t.checks.current(doc);
    expect(await t.checks.current(doc)).toBe(first);
    t.setToday({ year: 2026, month: 1, day: 7 });
    const next = await t.checks.current(doc);
    expect(next).not.toBe(first);
    expect(next?.today).toBe('2026-01-07');
  });
});
