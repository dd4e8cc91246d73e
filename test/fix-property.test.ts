/**
 * The property over the whole rule set: applying any offered fix (a suggestion, or a send_date to set),
 * on any fixture or example, removes that finding and adds no new warning or error. (Fresh `followup new`
 * drafts: new-drafts-clean.test.ts; random dates and today: timing-fixes.test.ts; the proofreading and
 * tone corpora: proofreading-fixes.test.ts and tone-fixes.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, type Finding } from '../packages/engine';
import { applyFix } from './helpers/applyFix';
import { markdownFilesBelow, parseFixture } from './helpers/fixture';

const root = join(__dirname, 'fixtures');

/** Fixes after which the checks that needed a readable front matter or a known kind run for the first time. */
const UNMASKING = new Set(['frontmatter/invalid-yaml', 'frontmatter/unknown-kind']);
const serious = (f: Finding) => f.severity === 'warning' || f.severity === 'error';

function problemsOf(name: string, raw: string): string[] {
  const fixture = parseFixture(raw);
  const run = (text: string) => check(text, { settings: fixture.settings, today: fixture.today, suggest: true }).findings;
  const before = run(fixture.text);
  const problems: string[] = [];
  for (const f of before) {
    const fixed = applyFix(fixture.text, f);
    if (fixed === undefined || fixed === fixture.text) continue;
    const after = run(fixed);
    const shift = fixed.length - fixture.text.length;
    const end = f.end + shift;
    if (after.some((g) => g.rule === f.rule && g.message === f.message && g.start <= Math.max(end, f.start) && f.start <= g.end)) problems.push(`${name}: fixing ${f.rule} "${f.actual}" leaves it`);
    // Fixing the YAML or the kind turns on the rules that need them: what they find was there all along.
    if (UNMASKING.has(f.rule)) continue;
    const old = new Map<string, number>();
    for (const g of before) if (serious(g) && g !== f) old.set(g.rule, (old.get(g.rule) ?? 0) + 1);
    const counts = new Map<string, number>();
    for (const g of after) if (serious(g)) counts.set(g.rule, (counts.get(g.rule) ?? 0) + 1);
    for (const [rule, n] of counts) {
      if (n > (old.get(rule) ?? 0)) problems.push(`${name}: fixing ${f.rule} "${f.actual}" -> adds ${rule} (${after.find((g) => g.rule === rule)!.message})`);
    }
  }
  return problems;
}

describe('every offered fix is a drop-in', () => {
  const files = markdownFilesBelow(root);
  it('on the fixtures', { timeout: 300_000 }, () => {
    expect(files.flatMap((f) => problemsOf(relative(root, f), readFileSync(f, 'utf8')))).toEqual([]);
  });
  it('on the examples', { timeout: 120_000 }, () => {
    const dir = join(__dirname, '..', 'examples');
    // The examples are checked on the day the README's output was made.
    const problems = readdirSync(dir).flatMap((f) => problemsOf(f, `<!-- today: 2026-12-04 -->\n${readFileSync(join(dir, f), 'utf8')}`));
    expect(problems).toEqual([]);
  });
});
