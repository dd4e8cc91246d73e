/**
 * Titles that go before a name ("Ms Hale", "Dr. Okafor", "Chef Ramsay", "Captain Reyes"): one list,
 * for every place that tells a title from a name (greetings, the interviewer field, spelling). Written
 * lower case, without a full stop; "Mr." and "Mr" are the same title (British and American usage).
 */
export interface Title {
  word: string;
  /** Says whether the person is a man or a woman, so it fits another person only if known to. */
  gendered?: boolean;
  /** Also a given name ("Dean"): a title only when a name follows it. */
  alsoName?: boolean;
}

const GENDERED = 'mr mrs ms miss sir dame lord lady madam madame monsieur herr frau señor señora senhor senhora signor signora';
const NEUTRAL =
  'mx dr doctor prof professor chef rev reverend father mother sister brother nurse matron rabbi imam pastor bishop judge ' +
  'captain capt major maj colonel col lieutenant lt sergeant sgt general admiral commander cdr officer coach president director sensei';
const ALSO_NAMES = 'dean justice';

export const TITLE_LIST: readonly Title[] = [
  ...GENDERED.split(' ').map((word) => ({ word, gendered: true })),
  ...NEUTRAL.split(' ').map((word) => ({ word })),
  ...ALSO_NAMES.split(' ').map((word) => ({ word, alsoName: true })),
];

const BY_WORD = new Map(TITLE_LIST.map((t) => [t.word, t]));

/** The title a word is ("Ms.", "DR", "Chef"), or undefined. */
export function titleOf(word: string): Title | undefined {
  return BY_WORD.get(word.replace(/\.$/, '').toLowerCase());
}

export function isTitle(word: string): boolean {
  return titleOf(word) !== undefined;
}
