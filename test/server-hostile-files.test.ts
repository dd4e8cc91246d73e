/**
 * The language server with hostile settings files (issue 18): a `.followup.json` that is a FIFO or a link
 * to /dev/zero, a `words.txt` that is one. The server reads none of them, says which file and why, and
 * keeps checking drafts with the defaults.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LspClient } from './helpers/lspClient';
import { draftText, INTERVIEW } from './helpers/drafts';

const DRAFT = draftText({ kind: 'thank-you', ...INTERVIEW, send_date: '2026-11-20', subject: 'Thank you' }, 'Dear Ms Hale,\n\nThank you for meeting me today. I am keen to join the the team.\n\nKind regards,\nAnna Lewis\n');

let client: LspClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

async function diagnosticsWith(prepare: (c: LspClient) => void): Promise<{ c: LspClient; codes: string[]; ms: number }> {
  client = await LspClient.start({ today: '2026-11-20' });
  prepare(client);
  const started = performance.now();
  const uri = await client.open('draft.md', DRAFT);
  const diagnostics = await client.diagnosticsFor(uri);
  const ms = performance.now() - started;
  return { c: client, codes: diagnostics.map((d) => String(d.code)), ms };
}

describe.runIf(process.platform === 'linux')('the server and settings files that are not regular files', () => {
  it('a .followup.json that is a FIFO: diagnostics with the defaults, and one warning naming the file', async () => {
    const { c, codes, ms } = await diagnosticsWith((c) => execFileSync('mkfifo', [path.join(c.workspace, '.followup.json')]));
    console.log(`diagnostics with a FIFO .followup.json: ${ms.toFixed(0)} ms`);
    expect(codes).toContain('grammar/repeated-word');
    const warning = await c.waitFor('the warning', () => c.shownMessages.find((m) => m.includes('.followup.json')));
    expect(warning).toMatch(/\.followup\.json: is a named pipe \(FIFO\), not a regular file/);
    expect(ms).toBeLessThan(10_000);
  });

  it('a .followup.json and a words.txt that are links to /dev/zero: diagnostics, and the files named', async () => {
    const { c, codes } = await diagnosticsWith((c) => {
      fs.symlinkSync('/dev/zero', path.join(c.workspace, '.followup.json'));
      fs.mkdirSync(path.join(c.home, 'config', 'followup'), { recursive: true });
      fs.symlinkSync('/dev/zero', path.join(c.home, 'config', 'followup', 'words.txt'));
    });
    expect(codes).toContain('grammar/repeated-word');
    await c.waitFor('the warning', () => c.shownMessages.find((m) => m.includes('.followup.json: is a character device')));
    await c.waitFor('the log line', () => c.logs.find((m) => /words\.txt is a character device, not a regular file/.test(m)));
    const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${c.process.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    console.log(`server resident memory after reading them: ${rss.toFixed(0)} MB`);
    expect(rss).toBeLessThan(300);
  });
});
