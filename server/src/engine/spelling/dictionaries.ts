/**
 * The Hunspell dictionaries (en-US: `dictionary-en`, en-GB: `dictionary-en-gb`) and the retext-spell
 * processor built on each. Each is loaded once per process, lazily, and shared by every draft.
 *
 * The .aff/.dic files are read with fs rather than through the packages' index.js, whose top-level await
 * and import.meta.url do not survive the CommonJS bundle. The bundle carries copies beside it
 * (dist/dictionaries/<dialect>/, see scripts/build.mjs); from the TypeScript sources (tests) the files are
 * found in node_modules from this folder upwards.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import retextEnglish from 'retext-english';
import retextSpell from 'retext-spell';
import { unified } from 'unified';
import type { Dialect } from '../settings';

const PACKAGES: Record<Dialect, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };

/** Where the dialect's index.aff and index.dic are. */
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

function buildProcessor(dialect: Dialect) {
  const folder = dictionaryFolder(dialect);
  const dictionary = { aff: readFileSync(join(folder, 'index.aff')), dic: readFileSync(join(folder, 'index.dic')) };
  // max < 0: retext-spell never runs nspell's (slow) suggestion search; suggest.ts ranks its own.
  // ignoreLiteral off: a misspelt word in quotes is still a misspelt word in an email.
  return unified().use(retextEnglish).use(retextSpell, { dictionary, max: -1, ignoreLiteral: false }).freeze();
}

export type SpellProcessor = ReturnType<typeof buildProcessor>;

/**
 * retext-spell remembers every distinct unknown word it has seen (about 90 bytes each) and offers no way
 * to forget them. Suggestion search asks about hundreds of non-words per misspelling, so after this many
 * the processor is rebuilt (about 150 ms) and the old one, with its memory, is dropped.
 */
const MAX_UNKNOWN_SEEN = 150_000;

interface Loaded {
  processor: SpellProcessor;
  unknownSeen: number;
}

const loaded = new Map<Dialect, Loaded>();

/** The dialect's frozen retext-english + retext-spell processor, built on first use. */
export function spellProcessor(dialect: Dialect): SpellProcessor {
  let entry = loaded.get(dialect);
  if (!entry || entry.unknownSeen > MAX_UNKNOWN_SEEN) {
    entry = { processor: buildProcessor(dialect), unknownSeen: 0 };
    loaded.set(dialect, entry);
  }
  return entry.processor;
}

/** Records how many unknown words a run reported, so the processor's own cache stays bounded. */
export function noteUnknownWords(dialect: Dialect, count: number): void {
  const entry = loaded.get(dialect);
  if (entry) entry.unknownSeen += count;
}
