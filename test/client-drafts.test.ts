/** The editor commands' logic without the editor: names, places, questions, defaults, checks, drafts. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answersFromArgument, checkAnswer, defaultAnswer, questionsFor } from '../hosts/vscode/answers';
import { PLANNED_KINDS } from '../hosts/vscode/commandTable';
import { companySlug, draftFileName, uniqueFileName } from '../hosts/vscode/draftFiles';
import { newDraft, newDrafts } from '../hosts/vscode/newDrafts';
import { statusBarContent } from '../hosts/vscode/statusText';
import { withWord } from '../hosts/vscode/userWords';
import { folderInside } from '../hosts/vscode/workspacePaths';
import { parseDateValue, type DateValue } from '../packages/engine/dates';
import { inputSpec, type InputSpec } from '../hosts/shared/templates';

const day = (s: string): DateValue => (parseDateValue(s) as { ok: true; value: DateValue }).value;
const input = (name: string): InputSpec => inputSpec(name)!;
const TODAY = day('2026-11-20');

describe('draft file names', () => {
  it('are date, company and kind', () => {
    expect(draftFileName('2026-11-20', 'Hartley & Finch LLP', 'thank-you')).toBe('2026-11-20-hartley-finch-llp-thank-you.md');
  });

  it('never carry a path or odd characters from the company name', () => {
    expect(companySlug('../../etc/passwd')).toBe('etc-passwd');
    expect(companySlug('Société Générale')).toBe('societe-generale');
    expect(companySlug('..')).toBe('company');
    expect(draftFileName('2026-11-20', '..\\..\\x', 'check-in')).toBe('2026-11-20-x-check-in.md');
  });

  it('never reuse a name: -2, -3 are added, ignoring case', () => {
    const name = '2026-11-20-acme-thank-you.md';
    expect(uniqueFileName(name, ['other.md'])).toBe(name);
    expect(uniqueFileName(name, [name])).toBe('2026-11-20-acme-thank-you-2.md');
    expect(uniqueFileName(name, [name.toUpperCase(), '2026-11-20-acme-thank-you-2.md'])).toBe('2026-11-20-acme-thank-you-3.md');
  });
});

describe('folders from settings', () => {
  it('resolve inside the workspace', () => {
    expect(folderInside('/home/anna/jobs', 'followups', 'followup.draftsFolder')).toEqual({ ok: true, path: '/home/anna/jobs/followups' });
    expect(folderInside('/home/anna/jobs', 'a/../drafts/', 'followup.draftsFolder')).toEqual({ ok: true, path: '/home/anna/jobs/drafts' });
    expect(folderInside('/home/anna/jobs', '/home/anna/jobs/x', 'followup.draftsFolder')).toEqual({ ok: true, path: '/home/anna/jobs/x' });
    expect(folderInside('/c:/Users/anna', 'C:\\Users\\anna\\drafts', 'followup.draftsFolder')).toEqual({ ok: true, path: '/C:/Users/anna/drafts' });
  });

  it.each(['../elsewhere', '/etc', 'a/../../x', '/home/anna/jobs-other'])('refuse %s, saying what to set instead', (value) => {
    const result = folderInside('/home/anna/jobs', value, 'followup.templatesFolder');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/followup\.templatesFolder .* points outside the workspace folder; set it to a folder inside/);
  });
});

describe('questions', () => {
  const names = (list: InputSpec[]) => list.map((i) => i.name);

  it('ask each kind only what its template needs, and the sender only when unknown', () => {
    expect(names(questionsFor([{ kind: 'thank-you' }], true))).toEqual(['company', 'interviewer', 'position', 'interview_date']);
    expect(names(questionsFor([{ kind: 'thank-you' }], false))).toContain('sender');
    expect(names(questionsFor([{ kind: 'check-in' }], true))).toContain('reply_deadline');
    expect(names(questionsFor([{ kind: 'other-offer' }], true))).toContain('offer_deadline');
    expect(names(questionsFor([{ kind: 'other-offer' }], true))).not.toContain('reply_deadline');
  });

  it('for a plan ask the union once', () => {
    expect(names(questionsFor(PLANNED_KINDS.map((kind) => ({ kind })), true))).toEqual(['company', 'interviewer', 'position', 'interview_date', 'reply_deadline']);
  });

  it('follow a user template: only its placeholders', () => {
    expect(names(questionsFor([{ kind: 'thank-you', template: 'Dear {{interviewer}}, {{cursor}}' }], true))).toEqual(['interviewer']);
  });

  it('default the interview to today and the reply deadline to a week after it', () => {
    expect(defaultAnswer(input('interview_date'), {}, TODAY)).toBe('2026-11-20');
    expect(defaultAnswer(input('reply_deadline'), { interview_date: '2026-11-18' }, TODAY)).toBe('2026-11-25');
    expect(defaultAnswer(input('company'), {}, TODAY)).toBeUndefined();
  });

  it('check each answer with a message that says what to enter', () => {
    expect(checkAnswer(input('company'), '  ', {})).toMatch(/^Enter the company, e\.g\. /);
    expect(checkAnswer(input('company'), 'Acme', {})).toBeUndefined();
    expect(checkAnswer(input('interview_date'), '2026-02-30', {})).toMatch(/not a real day.*Enter the interview date as YYYY-MM-DD/);
    expect(checkAnswer(input('interview_date'), '2026-11-20T14:30', {})).toBeUndefined();
    expect(checkAnswer(input('reply_deadline'), '2026-11-20T14:30', {})).toMatch(/YYYY-MM-DD/);
    expect(checkAnswer(input('reply_deadline'), '2026-11-19', { interview_date: '2026-11-20' })).toMatch(/before the interview/);
    expect(checkAnswer(input('link'), 'example', {})).toMatch(/starting with https:\/\//);
  });
});

describe('answers given as a command argument', () => {
  const questions = questionsFor([{ kind: 'check-in' }], true);

  it('are checked like typed answers, with defaults for what is left out', () => {
    const result = answersFromArgument({ company: 'X', interviewer: 'Y', position: 'P', interviewDate: '2026-11-20' }, questions, TODAY);
    expect(result).toEqual({ ok: true, answers: { company: 'X', interviewer: 'Y', position: 'P', interview_date: '2026-11-20', reply_deadline: '2026-11-27' } });
  });

  it('take snake_case keys and a sender the questions did not ask for', () => {
    const result = answersFromArgument({ company: 'X', interviewer: 'Y', position: 'P', reply_deadline: '2026-11-30', sender: 'Anna Lewis' }, questions, TODAY);
    expect(result.ok && result.answers).toMatchObject({ reply_deadline: '2026-11-30', sender: 'Anna Lewis' });
  });

  it.each([
    [{ company: 'X' }, /Missing answer "interviewer"/],
    [{ company: 'X', interviewer: 'Y', position: 'P', interviewDate: '2026-13-01' }, /Interview date: .*has no month 13/],
    [{ company: 'X', interviewer: 'Y', position: 'P', compnay: 'Z' }, /Unknown answer "compnay"/],
    [{ company: 1 }, /must be text/],
    ['X', /must be an object/],
  ])('%j is refused with a message', (arg, message) => {
    const result = answersFromArgument(arg, questions, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('new drafts', () => {
  const answers = { company: 'Hartley & Finch LLP', interviewer: 'Margaret Hale', position: 'Legal Secretary', interview_date: '2026-11-20', reply_deadline: '2026-11-27', sender: 'Anna Lewis' };
  const context = { today: TODAY, checkInWaitDays: 4, taken: [] as string[] };

  it('one draft: rendered text, cursor and file name', () => {
    const draft = newDraft('thank-you', answers, context);
    expect(draft.fileName).toBe('2026-11-20-hartley-finch-llp-thank-you.md');
    expect(draft.text.slice(draft.cursor)).toMatch(/^Everything I heard/);
  });

  it('a plan: the thank-you today, the LinkedIn request, and the check-in dated after the wait', () => {
    const drafts = newDrafts(PLANNED_KINDS, answers, context);
    expect(drafts.map((d) => d.fileName)).toEqual([
      '2026-11-20-hartley-finch-llp-thank-you.md',
      '2026-11-23-hartley-finch-llp-linkedin-request.md',
      '2026-12-01-hartley-finch-llp-check-in.md',
    ]);
    const checkIn = parse(/^---\n([\s\S]*?)\n---/.exec(drafts[2].text)![1]) as Record<string, string>;
    expect(checkIn).toMatchObject({ kind: 'check-in', reply_deadline: '2026-11-27', send_date: '2026-12-01' });
  });

  it('never overwrite an existing draft, nor each other', () => {
    const drafts = newDrafts(['thank-you', 'thank-you'], answers, { ...context, taken: ['2026-11-20-hartley-finch-llp-thank-you.md'] });
    expect(drafts.map((d) => d.fileName)).toEqual(['2026-11-20-hartley-finch-llp-thank-you-2.md', '2026-11-20-hartley-finch-llp-thank-you-3.md']);
  });

  it('use the user template for its kind', () => {
    const draft = newDraft('thank-you', answers, { ...context, templates: { 'thank-you': '---\nkind: thank-you\ncompany: {{company}}\n---\n\nDear {{interviewer}},\n\n{{cursor}}\n' } });
    expect(draft.text).toBe('---\nkind: thank-you\ncompany: Hartley & Finch LLP\n---\n\nDear Margaret Hale,\n\n\n');
    expect(draft.cursor).toBe(draft.text.length - 1);
  });
});

describe('status bar and user words', () => {
  it('shows kind and next step for a draft, nothing for other files', () => {
    expect(statusBarContent({ isDraft: true, kind: 'thank-you', label: 'Thank-you: Send today', detail: 'Interview Fri 20 Nov' })).toEqual({
      visible: true,
      text: '$(mail) Thank-you: Send today',
      tooltip: 'Interview Fri 20 Nov',
    });
    expect(statusBarContent({ isDraft: false, label: '', detail: '' }).visible).toBe(false);
    expect(statusBarContent(undefined).visible).toBe(false);
  });

  it('adds a word to the user list once', () => {
    expect(withWord(['Hartley'], 'Finch')).toEqual(['Hartley', 'Finch']);
    expect(withWord(['Hartley'], 'Hartley')).toBeUndefined();
    expect(withWord(undefined, ' Okafor ')).toEqual(['Okafor']);
    expect(withWord('junk', 'Okafor')).toEqual(['Okafor']);
  });
});
