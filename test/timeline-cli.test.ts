/** `followup timeline`: the plan in the terminal and as calendar reminders, parsed back with ical.js. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli';
import { draftText, INTERVIEW } from './helpers/drafts';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'followup-timeline-'));
  writeFileSync(join(dir, 'a-thank-you.md'), draftText({ kind: 'thank-you', ...INTERVIEW, subject: 'Thank you for today', sent: '2026-11-20' }));
  writeFileSync(join(dir, 'b-check-in.md'), draftText({ kind: 'check-in', ...INTERVIEW, reply_deadline: '2026-11-27', subject: 'Legal Secretary role' }));
  writeFileSync(join(dir, 'c-linkedin.md'), draftText({ kind: 'linkedin-request', ...INTERVIEW, send_date: '2026-11-21' }));
  writeFileSync(join(dir, 'notes.md'), '# Not a draft\n');
});

describe('followup timeline', () => {
  it('prints the plan grouped by interview with states', () => {
    const run = runCli(['timeline', '--today', '2026-11-25', dir]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('Hartley & Finch LLP: interview Fri 20 Nov 2026');
    expect(lines[1]).toMatch(/^ {2}2026-11-20 {2}sent .*thank-you email .*sent Fri 20 Nov .*a-thank-you\.md$/);
    expect(lines[2]).toMatch(/^ {2}2026-11-21 {2}overdue .*LinkedIn connection request .*overdue since Sat 21 Nov .*c-linkedin\.md$/);
    expect(lines[3]).toMatch(/^ {2}2026-12-01 {2}waiting .*check-in email .*waiting until Tue 1 Dec .*b-check-in\.md$/);
    expect(run.stdout).not.toContain('notes.md');
  });

  it('gives the same plan as JSON', () => {
    const run = runCli(['timeline', '--today', '2026-11-25', '--format', 'json', dir]);
    const [group] = JSON.parse(run.stdout);
    expect(group.interview).toBe('2026-11-20');
    expect(group.drafts.map((d: { state: string; due: string }) => [d.state, d.due])).toEqual([
      ['sent', '2026-11-20'],
      ['overdue', '2026-11-21'],
      ['waiting', '2026-12-01'],
    ]);
  });

  it('writes one calendar event per email to send, on its day, with its subject', () => {
    const file = join(dir, 'plan.ics');
    const run = runCli(['timeline', '--today', '2026-11-25', '--ics', file, dir]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Wrote 2 reminders');
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const summary = events.map((e) => [e.summary, e.startDate.toString()]);
    expect(summary).toEqual([
      // The overdue request is reminded today, not on a day that has passed.
      ['Send: LinkedIn connection request (Hartley & Finch LLP)', '2026-11-25'],
      ['Send: Legal Secretary role (Hartley & Finch LLP)', '2026-12-01'],
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
  });
});
