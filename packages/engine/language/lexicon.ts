/**
 * Parts of speech of English words, for the grammar rules that need to know what kind of word stands next
 * to a confusable one ("its" before a noun is right, before "been" it is "it's").
 *
 * The data is en-lexicon's (MIT; about 112,000 words with their Penn Treebank tags, most likely first),
 * compiled at build time (scripts/build.mjs) into sorted keys (sortedKeys.ts), each word with the payload
 * `mask<TAB>primary`: about 1.8 MB outside the JavaScript heap, read, not built, on the first lookup.
 *
 * Tags are folded into the coarse groups the rules need (TAG_GROUPS); a word has a mask of every group
 * it can take and the group of its most likely tag.
 */
import { readLanguageData } from '../languageData';
import { compileSortedKeys, SortedKeys } from '../spelling/sortedKeys';
import { utf8Bytes } from '../bytes';
import LEXICON_ADDITIONS from './lexicon-additions.json';

/** Coarse groups of Penn Treebank tags, in bit order. */
export const TAG_GROUPS: Record<string, readonly string[]> = {
  N: ['NN', 'NNS', 'NNP', 'NNPS'],
  NNS: ['NNS', 'NNPS'],
  NNP: ['NNP', 'NNPS'],
  VB: ['VB', 'VBP'],
  VBZ: ['VBZ'],
  VBD: ['VBD'],
  VBN: ['VBN'],
  VBG: ['VBG'],
  JJ: ['JJ', 'JJS'],
  JJR: ['JJR'],
  RB: ['RB', 'RBS', 'WRB'],
  RBR: ['RBR'],
  DT: ['DT', 'PDT', 'WDT'],
  PRP: ['PRP', 'PRP$', 'WP', 'WP$', 'EX'],
  IN: ['IN', 'TO', 'RP'],
  MD: ['MD'],
  CC: ['CC'],
  CD: ['CD'],
  UH: ['UH'],
  NN: ['NN', 'NNP'],
};

export const GROUP_NAMES = Object.keys(TAG_GROUPS);
const GROUP_BIT = new Map(GROUP_NAMES.map((name, i) => [name, 1 << i]));

export function groupBit(name: string): number | undefined {
  return GROUP_BIT.get(name);
}

/** The groups' bits for one Penn tag. */
function maskOfTag(tag: string): number {
  let mask = 0;
  for (const [name, tags] of Object.entries(TAG_GROUPS)) if (tags.includes(tag)) mask |= GROUP_BIT.get(name)!;
  return mask;
}

/** US spelling endings and their British forms ("color" -> "colour", "center" -> "centre"). */
const BRITISH_FORMS: Array<[RegExp, string]> = [
  [/or$/, 'our'],
  [/ors$/, 'ours'],
  [/er$/, 're'],
  [/ers$/, 'res'],
  [/ense$/, 'ence'],
  [/enses$/, 'ences'],
  [/^program$/, 'programme'],
  [/^programs$/, 'programmes'],
];
const VERB_OR_ADJECTIVE = /^(?:VB[DGNPZ]?|JJ)$/;

/**
 * en-lexicon's readings, with British spellings of nouns read as nouns: its source lists "programme",
 * "colour", "centres" and "licences" as verbs only. A British form listed with verb (and adjective) readings
 * only takes the readings of its US spelling when that one is a noun.
 */
export function withBritishNouns(lexicon: Record<string, string>): Record<string, string> {
  const out = { ...lexicon };
  for (const [us, tags] of Object.entries(lexicon)) {
    if (!/^[a-z]+$/.test(us) || !/\bNNS?\b/.test(tags)) continue;
    for (const [ending, british] of BRITISH_FORMS) {
      if (!ending.test(us)) continue;
      const gb = us.replace(ending, british);
      const own = lexicon[gb]?.split('|');
      if (own && own.every((t) => VERB_OR_ADJECTIVE.test(t)) && own.some((t) => t.startsWith('VB'))) out[gb] = tags;
    }
  }
  return out;
}

