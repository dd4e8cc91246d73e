/**
 * Lossless, contained dictionary writes (issue 18, second table): two servers adding 200 words each at
 * once keep all 400, in the workspace dictionary and in words.txt, with the rest of the file byte for
 * byte and no temporary or lock file left; a writer's stale lock and temporary file are recovered; the
 * workspace dictionary is never written outside the workspace folder or through a link leaving it.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LockTimeout, withFileLock } from '../packages/node-host/fileLock';
import { addWordToConfigFile } from '../packages/node-host/workspaceDictionaryFile';
import { LspClient } from './helpers/lspClient';
import { draftText, INTERVIEW } from './helpers/drafts';

const DRAFT = draftText({ kind: 'thank-you', ...INTERVIEW, send_date: '2026-11-20', subject: 'Thank you' }, 'Dear Ms Hale,\n\nThank you for meeting me today. The Zorblatt project sounds exciting.\n\nKind regards,\nAnna Lewis\n');

const clients: LspClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.stop();
});

async function start(options: Parameters<typeof LspClient.start>[0] = {}): Promise<LspClient> {
  const c = await LspClient.start({ today: '2026-11-20', ...options });
  clients.push(c);
  return c;
}

/** Two servers on one workspace and one home, as two editor windows on one folder. */
async function twoWindows(files: Record<string, string>): Promise<[LspClient, LspClient]> {
  const a = await start({ files });
  const b = await start({ home: a.home });
  return [a, b];
}

const words = (prefix: string) => Array.from({ length: 200 }, (_, i) => `${prefix}${i}`);
const leftovers = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'));

