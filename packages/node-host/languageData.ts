/**
 * The engine's language data on Node (engine/languageData.ts): the compiled files beside the bundle
 * (dist/dictionaries/, which the build writes), or, from the TypeScript sources in tests, the build's
 * dist/dictionaries above them. The Hunspell files of a dialect come from the bundle's copy or the
 * dictionary package. With no build, a compiled file is compiled on first use from its source package
 * in node_modules, as the build would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LEXICON_FILE, compileLexicon } from '../engine/language/lexicon';
import { setLanguageDataSource, type LanguageDataSource } from '../engine/languageData';
import { DIALECTS, type Dialect } from '../engine/settings';
import { MISSPELLINGS_FILE, compileMisspellings } from '../engine/spelling/misspellings';
import { TERMS_FILE } from '../engine/spelling/terms';
import { compilePlainWordList } from '../engine/spelling/wordList';
import { readFileShared, sharedLanguageData, toShared } from './sharedLanguageData';
import { TERM_SOURCES, termWords } from './termSources';

function upwards(relatives: (dir: string) => string[]): string | undefined {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    for (const candidate of relatives(dir)) if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A compiled data file (a path under dictionaries/), from the bundle's folder or the build's dist/. */
export function compiledFile(name: string): string | undefined {
  return upwards((dir) => [join(dir, 'dictionaries', name), join(dir, 'dist', 'dictionaries', name)]);
}

/** A file of an installed package (a path under node_modules/). */
export function packageFile(path: string): string | undefined {
  return upwards((dir) => [join(dir, 'node_modules', path)]);
}

const PACKAGES: Record<Dialect, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };

/**
 * Where the dialect's index.aff and index.dic are: the bundle's copy (dist/dictionaries/<dialect>/), else
 * the package in node_modules from this folder upwards. The files are read with fs rather than through the
 * packages' index.js, whose top-level await and import.meta.url do not survive the CommonJS bundle.
 */
export function dictionaryFolder(dialect: Dialect): string {
  const bundled = join(__dirname, 'dictionaries', dialect);
  if (existsSync(join(bundled, 'index.dic'))) return bundled;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', PACKAGES[dialect]);
    if (existsSync(join(candidate, 'index.dic'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`The ${dialect} spelling dictionary was not found beside ${__dirname} nor in node_modules/${PACKAGES[dialect]}; reinstall the package.`);
}

/** Compiles a data file from its source package when no build is found (running from the sources). */
function compileFromPackage(name: string): Uint8Array | undefined {
  if (name === TERMS_FILE) {
    const source = packageFile(TERM_SOURCES[0][0]);
    return source ? compilePlainWordList(termWords(dirname(dirname(source)))) : undefined;
  }
  if (name === MISSPELLINGS_FILE) {
    const source = packageFile(join('@cspell', 'dict-en-common-misspellings', 'dict', 'dict-en.json'));
    return source ? compileMisspellings(readFileSync(source, 'utf8')) : undefined;
  }
  if (name === LEXICON_FILE) {
    const source = packageFile(join('en-lexicon', 'dist', 'lexicon.js'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return source ? compileLexicon((require(source) as { default: Record<string, string> }).default) : undefined;
  }
  return undefined;
}

/** Names `<dialect>/index.{words,aff,dic}`: the files of the dialect's Hunspell folder. */
const HUNSPELL_FILE = new RegExp(`^(${DIALECTS.join('|')})/(index\\.(?:words|aff|dic))$`);

export function nodeLanguageData(): LanguageDataSource {
  return {
    // Read once per process into shared memory, for this thread and the check worker (sharedLanguageData.ts).
    read: (name) =>
      sharedLanguageData(name, () => {
        const hunspell = HUNSPELL_FILE.exec(name);
        if (hunspell) {
          const file = join(dictionaryFolder(hunspell[1] as Dialect), hunspell[2]);
          return existsSync(file) ? readFileShared(file) : undefined;
        }
        const compiled = compiledFile(name);
        if (compiled) return readFileShared(compiled);
        const made = compileFromPackage(name);
        return made ? toShared(made) : undefined;
      }),
  };
}

/** Gives the engine its language data from this Node process's files; called once by each Node host. */
export function useNodeLanguageData(): void {
  setLanguageDataSource(nodeLanguageData());
}