/** Compiles en-lexicon's `{word: "NN|VB"}` into the buffer format above (the build runs this). */
export function compileLexicon(lexicon: Record<string, string>): Uint8Array {
  const entries: Array<[string, string]> = [];
  for (const [word, tags] of Object.entries({ ...withBritishNouns(lexicon), ...LEXICON_ADDITIONS.words })) {
    if (!/^[\p{L}][\p{L}\p{M}'’.-]*$/u.test(word) || word.includes('\t')) continue;
    const list = tags.split('|');
    let mask = 0;
    for (const tag of list) mask |= maskOfTag(tag);
    if (!mask) continue;
    entries.push([word, `${mask.toString(36)}\t${maskOfTag(list[0]).toString(36)}`]);
  }
  return compileSortedKeys({ format: 2, groups: GROUP_NAMES }, entries);
}

export interface WordTags {
  /** Every group the word can take. */
  all: number;
  /** The group(s) of its most likely tag. */
  primary: number;
}

const bits = (...names: string[]) => names.reduce((mask, name) => mask | GROUP_BIT.get(name)!, 0);
const NOUN_BIT = bits('N');
const PLURAL_BIT = bits('NNS');

/** Tags for a word the lexicon does not have, from its ending: nouns, gerunds, adverbs, plurals. */
function guess(word: string): WordTags {
  const noun = bits('N', 'NN');
  // A year (1999, 2024) names a thing as a proper noun does ("the 2024 report", "our 2026 plan"), so it
  // asks for no plural after it; any other number in digits (20, 3.5, 14001) is a cardinal, as "twenty" is.
  if (/^(?:1[89]|20)\d\d$/.test(word)) return { all: bits('N', 'NN', 'NNP'), primary: bits('N', 'NN', 'NNP') };
  if (/^\d+(?:[.,]\d+)*$/.test(word)) return { all: bits('CD'), primary: bits('CD') };
  // A pronoun with its verb (I've, it's, they're, that's) is a pronoun, not a possessive noun.
  if (/^(?:i|you|we|they|he|she|it|that|there|here|what|who|where|when|how|let)['’](?:m|ve|d|ll|re|s)$/i.test(word)) return { all: bits('PRP'), primary: bits('PRP') };
  // "six o'clock": the one word of the kind the lexicon lacks, an adverb as in the Penn Treebank.
  if (/^o['’]clock$/i.test(word)) return { all: bits('RB'), primary: bits('RB') };
  if (/['’]s?$/.test(word)) return { all: noun, primary: noun };
  if (/^\p{Lu}/u.test(word)) return { all: bits('N', 'NN', 'NNP'), primary: bits('N', 'NN', 'NNP') };
  if (/ly$/.test(word)) return { all: bits('RB'), primary: bits('RB') };
  if (/ing$/.test(word)) return { all: bits('VBG') | noun, primary: bits('VBG') };
  if (/ed$/.test(word)) return { all: bits('VBD', 'VBN', 'JJ'), primary: bits('VBN') };
  if (/[^s]s$/.test(word)) return { all: bits('N', 'NNS', 'VBZ'), primary: bits('N', 'NNS') };
  if (/\p{L}{3}$/u.test(word)) return { all: noun, primary: noun };
  return { all: 0, primary: 0 };
}

export class Lexicon {
  private readonly cache = new Map<string, WordTags>();
  private readonly words: SortedKeys;

  /** A compiled lexicon (compileLexicon). */
  constructor(compiled: Uint8Array) {
    this.words = new SortedKeys(compiled, 'The part-of-speech lexicon');
    const header = this.words.header as { format: number; groups: string[] };
    if (header.format !== 2 || header.groups.join() !== GROUP_NAMES.join()) throw new Error('The part-of-speech lexicon is out of date; rebuild with "npm run build".');
  }

  /**
   * The word's tags as written, else in lower case; for a word the lexicon does not know, a guess from
   * its shape (a possessive or a capitalised word is a noun, "-ly" an adverb, "-ing" a gerund...).
   */
  tags(word: string): WordTags {
    const key = word.replace(/’/g, "'");
    let found = this.cache.get(key);
    if (found) return found;
    // The lexicon is American: "programme" is in it only as a verb, so a British -mme word takes the tags
    // of its American spelling ("program": a noun first).
    const american = /mmes?$/i.test(key) ? this.lookup(key.toLowerCase().replace(/mme(s?)$/, 'm$1')) : undefined;
    const listed = american ?? this.lookup(key) ?? (key.toLowerCase() !== key ? this.lookup(key.toLowerCase()) : undefined);
    found = listed ?? guess(key);
    // The lexicon has some plurals only as verbs ("emails"): a plural whose singular is a noun is one too.
    if (!(found.all & NOUN_BIT) && /[^s]s$/.test(key)) {
      const singular = this.lookup(key.slice(0, -1).toLowerCase());
      if (singular && singular.all & NOUN_BIT) found = { all: found.all | NOUN_BIT | PLURAL_BIT, primary: found.primary };
    }
    // An irregular plural the lexicon lacks ("foremen", "linemen"), when its "-man" singular is a noun.
    if (!listed && /[a-z]men$/i.test(key)) {
      const singular = this.lookup(key.toLowerCase().replace(/men$/, 'man'));
      if (singular && singular.all & NOUN_BIT) found = { all: NOUN_BIT | PLURAL_BIT, primary: NOUN_BIT | PLURAL_BIT };
    }
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }

  private lookup(word: string): WordTags | undefined {
    const bytes = utf8Bytes(word);
    const at = this.words.find(bytes, bytes.length);
    if (at < 0) return undefined;
    const [all, primary] = this.words.payload(at).split('\t');
    return { all: parseInt(all, 36), primary: parseInt(primary, 36) };
  }
}

/** The compiled lexicon's file name in the bundle's dictionaries folder. */
export const LEXICON_FILE = 'lexicon.tags';

let loaded: Lexicon | undefined;

/** The lexicon, from the host's language data (LEXICON_FILE), read on first use. */
export function lexicon(): Lexicon {
  if (loaded) return loaded;
  const compiled = readLanguageData(LEXICON_FILE);
  if (compiled) return (loaded = new Lexicon(compiled));
  throw new Error(`The part-of-speech lexicon (${LEXICON_FILE}) was not found; rebuild with "npm run build".`);
}
