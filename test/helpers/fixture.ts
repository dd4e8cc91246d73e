/**
 * Fixture drafts carry their expected findings on the offending line:
 *
 *   body line ... <!-- expect: tone/pushy "ASAP"; tone/exclamation -->
 *   front matter line   # expect: frontmatter/invalid-date "2026-02-30"
 *   <!-- expect-next-line: structure/missing-greeting -->   (a line of its own)
 *
 * Whole-line directives set up the check: `# today: 2026-11-20`, `# settings: {"checkInWaitDays": 4}`,
 * `# only: timing/, frontmatter/` (compare only rules with these prefixes), or the same inside
 * `<!-- ... -->`. `# sibling: {"kind": "thank-you", "send_date": "2026-11-30"}` adds another draft of the
 * same interview (its company, interviewer and interview_date are the fixture's unless given), for the
 * sequence rules; a `"body"` key gives its text after the front matter (default: a short thank-you). The runner removes every marker line and trailing marker, so the text that is checked is
 * the draft a user would write, and compares the findings with the expectations line by line.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDateValue, type DateValue } from '../../packages/engine/dates';
import { applySettings, defaultSettings, type Settings } from '../../packages/engine/settings';

export interface Expectation {
  /** 1-based line in the cleaned text. */
  line: number;
  rule: string;
  actual?: string;
}

export interface Fixture {
  text: string;
  expectations: Expectation[];
  today: DateValue;
  settings: Settings;
  only?: string[];
  /** Front-matter fields of other drafts of the same interview. */
  siblings: Array<Record<string, string>>;
}

const WHOLE_LINE = /^\s*(?:#|<!--)\s*(expect-next-line|today|settings|only|sibling)\s*:\s*(.*?)\s*(?:-->)?\s*$/;
const TRAILING = /\s*(?:#|<!--)\s*expect\s*:\s*(.*?)\s*(?:-->)?\s*$/;

export const DEFAULT_FIXTURE_TODAY = '2026-11-20';

export function parseFixture(raw: string): Fixture {
  const eol = raw.includes('\r\n') ? '\r\n' : '\n';
  const lines = raw.split(/\r?\n/);
  const out: string[] = [];
  const expectations: Expectation[] = [];
  let pending: Array<Omit<Expectation, 'line'>> = [];
  let today = DEFAULT_FIXTURE_TODAY;
  let settingsRaw: unknown;
  let only: string[] | undefined;
  const siblings: Array<Record<string, string>> = [];
  for (const line of lines) {
    const whole = WHOLE_LINE.exec(line);
    if (whole) {
      const [, key, value] = whole;
      if (key === 'expect-next-line') pending.push(...parseExpectations(value));
      else if (key === 'today') today = value;
      else if (key === 'settings') settingsRaw = JSON.parse(value);
      else if (key === 'only') only = value.split(/[\s,]+/).filter(Boolean);
      else if (key === 'sibling') siblings.push(JSON.parse(value));
      continue;
    }
    let text = line;
    const lineNumber = out.length + 1;
    const trailing = TRAILING.exec(line);
    if (trailing && trailing.index > 0) {
      text = line.slice(0, trailing.index);
      for (const e of parseExpectations(trailing[1])) expectations.push({ line: lineNumber, ...e });
    }
    for (const e of pending) expectations.push({ line: lineNumber, ...e });
    pending = [];
    out.push(text);
  }
  const parsedToday = parseDateValue(today, false);
  if (!parsedToday.ok) throw new Error(`fixture today "${today}" ${parsedToday.reason}`);
  const { settings, problems } = applySettings(defaultSettings(), settingsRaw);
  if (problems.length) throw new Error(`fixture settings: ${problems.map((p) => p.message).join('; ')}`);
  return { text: out.join(eol), expectations, today: parsedToday.value, settings, only, siblings };
}

function parseExpectations(spec: string): Array<Omit<Expectation, 'line'>> {
  return spec
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^([a-z-]+\/[a-z-]+)(?:\s+"(.*)")?$/.exec(s);
      if (!m) throw new Error(`bad expectation "${s}": write RULE or RULE "actual text"`);
      return m[2] === undefined ? { rule: m[1] } : { rule: m[1], actual: m[2] };
    });
}

/** Every Markdown file below `dir`, in sorted order (the fixture drafts). */
export function markdownFilesBelow(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? markdownFilesBelow(path) : name.endsWith('.md') ? [path] : [];
    });
}
