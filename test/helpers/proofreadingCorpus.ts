/**
 * The labelled proofreading corpus (test/corpus/proofreading/): drafts written by other people, with each
 * mistake marked inline as {{ACTUAL|INTENDED|CLASS}}. Reading a draft gives the text as its writer typed
 * it (every marker replaced by ACTUAL) and where each labelled mistake is; scoring runs the real engine
 * and counts a mistake as found when a spelling or grammar finding overlaps it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, defaultSettings, parseDateValue, type Finding } from '../../packages/engine';

export const CORPUS = join(__dirname, '..', 'corpus', 'proofreading');

export interface Mistake {
  start: number;
  end: number;
  actual: string;
  intended: string;
  cls: string;
}

export interface CorpusDraft {
  file: string;
  text: string;
  mistakes: Mistake[];
  /** Words of the body, for rates per 1,000 words. */
  words: number;
}

const MARKER = /\{\{([^|{}]*)\|([^|{}]*)\|([a-z-]+)\}\}/g;

export function readCorpusDraft(file: string, source: string): CorpusDraft {
  const mistakes: Mistake[] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(MARKER)) {
    text += source.slice(last, m.index);
    const start = text.length;
    text += m[1];
    mistakes.push({ start, end: text.length, actual: m[1], intended: m[2], cls: m[3] });
    last = (m.index ?? 0) + m[0].length;
  }
  text += source.slice(last);
  if (text.includes('{{')) throw new Error(`${file}: a marker is not of the form {{ACTUAL|INTENDED|CLASS}}`);
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return { file, text, mistakes, words: body.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length };
}

export function readCorpus(split: string): CorpusDraft[] {
  const dir = join(CORPUS, split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readCorpusDraft(`${split}/${f}`, readFileSync(join(dir, f), 'utf8')));
}

/** Language findings: what the proofreading measures (spelling and grammar, at any severity). */
export function isLanguageFinding(f: Finding): boolean {
  return f.rule.startsWith('spelling/') || f.rule.startsWith('grammar/');
}

export function languageFindings(draft: CorpusDraft): Finding[] {
  const today = parseDateValue('2026-12-04', false);
  if (!today.ok) throw new Error('bad date');
  return check(draft.text, { settings: defaultSettings(), today: today.value, suggest: true }).findings.filter(isLanguageFinding);
}

export interface ClassScore {
  found: number;
  total: number;
  /** Spelling only: the intended word is the first suggestion. */
  intendedFirst: number;
}

export interface CorpusScore {
  byClass: Map<string, ClassScore>;
  /** Warnings and errors on clean drafts (no marker), and the words of those drafts. */
  falseAlarms: Array<{ file: string; finding: Finding }>;
  cleanWords: number;
  missed: Array<{ file: string; mistake: Mistake }>;
}

export function scoreCorpus(drafts: CorpusDraft[]): CorpusScore {
  const byClass = new Map<string, ClassScore>();
  const falseAlarms: CorpusScore['falseAlarms'] = [];
  const missed: CorpusScore['missed'] = [];
  let cleanWords = 0;
  for (const draft of drafts) {
    const findings = languageFindings(draft);
    if (draft.mistakes.length === 0) {
      cleanWords += draft.words;
      for (const f of findings) if (f.severity === 'warning' || f.severity === 'error') falseAlarms.push({ file: draft.file, finding: f });
      continue;
    }
    for (const mistake of draft.mistakes) {
      const score = byClass.get(mistake.cls) ?? { found: 0, total: 0, intendedFirst: 0 };
      byClass.set(mistake.cls, score);
      score.total++;
      const hit = findings.find((f) => f.start < mistake.end && mistake.start < f.end && (f.severity === 'warning' || f.severity === 'error'));
      if (hit) {
        score.found++;
        if (mistake.cls === 'spelling' && hit.suggestions[0]?.toLowerCase() === mistake.intended.toLowerCase()) score.intendedFirst++;
      } else missed.push({ file: draft.file, mistake });
    }
  }
  return { byClass, falseAlarms, cleanWords, missed };
}

/** The score as a table: recall per class, overall grammar recall, spelling, false alarms per 1,000 words. */
export function formatScore(name: string, score: CorpusScore): string {
  const lines = [`${name}:`];
  let found = 0;
  let total = 0;
  for (const [cls, s] of [...score.byClass].sort()) {
    lines.push(`  ${cls.padEnd(20)} ${String(s.found).padStart(3)}/${String(s.total).padEnd(3)} ${pct(s.found, s.total)}${cls === 'spelling' ? `  intended first ${pct(s.intendedFirst, s.total)}` : ''}`);
    if (cls !== 'spelling') {
      found += s.found;
      total += s.total;
    }
  }
  lines.push(`  grammar recall ${found}/${total} = ${pct(found, total)}`);
  const byRule = new Map<string, number>();
  for (const { finding } of score.falseAlarms) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
  const rules = [...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ');
  lines.push(`  false alarms on clean drafts: ${score.falseAlarms.length} in ${score.cleanWords} words = ${perThousand(score)} per 1,000 words${rules ? ` (${rules})` : ''}`);
  return lines.join('\n');
}

export function grammarRecall(score: CorpusScore): number {
  let found = 0;
  let total = 0;
  for (const [cls, s] of score.byClass) {
    if (cls === 'spelling') continue;
    found += s.found;
    total += s.total;
  }
  return total ? found / total : 1;
}

export function perThousand(score: CorpusScore): string {
  return ((score.falseAlarms.length * 1000) / Math.max(1, score.cleanWords)).toFixed(2);
}

function pct(a: number, b: number): string {
  return `${b ? ((100 * a) / b).toFixed(1) : '100.0'} %`;
}

export interface CorpusSentence {
  cls: string;
  bad: boolean;
  /** The draft the sentence is checked in, and the labelled mistake's range in it (bad sentences). */
  draft: CorpusDraft;
}

const SENTENCE_MARKER = /\{\{([^|{}]*)\|([^|{}]*)\}\}/;

/**
 * The sentence corpus (sentences/sentences.txt): one labelled sentence a line, each checked alone as
 * the paragraph of a short draft, so the sentence scores like a draft of the same class.
 */
export function readSentences(file = 'sentences.txt'): CorpusSentence[] {
  const lines = readFileSync(join(CORPUS, 'sentences', file), 'utf8').split('\n');
  return lines
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((line, i) => {
      const [cls, label, sentence] = line.split('\t');
      const marked = sentence.replace(SENTENCE_MARKER, (_m, actual: string, intended: string) => `{{${actual}|${intended}|${cls}}}`);
      const source = `---\nkind: thank-you\ncompany: Example Ltd\n---\n\nDear Sam,\n\n${marked}\n\nBest wishes,\nAlex\n`;
      return { cls, bad: label === 'BAD', draft: readCorpusDraft(`${file}:${i + 1}`, source) };
    });
}

/** Grammar findings only: the sentences mix dialects, so spelling is measured on the drafts instead. */
export function scoreSentences(sentences: CorpusSentence[]): CorpusScore {
  const score = scoreCorpus(sentences.map((s) => s.draft));
  score.falseAlarms = score.falseAlarms.filter((f) => f.finding.rule.startsWith('grammar/'));
  return score;
}
