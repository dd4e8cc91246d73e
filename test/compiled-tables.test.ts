/**
 * The build stores each word list's and the lexicon's hash table after it (hashTable.ts). A list read with
 * its stored table must answer exactly as the same list with a table built now: every word of every
 * list, in three casings, and a near-miss of each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../packages/engine/language/lexicon';
import { detachTable } from '../packages/engine/spelling/hashTable';
import { WordList } from '../packages/engine/spelling/wordList';

const DIST = join(__dirname, '..', 'dist', 'dictionaries');

function entries(text: Uint8Array, separator: number): string[] {
  const out: string[] = [];
  const body = new TextDecoder().decode(text);
  for (const line of body.split('\n').slice(1)) {
    if (!line) continue;
    const end = separator === 9 ? line.indexOf('\t') : line.length;
    out.push(separator === 9 ? line.slice(0, end) : line.slice(1));
  }
  return out;
}

const variants = (w: string) => [w, w.toLowerCase(), w.toUpperCase(), `${w}x`, w.slice(1), w.length > 3 ? w[1] + w[0] + w.slice(2) : `${w}s`];

describe('stored hash tables', () => {
  for (const file of ['en-GB/index.words', 'en-GB/extra.words', 'en-US/index.words', 'en-US/extra.words', 'terms.words']) {
    it(`${file} answers as with a table built now`, { timeout: 120_000 }, () => {
      const data = readFileSync(join(DIST, file));
      const { text, table } = detachTable(data);
      expect(table).toBeDefined();
      const stored = new WordList(data);
      const built = new WordList(Buffer.from(text));
      const words = entries(text, 10);
      expect(words.length).toBeGreaterThan(40_000);
      let differences = 0;
      for (const word of words) for (const v of variants(word)) if (stored.correct(v) !== built.correct(v)) differences++;
      expect(differences).toBe(0);
    });
  }

  it('the lexicon answers as with a table built now', () => {
    const data = readFileSync(join(DIST, 'lexicon.tags'));
    const { text } = detachTable(data);
    const stored = new Lexicon(data);
    const built = new Lexicon(Buffer.from(text));
    let differences = 0;
    for (const word of entries(text, 9)) {
      for (const v of variants(word)) {
        const a = stored.tags(v);
        const b = built.tags(v);
        if (a.all !== b.all || a.primary !== b.primary) differences++;
      }
    }
    expect(differences).toBe(0);
  });
});
