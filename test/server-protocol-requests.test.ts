/**
 * The request side of the protocol (issue 13), over the real server's stdio: the lifecycle's error codes
 * around `initialize` and `shutdown`, `$/cancelRequest` on a code action that waits, a `workspace/applyEdit`
 * answered with null, and LSP 3.17 pull diagnostics for a client that declares them (push for the others,
 * never both).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CancellationTokenSource, type ClientCapabilities, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { draftText, INTERVIEW } from './helpers/drafts';
import { LspClient } from './helpers/lspClient';

let client: LspClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

const TODAY = '2026-11-20';
/** A thank-you with one misspelling ("recieve"): a finding with a quick fix. */
const DRAFT = draftText(
  { kind: 'thank-you', ...INTERVIEW, send_date: TODAY, subject: 'Thank you' },
  'Dear Ms Hale,\n\nThank you for your time today. I look forward to recieve your news.\n\nKind regards,\nAnna Lewis\n',
);

async function errorOf(promise: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: number; message: string };
  }
  throw new Error('expected an error answer');
}

const BASE: ClientCapabilities = {
  workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
  textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
};

describe('the lifecycle', () => {
  it('a request after shutdown gets InvalidRequest (-32600) and does nothing; exit still ends the server with 0', async () => {
    client = await LspClient.start({ capabilities: BASE, today: TODAY });
    const uri = await client.open('draft.md', DRAFT);
    await client.diagnosticsFor(uri);
    await client.request('shutdown');
    const late = await errorOf(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } }));
    expect(late.code).toBe(-32600);
    expect(late.message).toMatch(/"textDocument\/hover" was sent after shutdown/);
    const again = await errorOf(client.request('shutdown'));
    expect(again.code).toBe(-32600);
    await client.notify('exit', {});
    expect(await client.exitCode()).toBe(0);
    client = undefined;
  });
});

describe('$/cancelRequest', () => {
  it('cancels a code action that waits for the editor settings: RequestCancelled (-32800), and the server goes on', async () => {
    let release!: () => void;
    client = await LspClient.start({ capabilities: BASE, today: TODAY });
    client.configurationGate = new Promise((resolve) => (release = resolve));
    const uri = await client.open('draft.md', DRAFT);
    // The server asked for the settings and is waiting (the gate holds the answer).
    await client.waitFor('a configuration request', () => client!.configurationRequests.includes(uri));
    const start = DRAFT.split('\n').findIndex((line) => line.includes('recieve'));
    const column = DRAFT.split('\n')[start].indexOf('recieve');
    const diagnostic: Diagnostic = {
      range: { start: { line: start, character: column }, end: { line: start, character: column + 7 } },
      message: 'Unknown word',
      code: 'spelling/unknown-word',
      source: 'followup',
      severity: 2,
    };
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }, source.token);
    await client.sync(); // the code action reached the server, and waits
    source.cancel();
    const answer = await errorOf(pending);
    expect(answer.code).toBe(-32800);
    // Once the settings come, the server goes on working as before, and the same request is answered.
    release();
    const diagnostics = await client.diagnosticsFor(uri);
    const spelling = diagnostics.find((d) => d.code === 'spelling/unknown-word' || d.code === 'grammar/verb-form');
    expect(spelling).toBeDefined();
    const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', { textDocument: { uri }, range: spelling!.range, context: { diagnostics: [spelling] } });
    expect(actions.length).toBeGreaterThan(0);
  });
});

describe('workspace/applyEdit answered with null', () => {
  it('"Set send_date" reports it was not applied and logs no TypeError', async () => {
    client = await LspClient.start({ capabilities: BASE, today: TODAY });
    client.connection.onRequest('workspace/applyEdit', () => null);
    const uri = await client.open('draft.md', DRAFT);
    await client.diagnosticsFor(uri);
    const result = await client.request<{ applied: boolean }>('workspace/executeCommand', { command: 'followup.setSendDate', arguments: [uri, '2026-11-23'] });
    expect(result).toEqual({ applied: false });
    await client.sync();
    expect(client.logs.join('\n')).not.toMatch(/TypeError/);
    expect(client.stderr.join('')).not.toMatch(/TypeError/);
  });
});

