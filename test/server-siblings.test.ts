/** The sequence rules in the editor: the server reads the other drafts of the workspace and follows changes. */
import { afterEach, describe, expect, it } from 'vitest';
import { LspClient } from './helpers/lspClient';
import { draftText, INTERVIEW } from './helpers/drafts';

let client: LspClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

const CHECK_IN = draftText(
  { kind: 'check-in', ...INTERVIEW, reply_deadline: '2026-11-23', send_date: '2026-11-27', subject: 'Checking in' },
  'Dear Ms Hale,\n\nIs there anything else you need from me?\n\nKind regards,\nAnna Lewis\n',
);
const thankYou = (send: string) => draftText({ kind: 'thank-you', ...INTERVIEW, send_date: send, subject: 'Thank you' });

const RULE = 'timing/check-in-before-thank-you';

describe('sequence rules in the language server', () => {
  it('sees a thank-you on disk planned after the check-in, and forgets it once it is moved', async () => {
    client = await LspClient.start({ today: '2026-11-28', files: { 'followups/thank-you.md': thankYou('2026-11-30') } });
    const uri = await client.open('followups/check-in.md', CHECK_IN);
    const flagged = await client.waitFor('the sequence finding', () =>
      client!.published.filter((p) => p.uri === uri).at(-1)?.diagnostics.find((d) => d.code === RULE),
    );
    expect(flagged.message).toContain('before the thank-you');

    client.writeFile('followups/thank-you.md', thankYou('2026-11-20'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('followups/thank-you.md'), type: 2 }] });
    await client.waitFor('the finding to go', () => {
      const last = client!.published.filter((p) => p.uri === uri).at(-1);
      return last && !last.diagnostics.some((d) => d.code === RULE);
    });
  });

  it('uses the unsaved text of another open draft', async () => {
    client = await LspClient.start({ today: '2026-11-28' });
    const checkIn = await client.open('check-in.md', CHECK_IN);
    const diagnostics = await client.diagnosticsFor(checkIn);
    expect(diagnostics.some((d) => d.code === RULE)).toBe(false);
    await client.open('thank-you.md', thankYou('2026-11-30'));
    // The check-in is re-checked when it next changes; an edit anywhere shows the new sequence.
    const version = await client.replace(checkIn, 'Is there', 'Is there perhaps');
    const after = await client.diagnosticsFor(checkIn, version);
    expect(after.some((d) => d.code === RULE)).toBe(true);
  });
});
