/**
 * Tone fixes are drop-ins. A suggestion replaces exactly the finding's range (the CLI prints it as the fix,
 * the editor's "Change to '…'" applies it), so in a real sentence it must leave a grammatical sentence that
 * says the same thing, politer. Every case goes through the engine: `check()` on a small draft, then the
 * suggestion applied to the finding's range. Where no drop-in fits, there is no suggestion and the message
 * names the better phrasing instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { parseDateValue, type DateValue } from '../packages/engine/dates';
import type { Finding } from '../packages/engine/finding';
import { TONE_CLASSES, TONE_FILES } from '../packages/engine/rules/tone';
import { compileToneData } from '../packages/engine/rules/tone/data';
import { matchPhrases } from '../packages/engine/rules/tone/match';
import { defaultSettings } from '../packages/engine/settings';
import { ADVICE, CAUGHT, EXAMPLE_SENTENCE, FIXES, POLITE } from './helpers/toneSentences';

const today = (parseDateValue('2026-11-20', false) as { ok: true; value: DateValue }).value;

const HEAD = [
  '---',
  'kind: check-in',
  'company: Hartley & Finch LLP',
  'interviewer: Margaret Hale',
  'interview_date: 2026-11-10',
  'reply_deadline: 2026-11-14',
  '---',
  '',
  'Dear Ms Hale,',
  '',
  '',
].join('\n');
const TAIL = '\n\nKind regards,\nAnna Lewis\n';

const draftWith = (body: string) => HEAD + body + TAIL;
const bodyOf = (text: string) => text.slice(HEAD.length, text.length - TAIL.length);
const findingsOf = (text: string) => check(text, { settings: defaultSettings(), today }).findings;
const applyFix = (text: string, f: Finding, suggestion = f.suggestions[0]) => text.slice(0, f.start) + suggestion + text.slice(f.end);
const describeFindings = (fs: Finding[]) => fs.map((f) => `${f.rule} "${f.actual}" → ${JSON.stringify(f.suggestions)}`).join('; ');

describe('each fix gives the expected sentence', () => {
  for (const [rule, cases] of Object.entries(FIXES)) {
    for (const c of cases) {
      it(`${rule}: "${c.actual}" in ${JSON.stringify(c.sentence)}`, () => {
        const text = draftWith(c.sentence);
        const findings = findingsOf(text);
        const f = findings.find((x) => x.rule === rule && x.actual === c.actual);
        expect(f, describeFindings(findings)).toBeDefined();
        expect(bodyOf(applyFix(text, f!))).toBe(c.fixed);
      });
    }
  }

  it('the example check-in reads well with every tone fix applied, one after the other', () => {
    let text = draftWith(EXAMPLE_SENTENCE);
    for (let round = 0; round < 5; round++) {
      const f = findingsOf(text).find((x) => x.rule.startsWith('tone/') && x.suggestions.length);
      if (!f) break;
      text = applyFix(text, f);
    }
    expect(bodyOf(text)).toBe('I would welcome any news about the Legal Secretary role and I would be grateful to know your decision when convenient.');
    expect(findingsOf(text).filter((f) => f.rule.startsWith('tone/'))).toEqual([]);
  });
});

describe('where no fix fits, there is none, and the message says what to write', () => {
  for (const [rule, cases] of Object.entries(ADVICE)) {
    for (const c of cases) {
      it(`${rule}: "${c.actual}" in ${JSON.stringify(c.sentence)}`, () => {
        const findings = findingsOf(draftWith(c.sentence));
        const f = findings.find((x) => x.rule === rule && x.actual === c.actual);
        expect(f, describeFindings(findings)).toBeDefined();
        expect(f!.suggestions).toEqual([]);
        expect(f!.message).toContain(c.advice);
      });
    }
  }
});

describe('coverage of the data', () => {
  const rules = compileToneData(TONE_CLASSES, [...TONE_FILES]);
  it('every rule has fix cases', () => {
    expect(Object.keys(FIXES).sort()).toEqual(rules.map((r) => r.meta.id).sort());
  });
  it('every phrase that offers a fix has a case that checks the resulting sentence', () => {
    const tested = new Set<unknown>();
    for (const rule of rules) {
      for (const c of FIXES[rule.meta.id] ?? []) {
        for (const m of matchPhrases(rule, c.sentence)) if (c.sentence.slice(m.start, m.end) === c.actual) tested.add(m.phrase);
      }
    }
    const untested = rules.flatMap((rule) =>
      rule.compiled.filter((p) => p.better.length && !tested.has(p)).map((p) => `${rule.meta.id}: ${JSON.stringify(p.match[0])}`),
    );
    expect(untested).toEqual([]);
  });
});

/** Every sentence of the tone tests, and the tone fixtures and examples as whole drafts. */
function textsToCheck(): Array<[string, string]> {
  const sentences = new Set([
    ...Object.values(CAUGHT).flat(),
    ...POLITE,
    ...Object.values(FIXES)
      .flat()
      .flatMap((c) => [c.sentence, c.fixed]),
    ...Object.values(ADVICE)
      .flat()
      .map((c) => c.sentence),
  ]);
  const texts: Array<[string, string]> = [...sentences].map((s) => [JSON.stringify(s), draftWith(s)]);
  for (const dir of ['test/fixtures/tone', 'examples']) {
    const folder = join(__dirname, '..', dir);
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.md'))) texts.push([`${dir}/${file}`, readFileSync(join(folder, file), 'utf8')]);
  }
  return texts;
}

describe('property: a tone fix removes the finding and breaks nothing around it', () => {
  for (const [name, text] of textsToCheck()) {
    it(name, () => {
      const before = findingsOf(text);
      const repeatedBefore = before.filter((f) => f.rule === 'grammar/repeated-word');
      for (const f of before.filter((x) => x.rule.startsWith('tone/'))) {
        for (const suggestion of f.suggestions) {
          const fixed = applyFix(text, f, suggestion);
          const after = findingsOf(fixed);
          const end = f.start + suggestion.length;
          // At that place: overlapping the inserted text, or around the point where a deletion was made.
          const there = (x: Finding) => (suggestion ? x.start < end && f.start < x.end : x.start < f.start && f.start < x.end);
          const touching = (x: Finding) => x.start <= end && f.start <= x.end;
          const where = `${f.rule} "${f.actual}" → "${suggestion}": ${JSON.stringify(fixed.slice(Math.max(0, f.start - 40), end + 40))}`;
          expect(after.filter((x) => x.rule.startsWith('tone/') && there(x)).map((x) => `${x.rule} "${x.actual}"`), where).toEqual([]);
          const repeated = after.filter((x) => x.rule === 'grammar/repeated-word');
          expect(repeated.filter(touching).map((x) => x.actual), where).toEqual([]);
          expect(repeated.length, where).toBeLessThanOrEqual(repeatedBefore.length);
        }
      }
    });
  }
});
