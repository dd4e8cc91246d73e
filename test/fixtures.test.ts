/** One runner for every fixture draft under test/fixtures: the findings must match the marked lines. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { parseDocument } from 'yaml';
import { readSibling } from '../packages/engine/siblings';
import { draftText } from './helpers/drafts';
import { markdownFilesBelow, parseFixture, type Fixture } from './helpers/fixture';

const root = join(__dirname, 'fixtures');

/** The fixture's `# sibling:` drafts, of the same interview unless they say otherwise. */
function siblingsFor(fixture: Fixture) {
  if (!fixture.siblings.length) return undefined;
  const own = parseDocument(fixture.text.split(/^---$/m)[1] ?? '').toJSON() as Record<string, unknown>;
  const base = { company: own.company, interviewer: own.interviewer, interview_date: own.interview_date } as Record<string, string>;
  // A sibling's `body`, when given, is its text after the front matter (the panel check reads it).
  return fixture.siblings.map(({ body, ...fields }, i) =>
    readSibling(`sibling-${i}.md`, draftText({ ...base, ...fields }, body), fixture.settings, fixture.today)!,
  );
}


const files = markdownFilesBelow(root);

describe('fixture drafts', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(relative(root, file), () => {
      const fixture = parseFixture(readFileSync(file, 'utf8'));
      const siblings = siblingsFor(fixture);
      const { findings } = check(fixture.text, { settings: fixture.settings, today: fixture.today, siblings, id: 'fixture.md' });
      const relevant = findings.filter((f) => !fixture.only || fixture.only.some((p) => f.rule.startsWith(p)));
      const withActual = new Set(fixture.expectations.filter((e) => e.actual !== undefined).map((e) => `${e.line} ${e.rule}`));
      const got = relevant
        .map((f) => {
          const key = `${f.range.start.line + 1} ${f.rule}`;
          return withActual.has(key) ? `${key} "${f.actual}"` : key;
        })
        .sort();
      const want = fixture.expectations
        .map((e) => (e.actual === undefined ? `${e.line} ${e.rule}` : `${e.line} ${e.rule} "${e.actual}"`))
        .sort();
      const detail = relevant.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule} "${f.actual}" ${f.message}`);
      expect(got, `findings were:\n${detail.join('\n')}`).toEqual(want);
    });
  }
});
