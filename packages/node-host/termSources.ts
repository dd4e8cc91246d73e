/**
 * The @cspell/dict-* lists of names and terms that spelling accepts beyond the Hunspell dictionary, read
 * from node_modules: by the build, which compiles them into terms.words (engine/spelling/terms.ts reads
 * that), and by the Node language data when running from the sources without a build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Package, files: the lists compiled into the terms word list. */
export const TERM_SOURCES: ReadonlyArray<[string, string[]]> = [
  ['@cspell/dict-people-names', ['dict/people-names.txt']],
  ['@cspell/dict-companies', ['dict/companies.txt']],
  ['@cspell/dict-fullstack', ['dict/fullstack.txt']],
  [
    '@cspell/dict-software-terms',
    ['dict/softwareTerms.txt.gz', 'dict/software-tools.txt', 'dict/networkingTerms.txt', 'dict/webServices.txt', 'dict/computing-acronyms.txt', 'dict/coding-compound-terms.txt'],
  ],
  // Machine learning and data work ("hyperparameters", "backpropagation", "explainability").
  ['@cspell/dict-data-science', ['dict/data-science.txt', 'dict/data-science-models.txt', 'dict/data-science-tools.txt']],
];

const WORD = /^[\p{L}][\p{L}\p{M}\p{N}'’.-]*$/u;

/**
 * Every word of every list, sorted and unique, but for words that are common misspellings ("Jospeh").
 * cspell's own markers (~ case-folded copies, ! forbidden
 * words, + and * compound parts) are left out; an entry of several words gives each of its words.
 */
export function termWords(nodeModules: string, misspellings: ReadonlySet<string> = new Set()): string[] {
  const words = new Set<string>();
  for (const [pkg, files] of TERM_SOURCES) {
    for (const file of files) {
      const path = join(nodeModules, pkg, file);
      const raw = readFileSync(path);
      for (const line of (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n')) {
        const entry = line.trim();
        if (!entry || entry.startsWith('#') || /^[~!+*]/.test(entry) || /[+*]$/.test(entry)) continue;
        for (const word of entry.split(/\s+/)) if (WORD.test(word) && word.length > 1 && !misspellings.has(word.toLowerCase())) words.add(word);
      }
    }
  }
  return [...words].sort();
}
