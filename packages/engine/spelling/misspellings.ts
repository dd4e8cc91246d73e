/**
 * The usual correction of common misspellings ("alot" -> "a lot", "definately" -> "definitely"), from
 * @cspell/dict-en-common-misspellings (CC BY-SA 4.0; its licence ships beside the compiled table). It puts
 * the correction writers almost always mean first among the suggestions, where edit distance alone would
 * rank "allot" above "a lot".
 *
 * Compiled at build time to `typo<TAB>correction` lines sorted by their bytes (about 2 MB), kept as a
 * buffer outside the JavaScript heap and searched by binary search over their offsets; loaded on the
 * first suggestion, never for checking.
 */
import { compareBytes, utf8Bytes, utf8Text } from '../bytes';
import { readLanguageData } from '../languageData';

export const MISSPELLINGS_FILE = 'misspellings.tsv';

/** Compiles the cspell file's "typo->correction, other" entries into sorted lines (the build runs this). */
export function compileMisspellings(json: string): Buffer {
  const data = JSON.parse(json) as { dictionaryDefinitions?: Array<{ flagWords?: string[]; suggestWords?: string[] }> };
  const entries = new Map<string, string>();
  for (const definition of data.dictionaryDefinitions ?? []) {
    for (const entry of [...(definition.suggestWords ?? []), ...(definition.flagWords ?? [])]) {
      const [typo, corrections] = entry.split('->');
      const first = corrections?.split(',')[0]?.trim();
      if (!typo || !first || /[\t\n]/.test(typo + first) || entries.has(typo.trim())) continue;
      entries.set(typo.trim(), first);
    }
  }
  const lines = [...entries].sort((a, b) => Buffer.compare(Buffer.from(a[0]), Buffer.from(b[0]))).map(([typo, fix]) => `${typo}\t${fix}`);
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

class SortedTable {
  /** Offset of each line's first byte. */
  private readonly starts: Uint32Array;

  /** `data`: the compiled lines, kept as bytes outside the JavaScript heap. */
  constructor(private readonly data: Uint8Array) {
    let count = 0;
    for (let i = 0; i < data.length; i++) if (data[i] === 10) count++;
    this.starts = new Uint32Array(count);
    for (let i = 0, n = 0, start = 0; i < data.length; i++) {
      if (data[i] === 10) {
        this.starts[n++] = start;
        start = i + 1;
      }
    }
  }

  get(key: string): string | undefined {
    const wanted = utf8Bytes(key);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.starts[mid];
      const tab = this.data.indexOf(9, start);
      // Byte order equals code-point order in UTF-8, the order the build sorted the lines in.
      const order = compareBytes(this.data, start, tab, wanted, 0, wanted.length);
      if (order === 0) return utf8Text(this.data, tab + 1, this.data.indexOf(10, tab));
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

let table: SortedTable | undefined;

function load(): SortedTable {
  if (table) return table;
  // No table (no build, no source package): suggestions fall back to edit distance alone.
  table = new SortedTable(readLanguageData(MISSPELLINGS_FILE) ?? new Uint8Array(0));
  return table;
}

/** The usual correction of a common misspelling (lower case), if it is one. */
export function commonCorrection(typo: string): string | undefined {
  return load().get(typo.toLowerCase());
}
