/**
 * Text to compare two ways of matching over: every development and training file of the corpora, the
 * examples and the fixtures, cut into paragraphs. Held-out splits are left out: a difference found there
 * would have to be read to be understood.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The .md and .txt files under each of `dirs` (relative to `root`), held-out files and splits left out. */
export function corpusFiles(root: string, dirs: string[]): string[] {
  const under = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (name.startsWith('held-out')) return [];
      if (statSync(path).isDirectory()) return under(path);
      return /\.(md|txt)$/.test(name) ? [path] : [];
    });
  return dirs.flatMap((dir) => under(join(root, dir)));
}

/** Paragraphs of a file, with the proofreading corpus's markers replaced by what the writer typed. */
export function paragraphs(path: string): string[] {
  const text = readFileSync(path, 'utf8').replace(/\{\{([^|{}]*)\|[^|{}]*\|[a-z-]+\}\}/g, '$1');
  // Sentence sets and the tone corpus hold one example per line (after its label): each is a paragraph.
  const parts = path.endsWith('.txt') ? text.split('\n').map((line) => line.replace(/^[a-z-]+\t/, '')) : text.split(/\n\s*\n/);
  return parts.filter((p) => /\p{L}/u.test(p) && !p.startsWith('#'));
}
