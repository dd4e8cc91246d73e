/**
 * The bundled templates: each, filled with sample values, is a draft the checker finds nothing wrong
 * with; each asks only for what it uses; the dates they get are the right ones; the snippets are theirs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { parseDateValue, type DateValue } from '../packages/engine/dates';
import { KINDS, type Kind } from '../packages/engine/kinds';
import { defaultSettings } from '../packages/engine/settings';
import { BUNDLED_TEMPLATES, inputsFor, renderDraft, sendDate, splitFrontMatter, whenFrom, type Answers } from '../hosts/shared/templates';
import { buildSnippets, snippetsFileText } from '../hosts/shared/templates/snippets';

const day = (s: string): DateValue => {
  const parsed = parseDateValue(s);
  if (!parsed.ok) throw new Error(s);
  return parsed.value;
};

const ANSWERS: Answers = {
  company: 'Hartley & Finch LLP',
  interviewer: 'Margaret Hale',
  position: 'Legal Secretary',
  interview_date: '2026-11-20',
  reply_deadline: '2026-11-27',
  offer_deadline: '2026-12-04',
  topic: 'the move to electronic court bundles',
  link: 'https://www.example.org/electronic-bundles',
  sender: 'Anna Lewis',
};

/** A day on which each kind is on time: the thank-you on the day, the check-in after the wait. */
const TODAY: Record<Kind, string> = {
  'thank-you': '2026-11-20',
  'linkedin-request': '2026-11-20',
  'linkedin-heads-up': '2026-11-20',
  'point-of-interest': '2026-11-24',
  'check-in': '2026-11-30',
  'other-offer': '2026-11-30',
};

const context = (kind: Kind) => ({ today: day(TODAY[kind]), checkInWaitDays: 4 });

describe('bundled templates', () => {
  it.each(KINDS)('%s, filled in, checks clean', (kind) => {
    const { text } = renderDraft(kind, ANSWERS, context(kind));
    const result = check(text, { settings: defaultSettings(), today: context(kind).today, suggest: true });
    expect(result.isDraft).toBe(true);
    expect(result.facts.kind).toBe(kind);
    expect(result.findings.map((f) => `${f.rule} "${f.actual}": ${f.message}`)).toEqual([]);
  });

  it('the same check does find what is wrong with a template left half filled (so the test above can fail)', () => {
    const { text } = renderDraft('thank-you', { ...ANSWERS, sender: undefined }, context('thank-you'));
    const rules = check(text, { settings: defaultSettings(), today: context('thank-you').today }).findings.map((f) => f.rule);
    expect(rules).toContain('structure/placeholder');
  });

  it.each(KINDS)('%s has valid front matter with every field its kind requires', (kind) => {
    const { text } = renderDraft(kind, ANSWERS, context(kind));
    const fm = parse(splitFrontMatter(text).frontMatter!.replace(/^---\n/, '').replace(/---\s*$/, '')) as Record<string, string>;
    expect(fm.kind).toBe(kind);
    expect(fm.company).toBe('Hartley & Finch LLP');
    expect(fm.interview_date).toBe('2026-11-20');
    if (kind === 'check-in') expect(fm.reply_deadline).toBe('2026-11-27');
    if (kind === 'other-offer') expect(fm.offer_deadline).toBe('2026-12-04');
    if (kind !== 'linkedin-request') expect(fm.subject).toBeTruthy();
  });

  it.each(KINDS)('%s puts the cursor at the start of a sentence in the body', (kind) => {
    const { text, cursor } = renderDraft(kind, ANSWERS, context(kind));
    expect(cursor).toBeGreaterThan(splitFrontMatter(text).frontMatter!.length);
    expect(text.slice(cursor)).toMatch(/^[A-Z]/);
    expect(text).not.toContain('{{');
  });

  it('a LinkedIn note fits in the 300 characters LinkedIn allows, with room for longer names', () => {
    const { text } = renderDraft('linkedin-request', ANSWERS, context('linkedin-request'));
    const body = splitFrontMatter(text).body.replace(/\s+/g, ' ').trim();
    expect(body.length).toBeLessThan(230);
  });

  it('asks each kind only for what its template uses', () => {
    const names = (kind: Kind) => inputsFor(kind).map((i) => i.name);
    expect(names('thank-you')).toEqual(['company', 'interviewer', 'position', 'interview_date', 'sender']);
    expect(names('check-in')).toEqual(['company', 'interviewer', 'position', 'interview_date', 'reply_deadline', 'sender']);
    expect(names('other-offer')).toContain('offer_deadline');
    expect(names('point-of-interest')).toEqual(expect.arrayContaining(['topic', 'link']));
    expect(names('thank-you')).not.toContain('reply_deadline');
    // A user's template that uses fewer placeholders asks fewer questions.
    expect(inputsFor('thank-you', '---\nkind: thank-you\ncompany: {{company}}\n---\nDear team,\n').map((i) => i.name)).toEqual(['company']);
  });

  it('a missing answer stays a visible placeholder in the body and an optional field is left out', () => {
    const { text } = renderDraft('thank-you', { company: 'Acme', interviewer: 'Jo Bloggs', interview_date: '2026-11-20' }, context('thank-you'));
    expect(text).toContain('the {{position}} role');
    expect(text).not.toMatch(/^position:/m);
    expect(text).toMatch(/^\{\{sender\}\}$/m);
  });
});

