/**
 * A phrase expression too long for V8 to optimise is searched for in parts (tone/data.ts searchParts):
 * the parts must match at exactly the places the whole expression does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileToneRules } from '../packages/engine/rules/tone';
import type { CompiledRule } from '../packages/engine/rules/tone/data';
import { lowerCaseKeepingOffsets, lowerCaseLiterals, wordStarts } from '../packages/engine/rules/tone/match';

const allRules = (rules: CompiledRule[]): CompiledRule[] =>
  rules.flatMap((r) => [r, ...allRules(r.stack ? [r.stack.markers] : []), ...allRules(r.cueRules.flatMap((c) => [...c.groups, ...(c.unless ? [c.unless] : [])]))]);

describe('searchParts', () => {
  const phrases = allRules(compileToneRules()).flatMap((r) => r.compiled.filter((p) => p.searchParts));

  it('splits the longest phrases into parts short enough to optimise', () => {
    expect(phrases.length).toBeGreaterThan(0);
    for (const p of phrases) for (const part of p.searchParts!) expect(part.length).toBeLessThanOrEqual(20_000);
  });

  it('matches where the whole expression does, at every word of the tone corpus', () => {
    const dir = join(__dirname, 'corpus/tone');
    const lines = readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
    const searches = phrases.map((p) => ({ p, parts: p.searchParts!.map((s) => new RegExp(lowerCaseLiterals(s), p.regex.flags.replace('i', ''))) }));
    let matched = 0;
    for (const line of lines) {
      const lower = lowerCaseKeepingOffsets(line);
      for (const { at } of wordStarts(line)) {
        for (const { p, parts } of searches) {
          p.regex.lastIndex = at;
          const whole = p.regex.test(line);
          const some = parts.some((r) => ((r.lastIndex = at), r.test(lower)));
          if (whole) matched++;
          expect(some, `${line} @${at}`).toBe(whole);
        }
      }
    }
    expect(matched).toBeGreaterThan(0);
  });
});
