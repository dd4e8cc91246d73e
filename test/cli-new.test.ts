/** `followup new` from the built bundle: the same templates as the editor, safe output, clear errors. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followup-new-'));
});

const frontMatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]) as Record<string, unknown>;

const FULL = ['--company', 'Hartley & Finch LLP', '--interviewer', 'Margaret Hale', '--position', 'Legal Secretary', '--sender', 'Anna Lewis'];

describe('followup new', () => {
  it('prints a thank-you draft that checks clean', () => {
    const run = runCli(['new', 'thank-you', ...FULL, '--interview-date', '2026-11-20', '--today', '2026-11-20']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(frontMatter(run.stdout)).toMatchObject({ kind: 'thank-you', company: 'Hartley & Finch LLP', interview_date: '2026-11-20', send_date: '2026-11-20' });
    expect(run.stdout).toContain('Dear Margaret Hale,');
    const file = join(dir, 'draft.md');
    writeFileSync(file, run.stdout);
    const checked = runCli(['check', '--format', 'json', '--today', '2026-11-20', file]);
    expect(JSON.parse(checked.stdout)[0].findings).toEqual([]);
    expect(checked.status).toBe(0);
  });

  it('dates a check-in checkInWaitDays after the reply deadline, from .followup.json', () => {
    writeFileSync(join(dir, '.followup.json'), JSON.stringify({ checkInWaitDays: 5 }));
    const out = join(dir, 'check-in.md');
    const run = runCli(['new', 'check-in', ...FULL, '--interview-date', '2026-11-20', '--reply-deadline', '2026-11-27', '--today', '2026-11-20', '--out', out]);
    expect(run.status).toBe(0);
    // Friday 27 November + 5 days = Wednesday 2 December.
    expect(frontMatter(readFileSync(out, 'utf8'))).toMatchObject({ kind: 'check-in', reply_deadline: '2026-11-27', send_date: '2026-12-02' });
  });

  it('defaults the interview date to today', () => {
    const run = runCli(['new', 'linkedin-request', ...FULL, '--today', '2026-11-20']);
    // Fri 20 Nov: the request goes the weekday after the heads-up (Mon 23 Nov), so the heads-up is first.
    expect(frontMatter(run.stdout)).toMatchObject({ interview_date: '2026-11-20', send_date: '2026-11-23' });
  });

  it('writes --out atomically and never replaces an existing file without --force', () => {
    const out = join(dir, 'draft.md');
    expect(runCli(['new', 'thank-you', ...FULL, '--out', out]).status).toBe(0);
    const first = readFileSync(out, 'utf8');
    writeFileSync(out, 'my own edits\n');
    const again = runCli(['new', 'thank-you', ...FULL, '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists; choose another --out, or add --force/);
    expect(readFileSync(out, 'utf8')).toBe('my own edits\n');
    expect(runCli(['new', 'thank-you', ...FULL, '--out', out, '--force']).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
    expect(readdirSync(dir)).toEqual(['draft.md']); // no temporary file left behind
  });

  it('keeps awkward names as safe YAML', () => {
    const run = runCli(['new', 'thank-you', '--company', 'Acme: {x: 1}', '--interviewer', 'Jo "JJ" O\'Neill']);
    expect(run.status).toBe(0);
    expect(frontMatter(run.stdout)).toMatchObject({ company: 'Acme: {x: 1}', interviewer: 'Jo "JJ" O\'Neill' });
  });

  it('says which values are still to fill when they were not given', () => {
    const run = runCli(['new', 'thank-you', '--company', 'Acme', '--interviewer', 'Jo Bloggs']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('{{position}}');
    expect(run.stderr).toContain('fill in {{position}}, {{sender}}');
  });

  it.each([
    [['new'], /needs a kind/],
    [['new', 'thank-yuo', '--company', 'X'], /unknown kind "thank-yuo"; did you mean "thank-you"\?/],
    [['new', 'check-in', '--company', 'X', '--interviewer', 'Y'], /a check-in draft needs --reply-deadline/],
    [['new', 'thank-you', '--interviewer', 'Y'], /needs --company/],
    [['new', 'thank-you', '--company', 'X', '--interviewer', 'Y', '--interview-date', '2026-02-30'], /--interview-date: "2026-02-30" is not a real day.*YYYY-MM-DD/],
    [['new', 'thank-you', '--company', 'X', '--interviewer', 'Y', '--interview-date', '20/11/2026'], /not in the form/],
    [['new', 'check-in', '--company', 'X', '--interviewer', 'Y', '--interview-date', '2026-11-20', '--reply-deadline', '2026-11-19'], /reply deadline .* is before the interview/],
    [['new', 'thank-you', '--company', 'X', '--interviewer', 'Y', '--reply-deadline', '2026-11-27'], /--reply-deadline is not used by a thank-you draft/],
    [['new', 'point-of-interest', '--company', 'X', '--link', 'not a link'], /--link: Enter the full web address/],
    [['new', 'thank-you', '--company', 'X', '--interviewer', 'Y', '--out', '/no/such/folder/x.md'], /folder .* does not exist/],
    [['new', 'thank-you', '--company', 'X', '--bogus'], /Unknown option '--bogus'/],
  ])('%j fails with exit 2 and one clear line', (args, message) => {
    const run = runCli(args as string[]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('writes nothing when the arguments are wrong', () => {
    const out = join(dir, 'x.md');
    runCli(['new', 'check-in', '--company', 'X', '--interviewer', 'Y', '--out', out]);
    expect(existsSync(out)).toBe(false);
  });
});
