/**
 * A Hunspell dictionary compiled to the list of every word form it accepts (nspell expands the affix
 * rules once, at build time), kept in one sorted, front-coded buffer (sortedKeys.ts). Loading it builds
 * nothing, where nspell takes 110-250 ms, and it lives outside the JavaScript heap: no 120,000 strings
 * and arrays for the garbage collector to copy and walk, about 0.6 MB instead of 30.
 *
 * `correct` answers exactly as nspell's `correct` does (the tests compare them): the word trimmed and
 * converted (ICONV), then as written, in Capitalised form when written in capitals, or in lower case;
 * forms only allowed inside compounds are not words alone; compound rules ("21st") are regexes.
 *
 * Each word form's payload is one digit of flags, or nothing for none; the header holds the affix settings.
 */
import nspell from 'nspell';
import { compileSortedKeys, SortedKeys } from './sortedKeys';

const ONLY_IN_COMPOUND = 1;
const KEEP_CASE = 2;
const FORBIDDEN = 4;

interface Header {
  format: 2;
  /** ICONV: replacements made before a word is looked up. */
  conversion: Array<[string, string]>;
  compoundMin: number;
  /** COMPOUNDRULE regexes (case-insensitive). */
  compoundRules: string[];
}

/** nspell's internals that the compiler reads: every word form with its flags, and the affix settings. */
interface NSpellInternals {
  data: Record<string, string[]>;
  flags: Record<string, unknown>;
  compoundRules: RegExp[];
  conversion: { in: Array<[RegExp, string]> };
}

/** Compiles a Hunspell .aff/.dic pair into a word list file (the build runs this; tests do it in memory). */
export function compileWordList(aff: Uint8Array | string, dic: Uint8Array | string): Uint8Array {
  const checker = nspell({ aff: aff as Buffer | string, dic: dic as Buffer | string }) as unknown as NSpellInternals;
  const flag = (name: string, codes: string[]) => {
    const code = checker.flags[name];
    return typeof code === 'string' && codes.includes(code);
  };
  const header: Header = {
    format: 2,
    conversion: checker.conversion.in.map(([pattern, replacement]) => [pattern.source, replacement]),
    compoundMin: Number(checker.flags.COMPOUNDMIN),
    compoundRules: checker.compoundRules.map((rule) => rule.source),
  };
  const entries: Array<[string, string]> = [];
  for (const word in checker.data) {
    const codes = checker.data[word];
    const flags = (flag('ONLYINCOMPOUND', codes) ? ONLY_IN_COMPOUND : 0) | (flag('KEEPCASE', codes) ? KEEP_CASE : 0) | (flag('FORBIDDENWORD', codes) ? FORBIDDEN : 0);
    entries.push([word, flags ? String(flags) : '']);
  }
  return compileSortedKeys(header, entries);
}

/** A word list of plain words (no affixes, no compounds): names and terms, each accepted as written. */
export function compilePlainWordList(words: Iterable<string>): Uint8Array {
  const header: Header = { format: 2, conversion: [], compoundMin: 1000, compoundRules: [] };
  return compileSortedKeys(header, Array.from(words, (word) => [word, ''] as const));
}

export class WordList {
  private readonly conversion: Array<[RegExp, string]>;
  private readonly compoundMin: number;
  private readonly compoundRules: RegExp[];
  private readonly words: SortedKeys;
  private scratch = new Uint8Array(256);

  /** A compiled word list (compileWordList, compilePlainWordList). */
  constructor(data: Uint8Array) {
    this.words = new SortedKeys(data, 'A compiled word list');
    const header = this.words.header as Header;
    if (header.format !== 2) throw new Error('Unknown word list format; rebuild with "npm run build".');
    this.conversion = header.conversion.map(([source, replacement]) => [new RegExp(source, 'g'), replacement]);
    this.compoundMin = header.compoundMin;
    this.compoundRules = header.compoundRules.map((source) => new RegExp(source, 'i'));
  }

  /** Whether the word is spelled correctly, as nspell's `correct` says. */
  correct(value: string): boolean {
    let normal = value.trim();
    if (!normal) return false;
    for (const [pattern, replacement] of this.conversion) normal = normal.replace(pattern, replacement);
    if (this.exact(normal)) return !this.has(normal, FORBIDDEN);
    if (normal.toUpperCase() === normal) {
      const capitalised = normal.charAt(0) + normal.slice(1).toLowerCase();
      if (this.has(capitalised, KEEP_CASE | FORBIDDEN)) return false;
      if (this.exact(capitalised)) return true;
    }
    const lower = normal.toLowerCase();
    if (lower !== normal) {
      if (this.has(lower, KEEP_CASE | FORBIDDEN)) return false;
      if (this.exact(lower)) return true;
    }
    return false;
  }

  private exact(word: string): boolean {
    const flags = this.flagsOf(word);
    if (flags >= 0) return (flags & ONLY_IN_COMPOUND) === 0;
    if (word.length >= this.compoundMin) for (const rule of this.compoundRules) if (rule.test(word)) return true;
    return false;
  }

  private has(word: string, flags: number): boolean {
    const found = this.flagsOf(word);
    return found >= 0 && (found & flags) !== 0;
  }

  /** The word's flags, or -1 when it is not in the list. */
  private flagsOf(word: string): number {
    const at = this.words.find(this.scratch, this.encode(word));
    if (at < 0) return -1;
    // No payload (the line ends at once) is no flag.
    const digit = this.words.data[at];
    return digit === 10 ? 0 : digit - 48;
  }

  /** Writes the word's UTF-8 bytes into `scratch`; returns their count. */
  private encode(word: string): number {
    if (this.scratch.length < word.length * 3) this.scratch = new Uint8Array(word.length * 3);
    const out = this.scratch;
    let n = 0;
    for (let i = 0; i < word.length; i++) {
      let c = word.charCodeAt(i);
      if (c < 0x80) out[n++] = c;
      else if (c < 0x800) {
        out[n++] = 0xc0 | (c >> 6);
        out[n++] = 0x80 | (c & 63);
      } else {
        const next = word.charCodeAt(i + 1);
        if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
          out[n++] = 0xf0 | (c >> 18);
          out[n++] = 0x80 | ((c >> 12) & 63);
        } else {
          // A lone surrogate is written as U+FFFD, as Buffer.from would.
          if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
          out[n++] = 0xe0 | (c >> 12);
        }
        out[n++] = 0x80 | ((c >> 6) & 63);
        out[n++] = 0x80 | (c & 63);
      }
    }
    return n;
  }
}
