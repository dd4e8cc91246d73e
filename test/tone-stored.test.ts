/**
 * The bundle carries the tone rules compiled by the build (tone/stored.ts) and the server only rebuilds
 * their regular expressions. Rules stored as JSON and revived must find exactly what the freshly compiled
 * rules find, with the same fixes: over every rule's examples and every example draft.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileToneRules } from '../packages/engine/rules/tone';
import type { CompiledRule } from '../packages/engine/rules/tone/data';
import { lowerCaseLiterals, matchPhrases } from '../packages/engine/rules/tone/match';
import { reviveRule, storeRule } from '../packages/engine/rules/tone/stored';

const EXAMPLES = join(__dirname, '..', 'examples');

const findings = (rule: CompiledRule, text: string) => matchPhrases(rule, text).map((m) => [m.start, m.end, m.phrase.match.join('|'), m.better]);

describe('tone rules stored by the build', () => {
  const compiled = compileToneRules();
  const revived = (JSON.parse(JSON.stringify(compiled.map(storeRule))) as ReturnType<typeof storeRule>[]).map(reviveRule);
  const texts = [
    ...compiled.flatMap((r) => [r.meta.bad, r.meta.good, ...r.phrases.flatMap((p) => [...p.match, ...p.better])]),
    ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(EXAMPLES, f), 'utf8')),
  ];

  it('keep every phrase, its expressions and where it may start', () => {
    expect(revived.map((r) => r.meta.id)).toEqual(compiled.map((r) => r.meta.id));
    revived.forEach((rule, i) => {
      const original = compiled[i];
      expect(rule.compiled.map((p) => [p.regex.source, p.regex.flags, p.noFixRegex?.source, p.noFixAheadRegex?.source, p.captures])).toEqual(
        original.compiled.map((p) => [p.regex.source, p.regex.flags, p.noFixRegex?.source, p.noFixAheadRegex?.source, p.captures]),
      );
      expect([...rule.byFirstWord].map(([k, ps]) => [k, ps.map((p) => rule.compiled.indexOf(p))])).toEqual([...original.byFirstWord].map(([k, ps]) => [k, ps.map((p) => original.compiled.indexOf(p))]));
      expect(rule.stack?.markers.compiled.length).toBe(original.stack?.markers.compiled.length);
    });
  });

  it('store again to the same data, cue groups and stacked markers included', () => {
    expect(compiled.some((r) => r.cueRules.length > 0)).toBe(true);
    expect(JSON.stringify(revived.map(storeRule))).toBe(JSON.stringify(compiled.map(storeRule)));
    revived.forEach((rule, i) => expect(rule.cueRules.map((c) => c.groups.length)).toEqual(compiled[i].cueRules.map((c) => c.groups.length)));
  });

  it('find what the compiled rules find, with the same fixes', () => {
    let found = 0;
    for (const text of texts) {
      compiled.forEach((rule, i) => {
        const expected = findings(rule, text);
        found += expected.length;
        expect(findings(revived[i], text)).toEqual(expected);
        if (rule.stack) expect(findings(revived[i].stack!.markers, text)).toEqual(findings(rule.stack.markers, text));
      });
    }
    expect(found).toBeGreaterThan(compiled.length);
  });
});

/** What a phrase rule finds with each phrase's own case-insensitive expression alone (matchPhrases before it searched in lower case). */
function foundAsWritten(rule: CompiledRule, text: string) {
  const out: Array<[number, number, string]> = [];
  let next = 0;
  for (const m of text.matchAll(/[A-Za-z0-9\u00C0-\u024F]+/g)) {
    if (m.index < next) continue;
    for (const phrase of rule.byFirstWord.get(m[0].toLowerCase()) ?? []) {
      phrase.regex.lastIndex = m.index;
      const found = phrase.regex.exec(text);
      if (!found || !found[0].length) continue;
      out.push([found.index, found.index + found[0].length, found[0]]);
      next = found.index + found[0].length;
      break;
    }
  }
  return out;
}

describe('phrases searched for in lower case', () => {
  const rules = compileToneRules();
  const bases = [
    ...rules.flatMap((r) => [r.meta.bad, r.meta.good, ...r.phrases.flatMap((p) => p.better)]),
    ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(EXAMPLES, f), 'utf8')),
  ];
  const title = (t: string) => t.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  // Casings, and characters whose lower case is longer (İ) or folds to ASCII (K, the Kelvin sign).
  const texts = bases.flatMap((t) => [t, t.toUpperCase(), title(t), `İ ${t}`, t.replace(/k/g, '\u212A')]);

  it('find what each phrase’s own expression finds in the text as written, in any casing', () => {
    let found = 0;
    for (const text of texts) {
      for (const rule of [...rules, ...rules.flatMap((r) => (r.stack ? [r.stack.markers] : []))]) {
        const expected = foundAsWritten(rule, text);
        found += expected.length;
        const actual = matchPhrases({ ...rule, anywhere: [] }, text).map((m) => [m.start, m.end, text.slice(m.start, m.end)]);
        expect(actual).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(rules.length * 5);
  });

  it('lower the letters of an expression and keep its escapes as written', () => {
    expect(lowerCaseLiterals(String.raw`Dear\s+SIR\B[A-ZÀ]\p{Lu}\u00C0\x4A\cJ\k<Name>Ǆ\\K`)).toBe(String.raw`dear\s+sir\B[a-zà]\p{Lu}\u00C0\x4A\cJ\k<Name>ǆ\\k`);
  });
});
