/** Settings reach the checks without a restart: editor settings, `.followup.json` on disk or being edited. */
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applySettings, defaultSettings } from '../packages/engine/settings';
import { LspClient } from './helpers/lspClient';
import { expectedDiagnostics, TODAY, visible } from './helpers/serverDrafts';

let client: LspClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

const DRAFT = `---
kind: check-in
company: Hartley & Finch LLP
interviewer: Margaret Hale
interview_date: 2026-11-20
reply_deadline: 2026-11-23
subject: Checking in
---

Dear Ms Hale,

I expect to hear from you ASAP about the role. Is there anything else you need from me?

Kind regards,
Anna Lewis
`;

const settingsWith = (raw: unknown) => applySettings(defaultSettings(), raw).settings;
const codes = (d: Array<{ code?: unknown }>) => d.map((x) => x.code);

async function republished(uri: string, from: number) {
  return client!.waitFor('new diagnostics', () => client!.published.slice(from).find((p) => p.uri === uri)?.diagnostics);
}

describe('settings', () => {
  it('registers for configuration and .followup.json changes', async () => {
    client = await LspClient.start({ today: TODAY });
    await client.waitFor('registrations', () => client!.registrations.length >= 2 && client!.registrations);
    expect(client.registrations).toEqual(expect.arrayContaining(['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']));
  });

  it('pulls editor settings per document and re-checks open documents when they change', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('draft.md', DRAFT);
    expect(codes(await client.diagnosticsFor(uri, 1))).toContain('timing/weekend');
    expect(client.configurationRequests).toContain(uri);
    client.settings = { rules: { 'timing/weekend': 'off' } };
    const from = client.published.length;
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const after = await republished(uri, from);
    expect(codes(after)).not.toContain('timing/weekend');
    expect(visible(after)).toEqual(expectedDiagnostics(DRAFT, settingsWith(client.settings)));
  });

  it('takes settings pushed with didChangeConfiguration from a client without workspace/configuration', async () => {
    client = await LspClient.start({ today: TODAY, capabilities: { workspace: { workspaceEdit: { documentChanges: true } } } });
    const uri = await client.open('draft.md', DRAFT);
    expect(codes(await client.diagnosticsFor(uri, 1))).toContain('timing/weekend');
    const from = client.published.length;
    await client.notify('workspace/didChangeConfiguration', { settings: { followup: { rules: { timing: 'off' } } } });
    expect(codes(await republished(uri, from)).filter((c) => String(c).startsWith('timing/'))).toEqual([]);
    expect(client.configurationRequests).toEqual([]);
  });

  it('lets .followup.json win over the editor settings, and re-reads it when it changes on disk', async () => {
    client = await LspClient.start({
      today: TODAY,
      settings: { rules: { 'timing/weekend': 'off' } },
      files: { '.followup.json': '{ "rules": { "timing/weekend": "error" } }\n' },
    });
    const uri = await client.open('sub/draft.md', DRAFT);
    const first = await client.diagnosticsFor(uri, 1);
    expect(first.filter((d) => d.code === 'timing/weekend').map((d) => d.severity)).toEqual([1]);

    const file = client.writeFile('.followup.json', '{ "checkInWaitDays": 10, "rules": { "timing/weekend": "off" } }\n');
    const from = client.published.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
    const after = await republished(uri, from);
    expect(codes(after)).not.toContain('timing/weekend');
    expect(codes(after)).toContain('timing/check-in-too-early');
    expect(visible(after)).toEqual(expectedDiagnostics(DRAFT, settingsWith({ checkInWaitDays: 10, rules: { 'timing/weekend': 'off' } })));
  });

  it('finds a .followup.json created after start once the watcher reports it', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('draft.md', DRAFT);
    expect(codes(await client.diagnosticsFor(uri, 1))).toContain('timing/weekend');
    const file = client.writeFile('.followup.json', '{ "rules": { "timing": "off" } }');
    const from = client.published.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 1 }] });
    expect(codes(await republished(uri, from)).filter((c) => String(c).startsWith('timing/'))).toEqual([]);
  });

  it('keeps the last good .followup.json while it is broken in the editor, with one clear log line', async () => {
    const good = '{ "rules": { "timing/weekend": "off" } }\n';
    client = await LspClient.start({ today: TODAY, files: { '.followup.json': good } });
    const uri = await client.open('draft.md', DRAFT);
    const goodDiagnostics = await client.diagnosticsFor(uri, 1);
    expect(codes(goodDiagnostics)).not.toContain('timing/weekend');

    // Opening the file in the editor re-checks once (its text now comes from the editor).
    let from = client.published.length;
    const configUri = await client.open('.followup.json', good, 'json');
    await republished(uri, from);
    from = client.published.length;
    await client.replace(configUri, '"off" } }', '"error" ');
    await client.waitFor('a log line about the broken file', () =>
      client!.logs.find((l) => l.includes(path.join(client!.workspace, '.followup.json')) && l.includes('not valid JSON') && l.includes('last valid version')),
    );
    // Still checked, with the last good settings.
    expect(visible(await republished(uri, from))).toEqual(visible(goodDiagnostics));
    expect(client.published.find((p) => p.uri === configUri)).toBeUndefined();

    from = client.published.length;
    await client.replace(configUri, '"error" ', '"error" } }');
    const fixed = await republished(uri, from);
    expect(fixed.filter((d) => d.code === 'timing/weekend').map((d) => d.severity)).toEqual([1]);
    expect(client.logs.filter((l) => l.includes('not valid JSON'))).toHaveLength(1);
  });

  it('shows a message for a broken .followup.json on disk and checks with the defaults', async () => {
    client = await LspClient.start({ today: TODAY, files: { '.followup.json': '{ "words": [' } });
    const uri = await client.open('draft.md', DRAFT);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    expect(visible(diagnostics)).toEqual(expectedDiagnostics(DRAFT));
    await client.waitFor('a warning message', () => client!.shownMessages.find((m) => m.includes('.followup.json') && m.includes('not valid JSON')));
    expect(client.shownMessages).toHaveLength(1);
  });
});
