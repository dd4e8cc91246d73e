/** Spelling: dictionaries, word checks and suggestions. */
export { suggestSpelling } from './suggest';
export { unknownWords, dictionaryKnows, isDictionaryWord, type UnknownWord } from './spellcheck';
export { KnownWords, JOB_SEARCH, isBuiltInWord, isAcronym, withoutPossessive, wordsOf } from './knownWords';
export { proseBlocks } from './prose';
