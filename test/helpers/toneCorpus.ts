/**
 * The labelled tone corpus (test/corpus/tone/*.txt, `RULE<TAB>sentence`, "SUBJECT: ..." for subject lines),
 * checked the way a user would meet each line: in a small, realistic check-in draft, the sentence as a body
 * paragraph or the subject as the front matter's `subject`, through the real engine `check()`.
 *
 * A labelled line is found when its rule reports a finding inside the sentence; an "ok" line is a false
 * alarm when any tone rule reports one there. Only counts leave this module: the held-out split is measured,
 * never printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../packages/engine/check';
import { parseDateValue, type DateValue } from '../../packages/engine/dates';
import { defaultSettings } from '../../packages/engine/settings';
import { CLASSIFIER_NOTE } from '../../packages/engine/rules/tone/classifier';

export const TONE_CORPUS_RULES = [
  'pushy',
  'passive-aggressive',
  'over-apologetic',
  'desperate',
  'informal',
  'phone',
  'hedging',
  'shouting',
  'exclamation',
] as const;

export interface CorpusLine {
  /** A tone rule name (without "tone/") or "ok". */
  label: string;
  text: string;
  subject: boolean;
  /** 1-based line in the file. */
  line: number;
}

export function readToneCorpus(split: 'train' | 'train-2' | 'dev' | 'dev-2' | 'held-out' | 'held-out-2' | 'held-out-3' | 'train-3' | 'held-out-4' | 'train-4' | 'held-out-5' | 'train-5' | 'held-out-6' | 'train-6' | 'held-out-7' | 'train-7' | 'held-out-8' | 'train-8' | 'held-out-9' | 'train-9' | 'held-out-10'): CorpusLine[] {
  const file = join(__dirname, '..', 'corpus', 'tone', `${split}.txt`);
  const lines: CorpusLine[] = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (!raw.trim() || raw.startsWith('#')) return;
      const tab = raw.indexOf('\t');
      if (tab < 0) throw new Error(`${split}.txt:${i + 1}: no tab between the label and the sentence`);
      const label = raw.slice(0, tab).trim();
      const rest = raw.slice(tab + 1).trim();
      const subject = rest.startsWith('SUBJECT:');
      lines.push({ label, text: subject ? rest.slice('SUBJECT:'.length).trim() : rest, subject, line: i + 1 });
    });
  return lines;
}

const today = (parseDateValue('2026-11-20', false) as { ok: true; value: DateValue }).value;
const NEUTRAL_SUBJECT = 'Following up on my interview';
const NEUTRAL_BODY = 'I am writing to follow up on my interview for the role last week.';

/** A YAML scalar for the subject: plain where YAML allows it, else double-quoted (JSON is valid YAML). */
function yamlScalar(text: string): string {
  const plainOk = !/: |\s#|^[\s"'&*!|>%@`{[\]}#,?:-]|[\s:]$/.test(text);
  return plainOk ? text : JSON.stringify(text);
}

/** The draft a corpus line is checked in, and the range (offsets) of the line's text in it. */
export function corpusDraft(entry: CorpusLine): { text: string; start: number; end: number } {
  const subject = entry.subject ? yamlScalar(entry.text) : NEUTRAL_SUBJECT;
  const head = [
    '---',
    'kind: check-in',
    'company: Hartley & Finch LLP',
    'interviewer: Margaret Hale',
    'interview_date: 2026-11-10',
    'reply_deadline: 2026-11-14',
    `subject: ${subject}`,
    '---',
    '',
    'Dear Ms Hale,',
    '',
    '',
  ].join('\n');
  const body = entry.subject ? NEUTRAL_BODY : entry.text;
  const text = `${head}${body}\n\nKind regards,\nAnna Lewis\n`;
  if (entry.subject) {
    const at = text.indexOf(subject);
    return { text, start: at, end: at + subject.length };
  }
  return { text, start: head.length, end: head.length + body.length };
}

/** The tone rules (without "tone/") that report a finding inside the line's text. */
export function toneRulesOn(entry: CorpusLine): string[] {
  return toneFindingsOn(entry).rules;
}

