/**
 * The build stores each word list and the lexicon as sorted, front-coded keys with a block index
 * (spelling/sortedKeys.ts). Every key of every compiled file must be found with its own payload, in three
 * casings and with a near-miss of each, exactly when that form is itself a key; and the keys must be in
 * strictly increasing byte order, or the binary search would miss some. (test/dictionary-equivalence.test.ts
 * compares the answers with the sources the files are compiled from.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSortedKeys, SortedKeys } from '../packages/engine/spelling/sortedKeys';

const DIST = join(__dirname, '..', 'dist', 'dictionaries');
const variants = (w: string) => [w.toLowerCase(), w.toUpperCase(), `${w}x`, w.slice(1), w.length > 3 ? w[1] + w[0] + w.slice(2) : `${w}s`];

function lookUp(table: SortedKeys, key: string): string | undefined {
  const bytes = Buffer.from(key, 'utf8');
  const at = table.find(bytes, bytes.length);
  return at < 0 ? undefined : table.payload(at);
}

describe('compiled sorted keys', () => {
  for (const file of ['en-GB/index.words', 'en-GB/extra.words', 'en-US/index.words', 'en-US/extra.words', 'terms.words', 'lexicon.tags']) {
    it(`${file}: every key is found with its payload, and a near-miss only when it is a key`, { timeout: 120_000 }, () => {
      const table = new SortedKeys(readFileSync(join(DIST, file)), file);
      const entries = [...table.entries()];
      expect(entries.length).toBeGreaterThan(40_000);
      const payloads = new Map(entries);
      let outOfOrder = 0;
      let wrong = 0;
      for (let i = 0; i < entries.length; i++) {
        const [key, payload] = entries[i];
        if (i > 0 && Buffer.compare(Buffer.from(entries[i - 1][0]), Buffer.from(key)) >= 0) outOfOrder++;
        if (lookUp(table, key) !== payload) wrong++;
        for (const variant of variants(key)) if (lookUp(table, variant) !== payloads.get(variant)) wrong++;
      }
      expect({ outOfOrder, wrong }).toEqual({ outOfOrder: 0, wrong: 0 });
    });
  }

  it('keeps the first of a repeated key, and finds keys with long shared prefixes, accents and at the edges', () => {
    const long = 'x'.repeat(300);
    const keys: Array<[string, string]> = [
      ['b', '1'], ['a', '2'], ['b', '3'], ['café', '4'], ['cafe', '5'], [`${long}a`, '6'], [`${long}b`, '7'], ['Ærø', '8'], ['tab\there', '9'],
      ...Array.from({ length: 50 }, (_, i) => [`word${i}`, `p${i}`] as [string, string]),
    ];
    const table = new SortedKeys(compileSortedKeys({ name: 'test' }, keys), 'test');
    expect(table.header).toEqual({ name: 'test' });
    expect(lookUp(table, 'b')).toBe('1');
    expect(lookUp(table, 'a')).toBe('2');
    expect(lookUp(table, 'café')).toBe('4');
    expect(lookUp(table, 'cafe')).toBe('5');
    expect(lookUp(table, `${long}a`)).toBe('6');
    expect(lookUp(table, `${long}b`)).toBe('7');
    expect(lookUp(table, `${long}`)).toBeUndefined();
    expect(lookUp(table, 'Ærø')).toBe('8');
    expect(lookUp(table, 'tab\there')).toBeUndefined();
    expect(lookUp(table, 'word49')).toBe('p49');
    expect(lookUp(table, '')).toBeUndefined();
    expect(lookUp(table, ' ')).toBeUndefined();
    expect(lookUp(table, '\u{10FFFF}')).toBeUndefined();
    expect([...table.entries()].map(([key]) => key)).toContain('word7');
  });

  it('says to rebuild when given a buffer in another format', () => {
    expect(() => new SortedKeys(Buffer.from('{"format":1}\n0word\n'), 'A compiled word list')).toThrow(/A compiled word list is not in the current format; rebuild with "npm run build"/);
  });
});
