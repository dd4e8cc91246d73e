/**
 * The built language server over stdio: diagnostics on open and on every incremental change, equal to the
 * engine's findings for the text; never a result for a version that was already superseded.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LspClient } from './helpers/lspClient';
import { CHECK_IN, expectedDiagnostics, THANK_YOU, TODAY, visible } from './helpers/serverDrafts';
import { defaultSettings } from '../packages/engine/settings';

let client: LspClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

describe('diagnostics', () => {
  it('publishes the engine findings on open, with rule code, source, docs link and fix data', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('check-in.md', CHECK_IN);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    expect(visible(diagnostics)).toEqual(expectedDiagnostics(CHECK_IN));
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.source).toBe('followup');
      const slug = String(d.code).replace('/', '-');
      expect(d.codeDescription?.href).toMatch(new RegExp(`^file:///.*/docs/rules\\.md#${slug}$`));
      expect(d.data).toMatchObject({ rule: d.code });
    }
    const rename = diagnostics.find((d) => d.code === 'frontmatter/unknown-field');
    expect(rename?.data).toMatchObject({ actual: 'subjekt', fix: { type: 'rename-field', to: 'subject' } });
  });

  it('re-checks after every incremental edit; the diagnostics match the final text', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('check-in.md', CHECK_IN);
    await client.diagnosticsFor(uri, 1);
    let version = await client.replace(uri, 'subjekt', 'subject');
    expect(visible(await client.diagnosticsFor(uri, version))).toEqual(expectedDiagnostics(client.text(uri)));
    version = await client.replace(uri, 'send_date: 2026-11-28', 'send_date: 2026-12-01');
    const after = await client.diagnosticsFor(uri, version);
    expect(visible(after)).toEqual(expectedDiagnostics(client.text(uri)));
    expect(after.map((d) => d.code)).not.toContain('timing/check-in-too-early');
    // An edit with several changes in one notification, applied in order.
    version = await client.change(uri, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' },
      { range: { start: { line: 4, character: 16 }, end: { line: 4, character: 26 } }, text: '2026-11-30' },
    ]);
    expect(client.text(uri)).toContain('interview_date: 2026-11-30');
    expect(visible(await client.diagnosticsFor(uri, version))).toEqual(expectedDiagnostics(client.text(uri)));
  });

  it('never publishes a version that was superseded while its settings were being fetched', async () => {
    client = await LspClient.start({ today: TODAY });
    let release!: () => void;
    client.configurationGate = new Promise<void>((resolve) => (release = resolve));
    const uri = await client.open('held.md', THANK_YOU);
    await client.waitFor('a configuration request', () => client!.configurationRequests.includes(uri));
    const versions = [];
    for (const word of ['Monday', 'Tuesday', 'Wednesday']) versions.push(await client.replace(uri, 'yesterday.', `${word}. yesterday.`));
    const final = versions[versions.length - 1];
    // The server has every change before the settings arrive: it must publish for the final version only.
    release();
    client.configurationGate = undefined;
    const diagnostics = await client.diagnosticsFor(uri, final);
    await client.sync();
    expect(client.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([final]);
    expect(visible(diagnostics)).toEqual(expectedDiagnostics(client.text(uri)));
  });

  it('under a burst of edits, publishes versions in order, each matching its own text, ending with the last', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('burst.md', CHECK_IN);
    await client.diagnosticsFor(uri, 1);
    const texts = new Map<number, string>();
    const sent: Promise<number>[] = [];
    // Typing a sentence one character at a time, without waiting for anything in between.
    const line = 12;
    const sentence = ' I am very keen to hear from you ASAP!! thx';
    for (let i = 0; i < sentence.length; i++) {
      const character = 'I hope you are well.'.length + i;
      sent.push(client.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text: sentence[i] }]));
      texts.set(client.version(uri), client.text(uri));
    }
    await Promise.all(sent);
    const final = client.version(uri);
    await client.diagnosticsFor(uri, final);
    await client.sync();
    const publishes = client.published.filter((p) => p.uri === uri && p.version !== 1);
    const order = publishes.map((p) => p.version!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    expect(order[order.length - 1]).toBe(final);
    for (const p of publishes) expect(visible(p.diagnostics)).toEqual(expectedDiagnostics(texts.get(p.version!)!));
  });

  it('publishes an empty list for Markdown that is not a draft, unless checkAllMarkdown is on', async () => {
    const notes = '# Notes\n\nI recieve teh emails, gonna reply ASAP.\n';
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('notes.md', notes);
    expect(await client.diagnosticsFor(uri, 1)).toEqual([]);
    await client.stop();
    client = await LspClient.start({ today: TODAY, settings: { checkAllMarkdown: true } });
    const uri2 = await client.open('notes.md', notes);
    const settings = { ...defaultSettings(), checkAllMarkdown: true };
    expect(visible(await client.diagnosticsFor(uri2, 1))).toEqual(expectedDiagnostics(notes, settings));
  });

  it('clears the diagnostics of a closed document', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('check-in.md', CHECK_IN);
    await client.diagnosticsFor(uri, 1);
    const before = client.published.length;
    await client.close(uri);
    await client.waitFor('empty diagnostics after close', () => client!.published.slice(before).find((p) => p.uri === uri && p.diagnostics.length === 0));
  });
});

