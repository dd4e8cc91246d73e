/** Hover, code lens, completion and the status request: what a user reads in the editor. */
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeLens, CompletionItem, Hover } from 'vscode-languageserver-protocol';
import { LspClient } from './helpers/lspClient';
import { TODAY } from './helpers/serverDrafts';

let client: LspClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

// TODAY is Sat 28 Nov 2026; the reply was due Fri 27 Nov, so the check-in can go from Tue 1 Dec.
const CHECK_IN = `---
kind: check-in
company: Hartley & Finch LLP
interviewer: Margaret Hale
interview_date: 2026-11-20
reply_deadline: 2026-11-27
subject: Checking in
---

Dear Ms Hale,

Is there anything else you need from me?

Kind regards,
Anna Lewis
`;

const at = (line: number, character: number) => ({ line, character });

describe('hover', () => {
  it('shows the weekday of a front-matter date and the draft timeline', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('check-in.md', CHECK_IN);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(4, 20) });
    const text = (hover.contents as { value: string }).value;
    expect(text).toContain('**Friday 20 November 2026** (8 days ago)');
    expect(text).toContain('- Fri 20 Nov — Interview');
    expect(text).toContain('- Fri 27 Nov — Reply expected by');
    expect(text).toContain('- Tue 1 Dec — Check in from');
    expect(text).toContain('**Next:** Check in on or after Tue 1 Dec (in 3 days).');
    expect(hover.range).toEqual({ start: at(4, 16), end: at(4, 26) });
    // Not a date: no hover.
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: at(2, 12) })).toBeNull();
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: at(11, 3) })).toBeNull();
  });

  it('explains a date that is not a real day', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('bad.md', CHECK_IN.replace('2026-11-27', '2026-02-30'));
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(5, 18) });
    expect((hover.contents as { value: string }).value).toBe('`2026-02-30` is not a real day: February 2026 has 28 days.');
  });
});

describe('code lens and status', () => {
  it('says when to check in, and sets send_date in one click', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('check-in.md', CHECK_IN);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses.map((l) => l.command?.title)).toEqual(['Check in on or after Tue 1 Dec (in 3 days)', 'Set send_date to Tue 1 Dec']);
    expect(lenses.every((l) => l.range.start.line === 0)).toBe(true);
    await client.request('workspace/executeCommand', lenses[1].command);
    expect(client.text(uri)).toContain('subject: Checking in\nsend_date: 2026-12-01\n---\n');
    const after = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    expect(after.map((l) => l.command?.title)).toEqual(['Check in on or after Tue 1 Dec (in 3 days)']);
  });

  it('answers followup/draftStatus for the status bar', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('check-in.md', CHECK_IN);
    const status = await client.request<{ isDraft: boolean; kind: string; label: string; detail: string }>('followup/draftStatus', { uri });
    expect(status).toMatchObject({ isDraft: true, kind: 'check-in', label: 'Check-in email · Check in on or after Tue 1 Dec (in 3 days)' });
    expect(status.detail.split('\n')).toContain('Tue 1 Dec: Check in from');
    const notes = await client.open('notes.md', '# Notes\n');
    expect(await client.request('followup/draftStatus', { uri: notes })).toMatchObject({ isDraft: false, label: '' });
    expect(await client.request('textDocument/codeLens', { textDocument: { uri: notes } })).toEqual([]);
  });

  it('shows "Send today" for a thank-you on the interview day', async () => {
    client = await LspClient.start({ today: '2026-11-20' });
    const uri = await client.open('thanks.md', CHECK_IN.replace('check-in', 'thank-you').replace('reply_deadline: 2026-11-27\n', ''));
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses.map((l) => l.command?.title)).toEqual(['Send today']);
  });
});

describe('completion', () => {
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);

  it('offers the missing field names with their meaning on an empty front-matter line', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('c.md', CHECK_IN.replace('subject: Checking in\n', 'subject: Checking in\n\n'));
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: at(7, 0) });
    expect(labels(items)).toEqual(['position', 'to', 'send_date', 'offer_deadline', 'other_company', 'dialect', 'sent']);
    expect(items.find((i) => i.label === 'send_date')).toMatchObject({
      detail: 'when you plan to send the email (default: today)',
      textEdit: { newText: 'send_date: ' },
    });
  });

  it('offers kinds after "kind:", and today plus the best send date for send_date', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('c.md', CHECK_IN.replace('kind: check-in', 'kind:').replace('subject: Checking in', 'send_date: '));
    const kinds = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: at(1, 5) });
    expect(labels(kinds)).toEqual(['thank-you', 'check-in', 'point-of-interest', 'other-offer', 'linkedin-request', 'linkedin-heads-up']);
    expect(kinds[1].textEdit).toEqual({ range: { start: at(1, 5), end: at(1, 5) }, newText: ' check-in' });
    const dates = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: at(6, 11) });
    expect(labels(dates)).toContain('2026-11-28');
    expect(dates.find((d) => d.label === '2026-11-28')?.detail).toBe('today, Sat 28 Nov 2026');
  });

  it('offers nothing outside the front matter', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('c.md', CHECK_IN);
    expect(await client.request('textDocument/completion', { textDocument: { uri }, position: at(11, 4) })).toEqual([]);
  });
});
