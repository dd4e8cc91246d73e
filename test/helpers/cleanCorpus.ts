/**
 * Every clean draft the name checks are measured on: the proofreading corpus's dev, dev2 and dev3 drafts with
 * each labelled mistake put right, the GOOD lines of the labelled sentences (in the small draft their
 * harness uses), the tone corpus's dev lines (each in its harness's check-in), the corpus drafts, the two sample articles (as the body of a thank-you) and the examples.
 * Held-out files are never read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './proofreadingCorpus';
import { corpusDraft, readToneCorpus } from './toneCorpus';

export interface CleanText {
  name: string;
  text: string;
}

const MARKER = /\{\{([^|{}]*)\|([^|{}]*)(?:\|[a-z-]+)?\}\}/g;
const intended = (source: string) => source.replace(MARKER, (_m, _actual: string, right: string) => right);
const corpusRoot = join(__dirname, '..', 'corpus');

export function cleanCorpusTexts(): CleanText[] {
  const out: CleanText[] = [];
  for (const split of ['dev', 'dev2', 'dev3']) {
    const dir = join(CORPUS, split);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) out.push({ name: `${split}/${f}`, text: intended(readFileSync(join(dir, f), 'utf8')) });
  }
  const sentences = join(CORPUS, 'sentences');
  for (const file of readdirSync(sentences).filter((f) => f.endsWith('.txt') && !f.startsWith('held-out')).sort()) {
    readFileSync(join(sentences, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const [, label, sentence] = line.split('\t');
        if (line.startsWith('#') || label !== 'GOOD' || !sentence) return;
        out.push({ name: `${file}:${i + 1}`, text: `---\nkind: thank-you\ncompany: Example Ltd\n---\n\nDear Sam,\n\n${intended(sentence)}\n\nBest wishes,\nAlex\n` });
      });
  }
  for (const split of ['dev', 'dev-2'] as const) for (const line of readToneCorpus(split)) out.push({ name: `tone ${split}:${line.line}`, text: corpusDraft(line).text });
  const drafts = join(corpusRoot, 'drafts');
  for (const f of readdirSync(drafts).sort()) out.push({ name: `drafts/${f}`, text: readFileSync(join(drafts, f), 'utf8') });
  for (const f of ['british-sample.md', 'us-sample.md']) {
    const article = readFileSync(join(corpusRoot, f), 'utf8');
    out.push({ name: f, text: `---\nkind: thank-you\ncompany: Hillcrest School\ninterviewer: Margaret Hale\ninterview_date: 2026-11-20\n---\n\nDear Ms Hale,\n\n${article}\n\nKind regards,\nAnna Lewis\n` });
  }
  const examples = join(__dirname, '..', '..', 'examples');
  for (const f of readdirSync(examples).sort()) out.push({ name: `examples/${f}`, text: readFileSync(join(examples, f), 'utf8') });
  return out;
}
