/** The Follow-Ups view's items, "Mark as Sent" and the email export, without the editor. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_COMMANDS, DRAFT_COMMANDS, FOLLOW_UPS_VIEW_ID } from '../hosts/vscode/commandTable';
import { clipboardText, copiedMessage, emailFromDraft, mailClientLink, MAILTO_SAFE_LENGTH } from '../hosts/vscode/emailText';
import { followUpsTree } from '../hosts/vscode/followUpsTree';
import { applyTextEdit, sentEdit } from '../hosts/vscode/sentEdit';
import type { DateValue } from '../packages/engine/dates';
import { buildPlan } from '../packages/engine/plan';
import { defaultSettings } from '../packages/engine/settings';
import { readSibling } from '../packages/engine/siblings';
import { draftText, INTERVIEW } from './helpers/drafts';

const TODAY: DateValue = { year: 2026, month: 11, day: 25 };

function tree(drafts: Record<string, string>, today = TODAY) {
  const settings = defaultSettings();
  const siblings = Object.entries(drafts).flatMap(([id, text]) => readSibling(id, text, settings, today) ?? []);
  return followUpsTree(buildPlan(siblings, today), (uri) => uri.replace('file:///ws/', ''));
}

describe('Follow-Ups view items', () => {
  const groups = tree({
    'file:///ws/hf/thank-you.md': draftText({ kind: 'thank-you', ...INTERVIEW, subject: 'Thank you', sent: '2026-11-20' }),
    'file:///ws/hf/check-in.md': draftText({ kind: 'check-in', ...INTERVIEW, reply_deadline: '2026-11-27' }),
    'file:///ws/hf/linkedin.md': draftText({ kind: 'linkedin-request', ...INTERVIEW, send_date: '2026-11-21' }),
    'file:///ws/hf/poi.md': draftText({ kind: 'point-of-interest', ...INTERVIEW, send_date: '2026-11-25' }),
    'file:///ws/carrow/thank-you.md': draftText({ kind: 'thank-you', company: 'Carrow Estates', interviewer: 'Priya Natarajan', interview_date: '2026-11-24' }),
    'file:///ws/notes.md': '# Interview notes\n\nNot a draft.\n',
  });

  it('groups drafts by company and interview, and leaves out files that are not drafts', () => {
    expect(groups.map((g) => [g.label, g.description])).toEqual([
      ['Hartley & Finch LLP', 'interview Fri 20 Nov 2026'],
      ['Carrow Estates', 'interview Tue 24 Nov 2026'],
    ]);
    expect(groups.flatMap((g) => g.children.map((c) => c.uri))).not.toContain('file:///ws/notes.md');
  });

  it('shows each draft with its kind, its day and its state, in the order they go out', () => {
    expect(groups[0].children.map((c) => [c.kindLabel, c.stateLabel, c.state, c.due, c.icon.id])).toEqual([
      ['Thank-you email', 'sent Fri 20 Nov', 'sent', '2026-11-20', 'pass'],
      ['LinkedIn connection request', 'overdue since Sat 21 Nov', 'overdue', '2026-11-21', 'warning'],
      ['Point-of-interest email', 'due today', 'due-today', '2026-11-25', 'bell-dot'],
      ['Check-in email', 'waiting until Tue 1 Dec', 'waiting', '2026-12-01', 'clock'],
    ]);
  });

  it('puts the day first in each row, so a narrow view does not cut it off, and the file name in the description', () => {
    expect(groups[0].children.map((c) => [c.label, c.description])).toEqual([
      ['Fri 20 Nov · Thank-you email', 'sent · thank-you.md'],
      ['Sat 21 Nov · LinkedIn connection request', 'overdue · linkedin.md'],
      ['Wed 25 Nov · Point-of-interest email', 'due today · poi.md'],
      ['Tue 1 Dec · Check-in email', 'waiting · check-in.md'],
    ]);
  });

  it('tells two drafts of one kind apart (a panel: one thank-you per interviewer)', () => {
    const [group] = tree({
      'file:///ws/hf/thank-you-hale.md': draftText({ kind: 'thank-you', ...INTERVIEW, send_date: '2026-11-20' }),
      'file:///ws/hf/thank-you-okafor.md': draftText({ kind: 'thank-you', ...INTERVIEW, interviewer: 'Grace Okafor', send_date: '2026-11-20' }),
    });
    const rows = group.children.map((c) => `${c.label} ${c.description}`);
    expect(rows).toHaveLength(2);
    expect(new Set(rows).size).toBe(2);
    expect(group.children.map((c) => c.description.split(' · ')[1]).sort()).toEqual(['thank-you-hale.md', 'thank-you-okafor.md']);
  });

  it('says in the tooltip where the day comes from, and what to do when a draft is due', () => {
    const [sent, overdue, , waiting] = groups[0].children;
    expect(sent.tooltip).toContain('Subject: Thank you');
    expect(sent.tooltip).toContain('Sent Fri 20 Nov 2026.');
    expect(overdue.tooltip).toContain('Send date: Sat 21 Nov 2026.');
    expect(overdue.tooltip).toContain('Mark as Sent');
    expect(waiting.tooltip).toContain('No send_date: the earliest good day to send is Tue 1 Dec 2026.');
    expect(waiting.tooltip).not.toContain('Mark as Sent');
    expect(waiting.tooltip.split('\n').pop()).toBe('hf/check-in.md');
    expect(groups[0].tooltip).toBe('Hartley & Finch LLP: interview Fri 20 Nov 2026\n4 drafts: 1 overdue, 1 due today, 1 waiting, 1 sent');
  });

  it('offers "Mark as Sent" only on drafts not yet sent, and folds interviews with nothing left to send', () => {
    expect(groups[0].children.map((c) => c.contextValue)).toEqual(['followupDraftSent', 'followupDraft', 'followupDraft', 'followupDraft']);
    expect(groups[0].expanded).toBe(true);
    const done = tree({ 'file:///ws/a.md': draftText({ kind: 'thank-you', ...INTERVIEW, sent: '2026-11-20' }) });
    expect(done[0].expanded).toBe(false);
  });

  it('keeps a check-in without send_date due from its earliest good day on, and turns one with a send_date overdue after it', () => {
    const checkIn = { 'file:///ws/c.md': draftText({ kind: 'check-in', ...INTERVIEW, reply_deadline: '2026-11-27' }) };
    const at = (day: number) => tree(checkIn, { year: 2026, month: 12, day })[0].children[0];
    expect([at(1).state, at(1).stateLabel]).toEqual(['due-today', 'due today']);
    // Without a send_date the earliest good day is never before today, so it never turns overdue by itself.
    expect(at(3).state).toBe('due-today');
    const dated = { 'file:///ws/c.md': draftText({ kind: 'check-in', ...INTERVIEW, reply_deadline: '2026-11-27', send_date: '2026-12-01' }) };
    expect(tree(dated, { year: 2026, month: 12, day: 2 })[0].children[0].stateLabel).toBe('overdue since Tue 1 Dec');
  });

  it('names a draft without a company or interview date rather than dropping it', () => {
    const [group] = tree({ 'file:///ws/x.md': draftText({ kind: 'thank-you' }) });
    expect([group.label, group.description, group.children.length]).toEqual(['(no company)', 'interview date missing', 1]);
  });
});

describe('Mark as Sent', () => {
  const day: DateValue = { year: 2026, month: 11, day: 21 };

  it('adds sent before the closing fence, with the file\'s LF line endings', () => {
    const text = draftText({ kind: 'thank-you', ...INTERVIEW });
    const result = sentEdit(text, day);
    expect(result.ok && result.edit).toBeTruthy();
    if (!result.ok || !result.edit) return;
    expect(applyTextEdit(text, result.edit)).toBe(draftText({ kind: 'thank-you', ...INTERVIEW, sent: '2026-11-21' }));
  });

  it('keeps CRLF line endings, and a byte-order mark in front', () => {
    const text = '\ufeff' + draftText({ kind: 'thank-you', ...INTERVIEW }).replace(/\n/g, '\r\n');
    const result = sentEdit(text, day);
    if (!result.ok || !result.edit) throw new Error('expected an edit');
    const edited = applyTextEdit(text, result.edit);
    expect(edited).toBe('\ufeff' + draftText({ kind: 'thank-you', ...INTERVIEW, sent: '2026-11-21' }).replace(/\n/g, '\r\n'));
    expect(edited.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('replaces the value of an existing sent field, keeping quotes out and comments in', () => {
    for (const [line, expected] of [
      ['sent: 2026-11-19', 'sent: 2026-11-21'],
      ['sent: "2026-11-19"  # by phone', 'sent: 2026-11-21  # by phone'],
      ['sent:', 'sent: 2026-11-21'],
    ]) {
      const text = `---\r\nkind: thank-you\r\n${line}\r\ncompany: Acme\r\n---\r\n\r\nDear Ms Hale,\r\n`;
      const result = sentEdit(text, day);
      if (!result.ok || !result.edit) throw new Error(`expected an edit for ${line}`);
      expect(applyTextEdit(text, result.edit)).toBe(text.replace(line, expected));
    }
  });

  it('changes nothing when the draft already says it was sent that day', () => {
    expect(sentEdit(draftText({ kind: 'check-in', sent: '2026-11-21' }), day)).toEqual({ ok: true, edit: undefined, sent: '2026-11-21' });
  });

  it('refuses files that are not drafts, with a message that says what to do', () => {
    for (const text of ['# Notes\n\nNo front matter here.\n', '---\ntitle: Notes\n---\n\nText.\n', '']) {
      const result = sentEdit(text, day);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/not a follow-up draft.*Open a draft/);
    }
  });

  it('refuses to edit front matter that is never closed or is not valid YAML', () => {
    const open = sentEdit('---\nkind: thank-you\ncompany: Acme\n\nDear Ms Hale,\n', day);
    expect(open.ok === false && open.message).toMatch(/never closed.*three dashes/);
    const broken = sentEdit('---\nkind: thank-you\ncompany: [Acme\n---\n\nHi\n', day);
    expect(broken.ok === false && broken.message).toMatch(/not marked as sent.*not valid YAML/);
  });
});

describe('Copy as Email and Open in Mail Client', () => {
  const text = readFileSync(join(__dirname, '..', 'examples', 'thank-you-hartley-finch.md'), 'utf8');

  it('copies "Subject:", a blank line, then the plain-text body without front matter or Markdown', () => {
    const result = emailFromDraft(draftText({ kind: 'thank-you', ...INTERVIEW, subject: 'Thank you for today' }, 'Dear Ms Hale,\n\nThank you for **your** time.\n\nKind regards,\nAnna Lewis\n'));
    if (!result.ok) throw new Error(result.message);
    expect(clipboardText(result.email)).toBe('Subject: Thank you for today\n\nDear Ms Hale,\n\nThank you for your time.\n\nKind regards,\nAnna Lewis\n');
    expect(copiedMessage(result.email)).toMatch(/^Copied the subject and body/);
  });

  it('copies just the body when there is no subject, and says to add one', () => {
    const result = emailFromDraft(draftText({ kind: 'check-in', to: 'hr@acme.example' }, 'Dear Sam,\n\nAny news?\n'));
    if (!result.ok) throw new Error(result.message);
    expect(clipboardText(result.email)).toBe('Dear Sam,\n\nAny news?\n');
    expect(copiedMessage(result.email)).toMatch(/no subject: add "subject:".* to hr@acme\.example\.$/);
  });

  it('refuses a file that is not a draft', () => {
    const result = emailFromDraft('# Notes\n');
    expect(result.ok === false && result.message).toMatch(/not a follow-up draft/);
  });

  it('builds a mailto link that carries "&", "=", "#", "+", "?" and line breaks in subject and body exactly', () => {
    const email = { to: 'margaret.hale@hartleyfinch.co.uk', subject: 'Q&A = done? #1 + more', body: 'Dear Ms Hale,\n\nHartley & Finch: 100% yes?\n' };
    const { link, warning } = mailClientLink(email);
    expect(warning).toBeUndefined();
    expect(link.startsWith('mailto:margaret.hale@hartleyfinch.co.uk?subject=')).toBe(true);
    // Only the two separators are raw: everything in the values is percent-encoded.
    expect(link.split('?').length).toBe(2);
    expect(link.split('&').length).toBe(2);
    const query = new URLSearchParams(link.slice(link.indexOf('?') + 1));
    expect(query.get('subject')).toBe(email.subject);
    expect(query.get('body')).toBe(email.body.replace(/\n/g, '\r\n'));
  });

  it('warns when the link is long enough for a mail client to cut the body short', () => {
    const result = emailFromDraft(text);
    if (!result.ok) throw new Error(result.message);
    expect(mailClientLink(result.email).warning).toBeUndefined();
    const long = mailClientLink({ subject: 'Hi', body: 'word '.repeat(500) });
    expect(long.link.length).toBeGreaterThan(MAILTO_SAFE_LENGTH);
    expect(long.warning).toMatch(/Copy as Email/);
  });
});

describe('manifest for the view and the draft commands', () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));

  it('puts the Follow-Ups view in the Explorer and the draft commands on its items', () => {
    expect(pkg.contributes.views.explorer).toContainEqual(expect.objectContaining({ id: FOLLOW_UPS_VIEW_ID, name: 'Follow-Ups' }));
    const itemMenu: Array<{ command: string; when: string }> = pkg.contributes.menus['view/item/context'];
    for (const { id } of DRAFT_COMMANDS) {
      expect(ALL_COMMANDS.map((c) => c.id)).toContain(id);
      expect(itemMenu.find((m) => m.command === id)?.when).toContain(`view == ${FOLLOW_UPS_VIEW_ID}`);
    }
    // "Mark as Sent" is not offered on a draft already sent.
    expect(itemMenu.find((m) => m.command === 'followup.markAsSent')?.when).toContain('viewItem == followupDraft');
  });
});
