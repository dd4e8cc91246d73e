/**
 * What `nspell(dictionary)` returns inside retext-spell. retext-spell does the spell checking: it walks the
 * sentence tree, straightens apostrophes, skips numbers and times, judges a word made of parts part by part
 * and reports every unknown word. It builds its checker with nspell; the build (scripts/build.mjs) and the
 * tests (vitest.config.mts) point retext-spell's `nspell` import here, so that a dictionary carrying a
 * compiled word list (wordList.ts: the same Hunspell dictionary, every form expanded at build time, with the
 * same answers as nspell, tested in test/spelling-wordlist.test.ts) is served from it: 2.5 MB off the heap
 * and under 20 ms to load, instead of 30 MB and 110-250 ms. Any other dictionary goes to nspell itself.
 */
// The package's own entry, not the bare name, which the build redirects to this module.
import realNspell from 'nspell/lib/index.js';
import { SpellChecker } from './dictionaries';

/** A retext-spell dictionary whose checking is served by a compiled word list. */
export interface CompiledDictionary {
  aff: Uint8Array;
  dic: Uint8Array;
  wordList: SpellChecker;
}

export default function nspell(dictionary: unknown, dic?: unknown): unknown {
  const compiled = dictionary as Partial<CompiledDictionary> | undefined;
  if (compiled && compiled.wordList instanceof SpellChecker) return compiled.wordList;
  return (realNspell as unknown as (a: unknown, b?: unknown) => unknown)(dictionary, dic);
}