describe('robustness', () => {
  it('answers unknown requests with MethodNotFound and keeps serving', async () => {
    client = await LspClient.start({ today: TODAY });
    await expect(client.request('followup/noSuchThing', {})).rejects.toMatchObject({ code: -32601 });
    const uri = await client.open('check-in.md', CHECK_IN);
    expect((await client.diagnosticsFor(uri, 1)).length).toBeGreaterThan(0);
  });

  it('logs and ignores a change to a document that was never opened', async () => {
    client = await LspClient.start({ today: TODAY });
    await client.notify('textDocument/didChange', {
      textDocument: { uri: client.uri('ghost.md'), version: 2 },
      contentChanges: [{ text: 'boo' }],
    });
    await client.waitFor('a log line about the unopened document', () => client!.logs.find((l) => l.includes('ghost.md') && l.includes('never opened')));
    expect(client.published.find((p) => p.uri === client!.uri('ghost.md'))).toBeUndefined();
  });

  it('clamps edit ranges outside the document and survives junk, a huge line and odd requests', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('junk.md', CHECK_IN);
    await client.diagnosticsFor(uri, 1);
    // A range far past the end: appended at the end, as the client's own text model does.
    let version = await client.change(uri, [{ range: { start: { line: 999, character: 5 }, end: { line: 1200, character: 0 } }, text: '\nP.S. tail' }]);
    expect(client.text(uri).endsWith('Anna Lewis\n\nP.S. tail')).toBe(true);
    expect(visible(await client.diagnosticsFor(uri, version))).toEqual(expectedDiagnostics(client.text(uri)));
    version = await client.change(uri, [{ text: '---\nkind: thank-you\n\u0000\u0001\ufffd\ud800: [unclosed\n' + 'x'.repeat(200_000) }]);
    expect(visible(await client.diagnosticsFor(uri, version))).toEqual(expectedDiagnostics(client.text(uri)));
    // Requests at positions that do not exist answer with nothing rather than an error.
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 10_000, character: 3 } })).toBeNull();
    expect(await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 500, character: 0 }, end: { line: 900, character: 0 } },
      context: { diagnostics: [{ range: { start: { line: 500, character: 0 }, end: { line: 501, character: 0 } }, message: 'x', source: 'followup', data: { rule: 'tone/pushy', actual: 'ASAP', suggestions: ['soon'] } }] },
    })).toEqual([]);
    expect(await client.request('textDocument/codeLens', { textDocument: { uri: client.uri('not-open.md') } })).toEqual([]);
    expect(client.process.exitCode).toBeNull();
  });

  it('exits cleanly on shutdown and exit', async () => {
    client = await LspClient.start({ today: TODAY });
    const code = await client.stop();
    client = undefined;
    expect(code).toBe(0);
  });
});
