/**
 * The writer's apostrophe style (engine/rules/apostropheStyle.ts), worked out by looking at the
 * apostrophes only, says what the look-behind expression it replaced said, over seeded random texts
 * of letters (accented, non-Latin and outside the Basic Multilingual Plane), apostrophes and the rest.
 */
import { describe, expect, it } from 'vitest';
import { prefersCurlyApostrophes } from '../packages/engine/rules/apostropheStyle';

const byExpression = (text: string) => (text.match(/’/g)?.length ?? 0) > (text.match(/(?<=\p{L})'(?=\p{L})/gu)?.length ?? 0);

function seeded(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('apostrophe style', () => {
  it('follows the apostrophes the text uses between letters', () => {
    expect(prefersCurlyApostrophes("I don’t think it’s the company's fault")).toBe(true);
    expect(prefersCurlyApostrophes("I don't think it’s the company's fault")).toBe(false);
    expect(prefersCurlyApostrophes("'quoted' and ’tis ’")).toBe(true);
  });

  it('agrees with the look-behind expression on random texts', () => {
    const random = seeded(16);
    const pieces = ['a', 'Z', 'é', 'ж', '𝒜', '\ud835', "'", "'", '’', ' ', '1', '-', '\n'];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      expect(prefersCurlyApostrophes(text), JSON.stringify(text)).toBe(byExpression(text));
    }
  });
});
