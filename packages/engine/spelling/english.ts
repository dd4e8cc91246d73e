/**
 * The English sentence tree (NLCST, retext-english) of a prose text: the words that spelling checks and
 * grammar reads. Both ask for the same changed sentences, one family after the other, so the last few
 * trees are kept and each sentence is parsed once.
 */
import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { LruCache } from './lru';

const parser = unified().use(retextEnglish).freeze();

/** Enough for the sentences of a first check of a long paragraph; trees are large, so no more. */
const recent = new LruCache<string, Root>(32);

/** The tree of `text`; callers only read it. */
export function englishTree(text: string): Root {
  let tree = recent.get(text);
  if (!tree) recent.set(text, (tree = parser.parse(text) as Root));
  return tree;
}