describe('two servers adding 200 words each at once', () => {
  it('keeps 400 of 400 in .followup.json, the rest of it byte for byte, and leaves no temporary file', async () => {
    const head = '{\r\n    "dialect": "en-GB",\r\n    "words": [\r\n        "Hartley",\r\n        "Finch"';
    const tail = '\r\n    ],\r\n    "rules": { "tone/hedging": "off" }\r\n}\r\n';
    const [a, b] = await twoWindows({ '.followup.json': head + tail });
    const uri = a.uri('draft.md');
    const add = (c: LspClient, word: string) => c.request('workspace/executeCommand', { command: 'followup.addWorkspaceWord', arguments: [word, uri] });
    const started = performance.now();
    await Promise.all([...words('Alpha').map((w) => add(a, w)), ...words('Beta').map((w) => add(b, w))]);
    console.log(`2 x 200 workspace words: ${(performance.now() - started).toFixed(0)} ms`);
    const text = fs.readFileSync(path.join(a.workspace, '.followup.json'), 'utf8');
    const kept = JSON.parse(text).words as string[];
    expect(kept.length).toBe(402);
    expect(new Set(kept)).toEqual(new Set(['Hartley', 'Finch', ...words('Alpha'), ...words('Beta')]));
    expect(text.startsWith(head)).toBe(true);
    expect(text.endsWith(tail)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(leftovers(a.workspace)).toEqual([]);
    expect([...a.shownMessages, ...b.shownMessages]).toEqual([]);
  });

  it('keeps 400 of 400 in words.txt, the rest of it byte for byte, and leaves no temporary file', async () => {
    const [a, b] = await twoWindows({});
    const dir = path.join(a.home, 'config', 'followup');
    fs.mkdirSync(dir, { recursive: true });
    const original = '# my words\nHartley\n\nFinch\n';
    fs.writeFileSync(path.join(dir, 'words.txt'), original);
    const add = (c: LspClient, word: string) => c.request('workspace/executeCommand', { command: 'followup.addUserWord', arguments: [word] });
    const started = performance.now();
    await Promise.all([...words('Gamma').map((w) => add(a, w)), ...words('Delta').map((w) => add(b, w))]);
    console.log(`2 x 200 user words: ${(performance.now() - started).toFixed(0)} ms`);
    const text = fs.readFileSync(path.join(dir, 'words.txt'), 'utf8');
    expect(text.startsWith(original)).toBe(true);
    const added = text.slice(original.length).split('\n').filter(Boolean);
    expect(added).toHaveLength(400);
    expect(new Set(added)).toEqual(new Set([...words('Gamma'), ...words('Delta')]));
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('a writer that died', () => {
  it('its lock and temporary file are recovered by the next write; a live holder is waited for, then named', () => {
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'followup-lock-'));
    const file = path.join(dir, '.followup.json');
    fs.writeFileSync(file, '{ "words": ["Hartley", "Finch"] }\n');
    // pid 4194304 is above Linux's pid_max: no such process.
    fs.writeFileSync(`${file}.lock`, `4194304\n${require('node:os').hostname()}\n${Date.now()}\n`);
    // The temporary name atomicWrite.ts gives: `.` + the file name + pid + random + `.tmp`.
    fs.writeFileSync(path.join(dir, '..followup.json.4194304.0123abcd.tmp'), '{ "words": [');
    expect(addWordToConfigFile(file, 'Zorblatt')).toEqual({ changed: true });
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).words).toEqual(['Hartley', 'Finch', 'Zorblatt']);
    expect(fs.readdirSync(dir)).toEqual(['.followup.json']);

    // A lock held by a running process (our parent) is not stale: the writer waits, then says who holds it.
    fs.writeFileSync(`${file}.lock`, `${process.ppid}\n${require('node:os').hostname()}\n${Date.now()}\n`);
    expect(() => withFileLock(file, () => 'never', 200)).toThrow(LockTimeout);
    expect(() => withFileLock(file, () => 'never', 200)).toThrow(`is being changed by process ${process.ppid}`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a server killed in the middle of adding words leaves no temporary file once the next word is added', async () => {
    const c = await start({ files: { '.followup.json': '{ "words": [] }\n' } });
    const uri = c.uri('draft.md');
    const add = (client: LspClient, word: string) => client.request('workspace/executeCommand', { command: 'followup.addWorkspaceWord', arguments: [word, uri] });
    const pending = words('Kappa').map((w) => add(c, w).catch(() => undefined));
    await new Promise((resolve) => setTimeout(resolve, 150));
    c.process.kill('SIGKILL');
    await Promise.all(pending);
    clients.splice(clients.indexOf(c), 1);
    c.connection.dispose();
    const second = await start({ home: c.home });
    await add(second, 'Omega');
    const text = fs.readFileSync(path.join(c.workspace, '.followup.json'), 'utf8');
    expect(JSON.parse(text).words).toContain('Omega');
    expect(leftovers(c.workspace)).toEqual([]);
    await second.stop();
    clients.splice(clients.indexOf(second), 1);
    fs.rmSync(c.home, { recursive: true, force: true });
  });
});

describe('the workspace dictionary stays inside the workspace', () => {
  async function spellingActions(c: LspClient, uri: string): Promise<CodeAction[]> {
    const diagnostic = await c.waitFor('the spelling diagnostic', () =>
      c.published.find((p) => p.uri === uri)?.diagnostics.find((d: Diagnostic) => typeof d.code === 'string' && d.code.startsWith('spelling/')),
    );
    return c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  }

  it('never through a .followup.json that is a link to a file outside: not offered, the command says why', async () => {
    const outside = fs.mkdtempSync(path.join(tmpdir(), 'followup-outside-'));
    const target = path.join(outside, 'settings.json');
    fs.writeFileSync(target, '{ "words": ["Hartley"] }\n');
    const c = await start({
      capabilities: { textDocument: { codeAction: { disabledSupport: true }, publishDiagnostics: { dataSupport: true } }, workspace: { configuration: true } },
    });
    fs.symlinkSync(target, path.join(c.workspace, '.followup.json'));
    const uri = await c.open('draft.md', DRAFT);
    const actions = await spellingActions(c, uri);
    const workspaceAction = actions.find((a) => a.title.includes('workspace dictionary'));
    expect(workspaceAction?.command).toBeUndefined();
    expect(workspaceAction?.disabled?.reason).toMatch(/leads outside the workspace folder/);
    await c.request('workspace/executeCommand', { command: 'followup.addWorkspaceWord', arguments: ['Zorblatt', uri] });
    await c.waitFor('the refusal', () => c.shownMessages.find((m) => m.includes('Cannot add "Zorblatt" to the workspace dictionary') && m.includes('outside')));
    expect(fs.readFileSync(target, 'utf8')).toBe('{ "words": ["Hartley"] }\n');
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('never for a draft outside every workspace folder: no .followup.json is created beside it', async () => {
    const c = await start();
    const elsewhere = path.join(c.home, 'elsewhere');
    fs.mkdirSync(elsewhere);
    const uri = pathToFileURL(path.join(elsewhere, 'draft.md')).href;
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    const actions = await spellingActions(c, uri);
    expect(actions.map((a) => a.title)).not.toContain("Add 'Zorblatt' to the workspace dictionary");
    expect(actions.map((a) => a.title)).toContain("Add 'Zorblatt' to the user dictionary");
    await c.request('workspace/executeCommand', { command: 'followup.addWorkspaceWord', arguments: ['Zorblatt', uri] });
    await c.waitFor('the refusal', () => c.shownMessages.find((m) => m.includes('is not inside a workspace folder')));
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });
});