/** The tone rules reporting inside the line's text, and those of them whose only findings there are the trained classifier's. */
export function toneFindingsOn(entry: CorpusLine): { rules: string[]; classifierOnly: string[] } {
  const { text, start, end } = corpusDraft(entry);
  const findings = check(text, { settings: defaultSettings(), today }).findings.filter((f) => f.rule.startsWith('tone/') && f.start < end && f.end > start);
  const rules = [...new Set(findings.map((f) => f.rule.slice(5)))];
  const classifierOnly = rules.filter((rule) => findings.every((f) => f.rule.slice(5) !== rule || f.message.includes(CLASSIFIER_NOTE)));
  return { rules, classifierOnly };
}

export interface RuleScore {
  found: number;
  total: number;
}

export interface CorpusScore {
  byRule: Record<string, RuleScore>;
  overall: RuleScore;
  /** "ok" lines on which some tone rule reported a finding. */
  falseAlarms: RuleScore;
  /** How many ok lines each tone rule flagged (a line flagged by two rules counts for both). */
  alarmsByRule: Record<string, number>;
  /** Labelled lines found by the trained classifier alone (no phrase, cue or stack of the rule), per rule. */
  byClassifier: Record<string, number>;
  /** Ok lines on which the classifier alone raised a finding. */
  classifierAlarms: number;
  /** Labelled lines their rule missed, and ok lines with a finding (for the dev split only). */
  missed: CorpusLine[];
  alarms: CorpusLine[];
}

export function scoreToneCorpus(lines: CorpusLine[]): CorpusScore {
  const byRule: Record<string, RuleScore> = Object.fromEntries(TONE_CORPUS_RULES.map((r) => [r, { found: 0, total: 0 }]));
  const overall = { found: 0, total: 0 };
  const falseAlarms = { found: 0, total: 0 };
  const missed: CorpusLine[] = [];
  const alarms: CorpusLine[] = [];
  const alarmsByRule: Record<string, number> = {};
  const byClassifier: Record<string, number> = {};
  let classifierAlarms = 0;
  for (const entry of lines) {
    const { rules, classifierOnly } = toneFindingsOn(entry);
    if (entry.label === 'ok') {
      falseAlarms.total++;
      if (classifierOnly.length) classifierAlarms++;
      if (rules.length) {
        falseAlarms.found++;
        alarms.push(entry);
        for (const rule of rules) alarmsByRule[rule] = (alarmsByRule[rule] ?? 0) + 1;
      }
      continue;
    }
    const score = byRule[entry.label];
    if (!score) throw new Error(`line ${entry.line}: unknown label "${entry.label}"`);
    score.total++;
    overall.total++;
    if (rules.includes(entry.label)) {
      score.found++;
      overall.found++;
      if (classifierOnly.includes(entry.label)) byClassifier[entry.label] = (byClassifier[entry.label] ?? 0) + 1;
    } else missed.push(entry);
  }
  return { byRule, overall, falseAlarms, alarmsByRule, byClassifier, classifierAlarms, missed, alarms };
}

const pct = (s: RuleScore) => (s.total ? `${((100 * s.found) / s.total).toFixed(0)} %` : '-');

/** A table of recall per rule and overall, and the false alarms, for the test's output. */
export function formatScore(split: string, score: CorpusScore): string {
  const rows = Object.entries(score.byRule).map(
    ([rule, s]) => `  ${rule.padEnd(20)} ${`${s.found}/${s.total}`.padStart(7)}  ${pct(s).padStart(5)}` + (score.byClassifier[rule] ? `  (classifier alone: ${score.byClassifier[rule]})` : ''),
  );
  return [
    `tone corpus, ${split}: recall per rule`,
    ...rows,
    `  ${'overall'.padEnd(20)} ${`${score.overall.found}/${score.overall.total}`.padStart(7)}  ${pct(score.overall).padStart(5)}`,
    `  false alarms on ok lines: ${score.falseAlarms.found}/${score.falseAlarms.total}` +
      (score.falseAlarms.found ? ` (${Object.entries(score.alarmsByRule).map(([rule, n]) => `${rule} ${n}`).join(', ')})` : ''),
    `  found by the trained classifier alone: ${Object.values(score.byClassifier).reduce((a, b) => a + b, 0)}; its false alarms on ok lines: ${score.classifierAlarms}`,
  ].join('\n');
}