describe('pull diagnostics (LSP 3.17)', () => {
  const PULL: ClientCapabilities = {
    ...BASE,
    workspace: { ...BASE.workspace, diagnostics: { refreshSupport: true } },
    textDocument: { ...BASE.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  };

  it('are offered to a client that declares them, answered with the findings, and nothing is pushed for drafts', async () => {
    client = await LspClient.start({ capabilities: PULL, today: TODAY });
    expect(client.initializeResult?.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: true, workspaceDiagnostics: false });
    let refreshes = 0;
    client.connection.onRequest('workspace/diagnostic/refresh', () => (refreshes++, null));
    const uri = await client.open('draft.md', DRAFT);
    const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    expect(report.kind).toBe('full');
    const items = (report as { items: Diagnostic[] }).items;
    expect(items.map((d) => d.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^(spelling|grammar)\//)]));
    // An edit is answered by the next pull, with the finding gone.
    await client.replace(uri, 'recieve', 'receiving');
    const after = (await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
    expect(after.length).toBeLessThan(items.length);
    // A settings change asks the client to pull again.
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.sync();
    expect(refreshes).toBeGreaterThan(0);
    expect(client.published.filter((p) => p.uri === uri)).toEqual([]);
  });

  it('a client without them gets pushed diagnostics and no diagnosticProvider', async () => {
    client = await LspClient.start({ capabilities: BASE, today: TODAY });
    expect(client.initializeResult?.capabilities.diagnosticProvider).toBeUndefined();
    const uri = await client.open('draft.md', DRAFT);
    expect((await client.diagnosticsFor(uri)).length).toBeGreaterThan(0);
  });
});

describe('the exclude setting in the workspace scan', () => {
  const thankYou = (send: string) => draftText({ kind: 'thank-you', ...INTERVIEW, send_date: send, subject: 'Thank you' });
  const CHECK_IN = draftText(
    { kind: 'check-in', ...INTERVIEW, reply_deadline: '2026-11-23', send_date: '2026-11-27', subject: 'Checking in' },
    'Dear Ms Hale,\n\nIs there anything else you need from me?\n\nKind regards,\nAnna Lewis\n',
  );
  /** A first check-in two days before the open one: its finding on the open draft shows the scan is done. */
  const FIRST_CHECK_IN = draftText(
    { kind: 'check-in', ...INTERVIEW, reply_deadline: '2026-11-23', send_date: '2026-11-25', subject: 'Checking in' },
    'Dear Ms Hale,\n\nIs there any news?\n\nKind regards,\nAnna Lewis\n',
  );
  const RULE = 'timing/check-in-before-thank-you';
  const FILES = { 'followups/check-in-1.md': FIRST_CHECK_IN, 'test/fixtures/thank-you.md': thankYou('2026-11-30') };

  /** The open draft's diagnostics once the workspace scan is done (the first check-in is seen). */
  async function afterScan(uri: string): Promise<Diagnostic[]> {
    return client!.waitFor('the check after the scan', () => {
      const last = client!.published.filter((p) => p.uri === uri).at(-1)?.diagnostics;
      return last?.some((d) => d.code === 'timing/check-in-too-soon') && last;
    });
  }

  it('leaves test folders out by default; "exclude": [] in .followup.json brings them back, without a restart', async () => {
    client = await LspClient.start({ today: '2026-11-28', capabilities: { ...BASE, workspace: { ...BASE.workspace, didChangeWatchedFiles: { dynamicRegistration: true } } }, files: FILES });
    const uri = await client.open('followups/check-in.md', CHECK_IN);
    expect((await afterScan(uri)).some((d) => d.code === RULE)).toBe(false);
    client.writeFile('.followup.json', JSON.stringify({ exclude: [] }));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.followup.json'), type: 1 }] });
    await client.waitFor('the test draft as a sibling', () => client!.published.filter((p) => p.uri === uri).at(-1)?.diagnostics.some((d) => d.code === RULE));
  });

  it('honours the editor’s files.exclude', async () => {
    client = await LspClient.start({ today: '2026-11-28', capabilities: BASE, files: { ...FILES, '.followup.json': JSON.stringify({ exclude: [] }) } });
    client.sections['files.exclude'] = { '**/fixtures': true, '**/other': false };
    const uri = await client.open('followups/check-in.md', CHECK_IN);
    expect((await afterScan(uri)).some((d) => d.code === RULE)).toBe(false);
    // Without it, the same workspace has the test draft as a sibling.
    client.sections['files.exclude'] = {};
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('the test draft as a sibling', () => client!.published.filter((p) => p.uri === uri).at(-1)?.diagnostics.some((d) => d.code === RULE));
  });
});

describe('settings from every place a client gives them', () => {
  /** A client like Neovim 0.7: no workspace/configuration, no didChangeConfiguration of its own. */
  const NO_CONFIGURATION: ClientCapabilities = { ...BASE, workspace: { applyEdit: true, workspaceEdit: { documentChanges: true } } };
  const LOUD = draftText({ kind: 'thank-you', ...INTERVIEW, send_date: TODAY, subject: 'Thank you' }, 'Dear Ms Hale,\n\nThank you for your time today. I could help the team!!\n\nKind regards,\nAnna Lewis\n');
  const OFF = { rules: { 'tone/exclamation': 'off' } };
  const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

  it.each([
    ['nested', { followup: OFF }],
    ['flat', OFF],
    ['under settings, nested', { settings: { followup: OFF } }],
    ['under settings, flat', { settings: OFF }],
  ])('initializationOptions, %s', async (_form, initializationOptions) => {
    client = await LspClient.start({ capabilities: NO_CONFIGURATION, today: TODAY, initializationOptions });
    const uri = await client.open('draft.md', LOUD);
    expect(codes(await client.diagnosticsFor(uri))).not.toContain('tone/exclamation');
    expect(client.logs.join('\n')).not.toMatch(/unknown setting/);
  });

  it.each([
    ['with the followup key', { followup: OFF }],
    ['without it', OFF],
  ])('didChangeConfiguration %s', async (_form, settings) => {
    client = await LspClient.start({ capabilities: NO_CONFIGURATION, today: TODAY });
    const uri = await client.open('draft.md', LOUD);
    expect(codes(await client.diagnosticsFor(uri))).toContain('tone/exclamation');
    await client.notify('workspace/didChangeConfiguration', { settings });
    await client.waitFor('the rule to be off', () => {
      const last = client!.published.filter((p) => p.uri === uri).at(-1);
      return last && !codes(last.diagnostics).includes('tone/exclamation');
    });
  });

  it('a client that answers workspace/configuration with null falls back to the pushed settings', async () => {
    client = await LspClient.start({ capabilities: BASE, today: TODAY, initializationOptions: { followup: OFF } });
    client.settings = null;
    const uri = await client.open('draft.md', LOUD);
    expect(codes(await client.diagnosticsFor(uri))).not.toContain('tone/exclamation');
  });
});

describe('a client without file watchers (no dynamic didChangeWatchedFiles)', () => {
  const NO_WATCHERS: ClientCapabilities = { ...BASE, workspace: { applyEdit: true, workspaceEdit: { documentChanges: true } } };
  const LOUD = draftText({ kind: 'thank-you', ...INTERVIEW, send_date: TODAY, subject: 'Thank you' }, 'Dear Ms Hale,\n\nThank you for your time today. I could help the team!!\n\nKind regards,\nAnna Lewis\n');
  const lastCodes = (uri: string) => client!.published.filter((p) => p.uri === uri).at(-1)?.diagnostics.map((d) => d.code) ?? [];

  it('notices a .followup.json created, edited and deleted on disk, with no notification', async () => {
    client = await LspClient.start({ capabilities: NO_WATCHERS, today: TODAY, files: { 'drafts/.keep': '' } });
    const uri = await client.open('drafts/draft.md', LOUD);
    expect((await client.diagnosticsFor(uri)).map((d) => d.code)).toContain('tone/exclamation');
    expect(client.registrations).not.toContain('workspace/didChangeWatchedFiles');

    client.writeFile('.followup.json', JSON.stringify({ rules: { 'tone/exclamation': 'off' } }));
    await client.waitFor('the created file to apply', () => !lastCodes(uri).includes('tone/exclamation'));
    client.writeFile('.followup.json', JSON.stringify({ rules: { 'tone/exclamation': 'error' } }));
    await client.waitFor('the edit to apply', () => client!.published.filter((p) => p.uri === uri).at(-1)?.diagnostics.some((d) => d.code === 'tone/exclamation' && d.severity === 1));
    fs.rmSync(path.join(client.workspace, '.followup.json'));
    await client.waitFor('the deletion to apply', () => client!.published.filter((p) => p.uri === uri).at(-1)?.diagnostics.some((d) => d.code === 'tone/exclamation' && d.severity !== 1));
  });

  it('finds a .followup.json created before a document is opened, beside it', async () => {
    client = await LspClient.start({ capabilities: NO_WATCHERS, today: TODAY });
    const first = await client.open('a.md', LOUD);
    expect((await client.diagnosticsFor(first)).map((d) => d.code)).toContain('tone/exclamation');
    client.writeFile('.followup.json', JSON.stringify({ rules: { 'tone/exclamation': 'off' } }));
    const second = await client.open('b.md', LOUD);
    expect((await client.diagnosticsFor(second)).map((d) => d.code)).not.toContain('tone/exclamation');
  });
});