describe('dates the templates get', () => {
  const wait = { checkInWaitDays: 4 };
  it('a thank-you is sent on the day of the interview, or today once that has passed', () => {
    expect(sendDate('thank-you', { interview_date: '2026-11-20' }, { ...wait, today: day('2026-11-20') })).toEqual(day('2026-11-20'));
    expect(sendDate('thank-you', { interview_date: '2026-11-20T10:30' }, { ...wait, today: day('2026-11-19') })).toEqual(day('2026-11-20'));
    expect(sendDate('thank-you', { interview_date: '2026-11-20' }, { ...wait, today: day('2026-11-22') })).toEqual(day('2026-11-22'));
  });

  it('a check-in waits checkInWaitDays after the reply deadline, and moves off a weekend', () => {
    // 2026-06-10 + 4 = Sunday 14 June: moved to Monday 15 June.
    expect(sendDate('check-in', { interview_date: '2026-06-03', reply_deadline: '2026-06-10' }, { ...wait, today: day('2026-06-03') })).toEqual(day('2026-06-15'));
    // 2026-11-27 + 4 = Tuesday 1 December.
    expect(sendDate('check-in', { interview_date: '2026-11-20', reply_deadline: '2026-11-27' }, { ...wait, today: day('2026-11-20') })).toEqual(day('2026-12-01'));
    expect(sendDate('check-in', { reply_deadline: '2026-11-27' }, { checkInWaitDays: 7, today: day('2026-11-20') })).toEqual(day('2026-12-04'));
  });

  it('says when the interview was as the email reads on its send date', () => {
    expect(whenFrom(day('2026-11-20'), day('2026-11-20'))).toBe('today');
    expect(whenFrom(day('2026-11-20'), day('2026-11-21'))).toBe('yesterday');
    expect(whenFrom(day('2026-11-20'), day('2026-11-24'))).toBe('on Friday');
    expect(whenFrom(day('2026-11-20'), day('2026-12-01'))).toBe('on Friday 20 November');
  });
});

describe('snippets', () => {
  it('snippets/markdown.json is exactly what the templates generate (run "npm run snippets" after editing templates)', () => {
    expect(readFileSync(join(__dirname, '..', 'snippets', 'markdown.json'), 'utf8')).toBe(snippetsFileText());
  });

  it('has one snippet per kind, the front matter and a sign-off, with the templates as tab stops', () => {
    const snippets = Object.values(buildSnippets());
    const prefixes = snippets.map((s) => s.prefix);
    for (const kind of KINDS) expect(prefixes).toContain(`followup-${kind}`);
    expect(prefixes).toEqual(expect.arrayContaining(['followup-front-matter', 'followup-sign-off']));
    const thankYou = snippets.find((s) => s.prefix === 'followup-thank-you')!.body.join('\n');
    expect(thankYou).toContain('company: ${1:Company}');
    expect(thankYou).toContain('Dear $3,');
    expect(thankYou).toContain('$0');
    expect(thankYou).not.toContain('{{');
    expect(snippets.find((s) => s.prefix === 'followup-sign-off')!.body[0]).toContain('Kind regards');
  });

  it('escapes snippet syntax in template text', () => {
    for (const kind of KINDS) expect(BUNDLED_TEMPLATES[kind]).not.toContain('$');
    // toSnippetBody is exercised through a template with a dollar sign and a brace.
    return import('../hosts/shared/templates/snippets').then(({ toSnippetBody }) => {
      expect(toSnippetBody('Pay $5 {x} for {{company}}')).toEqual(['Pay \\$5 {x\\} for ${1:Company}']);
    });
  });
});
