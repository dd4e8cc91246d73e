/**
 * The bundle carries the tone rules compiled by the build (tone/stored.ts) and the server only rebuilds
 * their regular expressions. Rules stored as JSON and revived must find exactly what the freshly compiled
 * rules find, with the same fixes: over every rule's examples and every example draft.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileToneRules } from '../server/src/engine/rules/tone';
import type { CompiledRule } from '../server/src/engine/rules/tone/data';
import { matchPhrases } from '../server/src/engine/rules/tone/match';
import { reviveRule, storeRule } from '../server/src/engine/rules/tone/stored';

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
