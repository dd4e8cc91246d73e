import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connection } from 'vscode-languageserver';
import { DiagnosticDelivery } from '../hosts/language-server/diagnosticDelivery';
import { addUserWord, addWorkspaceWord } from '../hosts/language-server/dictionaries';
import type { ServerContext, ServerState } from '../hosts/language-server/serverContext';
import { SettingsStore } from '../hosts/language-server/settingsStore';
import { UserWords } from '../packages/node-host/userWordsFile';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A server with a real settings store and user words file in a temporary workspace; the connection records requests. */
function serverIn(options: { clientHandlesUserWords?: boolean } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'followup-dictionaries-'));
  folders.push(root);
  const requests: unknown[] = [];
  let rechecks = 0;
  const userWords = new UserWords(join(root, 'user-words.txt'), () => undefined);
  const state: ServerState = { capabilities: {}, delivery: new DiagnosticDelivery({}), workspaceFolders: [root], clientHandlesUserWords: options.clientHandlesUserWords ?? false, today: () => ({ year: 2026, month: 1, day: 6 }) };
  const store = new SettingsStore(
    { fetchEditorSettings: () => undefined, openConfigText: () => undefined, workspaceFolders: () => state.workspaceFolders, log: () => undefined, warn: () => undefined },
    userWords,
  );
  const connection = { sendRequest: async (_type: unknown, params: unknown) => (requests.push(params), { added: true }) } as unknown as Connection;
  const server = { connection, state, store, userWords, log: () => undefined, checks: { recheckAll: () => rechecks++ } } as unknown as ServerContext;
  return { root, server, requests, rechecks: () => rechecks };
}

describe('dictionaries (lsp/dictionaries.ts)', () => {
  it('adds a workspace word to the .followup.json that applies to the draft, keeping its other settings, and checks again', async () => {
    const t = serverIn();
    writeFileSync(join(t.root, '.followup.json'), '{\n  "dialect": "en-US"\n}\n');
    const result = await addWorkspaceWord(t.server, ' Kubernetes ', pathToFileURL(join(t.root, 'thank-you.md')).href);
    expect(result).toEqual({ file: join(t.root, '.followup.json'), changed: true });
    const config = JSON.parse(readFileSync(join(t.root, '.followup.json'), 'utf8'));
    expect(config).toEqual({ dialect: 'en-US', words: ['Kubernetes'] });
    expect(t.rechecks()).toBe(1);
    expect((await addWorkspaceWord(t.server, 'Kubernetes', pathToFileURL(join(t.root, 'thank-you.md')).href))?.changed).toBe(false);
  });

  it('refuses an empty word and a draft that is not saved in a folder', async () => {
    const t = serverIn();
    await expect(addWorkspaceWord(t.server, '  ', pathToFileURL(join(t.root, 'a.md')).href)).rejects.toThrow(/No word/);
    await expect(addWorkspaceWord(t.server, 'Acme', 'untitled:Untitled-1')).rejects.toThrow(/Save the draft/);
  });

  it('adds a user word to the user words file, or asks the client when it keeps the user dictionary', async () => {
    const own = serverIn();
    expect(await addUserWord(own.server, 'Zendesk')).toEqual({ file: join(own.root, 'user-words.txt'), changed: true });
    expect(readFileSync(join(own.root, 'user-words.txt'), 'utf8')).toContain('Zendesk');
    const client = serverIn({ clientHandlesUserWords: true });
    expect(await addUserWord(client.server, ' Zendesk ')).toEqual({ changed: true });
    expect(client.requests).toEqual([{ word: 'Zendesk' }]);
  });
});
