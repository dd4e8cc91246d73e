/**
 * The English sentence tree (NLCST, retext-english) of a prose text: the words that spelling checks and
 * grammar reads. Both ask for the same changed paragraph one after the other, so the last tree is kept and
 * the paragraph is parsed once.
 */
import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';

const parser = unified().use(retextEnglish).freeze();

let last: { text: string; tree: Root } | undefined;

/** The tree of `text`; callers only read it. */
export function englishTree(text: string): Root {
  if (last?.text !== text) last = { text, tree: parser.parse(text) as Root };
  return last.tree;
}
