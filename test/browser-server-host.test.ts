/**
 * The language server's host in VS Code for the Web's worker (hosts/language-server/browser-host/): file names are URIs,
 * with POSIX path rules under their `scheme://authority` root (uriPaths.ts), and every file is read and
 * written through the client. Here the client's side is a map of files answering the same requests the
 * browser extension answers with `workspace.fs` (hosts/vscode/browser/workspaceFiles.ts); the real client
 * and worker are exercised by test/e2e-web.test.ts.
 */
import { posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Connection } from 'vscode-languageserver';
import { browserServerHost } from '../hosts/language-server/browser-host/browserServerHost';
import { uriPaths } from '../hosts/language-server/browser-host/uriPaths';
import { ReadConfigFilesRequest, ReadDirectoryRequest, ReadFileStartRequest, WriteFileRequest } from '../hosts/language-server/protocol';

const ROOT = 'vscode-vfs://github/anna/job-search';
const AUTHORITY = 'vscode-vfs://github';
const segment = fc.constantFrom('.', '..', 'a', 'b c', 'followups', 'x.md');
const noTrailingSlash = (p: string) => p.replace(/(.)\/$/, '$1');
const absolutePath = fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`);

describe('uriPaths: POSIX rules on the path of a URI, its root kept', () => {
  it('join, dirname, basename and resolve agree with node:path posix on the path', () => {
    fc.assert(
      fc.property(absolutePath, absolutePath, (a, b) => {
        // (node:path keeps a trailing slash from the last part; a file name has none)
        expect(noTrailingSlash(uriPaths.join(AUTHORITY + a, b))).toBe(noTrailingSlash(AUTHORITY + posix.join(a, b)));
        const p = posix.normalize(a);
        expect(uriPaths.dirname(AUTHORITY + p)).toBe(AUTHORITY + posix.dirname(p));
        expect(uriPaths.basename(AUTHORITY + p)).toBe(posix.basename(p));
        expect(uriPaths.resolve(AUTHORITY + a)).toBe(AUTHORITY + posix.resolve(a));
      }),
      { numRuns: 1000 },
    );
  });

  it('relative agrees under one root; across roots the other name stays absolute (so it is outside)', () => {
    fc.assert(
      fc.property(absolutePath, absolutePath, (a, b) => {
        expect(uriPaths.relative(AUTHORITY + a, AUTHORITY + b)).toBe(posix.relative(a, b));
      }),
      { numRuns: 1000 },
    );
    const other = 'vscode-remote://host/job-search/a.md';
    expect(uriPaths.isAbsolute(uriPaths.relative(ROOT, other))).toBe(true);
  });

  it('stops at the root: the parent of the root is the root', () => {
    expect(uriPaths.dirname(`${ROOT}/a.md`)).toBe(`${ROOT}`);
    expect(uriPaths.dirname('vscode-vfs://github/')).toBe('vscode-vfs://github/');
    expect(uriPaths.join('vscode-vfs://github/', '..', 'x')).toBe('vscode-vfs://github/x');
  });
});

/** The client's side of the requests, over a map of files (URI -> text); it records what it is asked. */
function clientWithFiles(files: Map<string, string>) {
  const asked: string[] = [];
  const connection = {
    async sendRequest(method: string, params: { uri?: string; uris?: string[] | null; text?: string; bytes?: number }) {
      asked.push(method);
      switch (method) {
        case ReadConfigFilesRequest:
          return (params.uris ?? [...files.keys()].filter((uri) => uri.endsWith('/.followup.json'))).map((uri) => ({ uri, text: files.get(uri) ?? null }));
        case WriteFileRequest:
          files.set(params.uri!, params.text!);
          return null;
        case ReadFileStartRequest:
          return files.has(params.uri!) ? { text: files.get(params.uri!)!.slice(0, params.bytes) } : null;
        case ReadDirectoryRequest: {
          const prefix = `${params.uri}/`;
          const names = new Set([...files.keys()].filter((uri) => uri.startsWith(prefix)).map((uri) => uri.slice(prefix.length).split('/')[0]));
          return [...names].map((name) => ({ name, kind: files.has(prefix + name) ? 'file' : 'folder' }));
        }
        default:
          throw new Error(`unexpected request ${method}`);
      }
    },
  } as unknown as Connection;
  return { connection, asked };
}

describe('the browser server host', () => {
  it('finds the nearest .followup.json among the files read ahead, up to the workspace folder', async () => {
    const files = new Map([
      [`${ROOT}/.followup.json`, '{ "dialect": "en-US" }'],
      [`${ROOT}/acme/.followup.json`, '{ "words": ["Acme"] }'],
    ]);
    const { connection } = clientWithFiles(files);
    const host = browserServerHost(connection, 'vscode-remote://host/ext');
    expect(host.findConfigFile(`${ROOT}/acme/drafts`, ROOT)).toBeUndefined(); // nothing read yet
    await host.readConfigFiles!();
    expect(host.findConfigFile(`${ROOT}/acme/drafts`, ROOT)).toBe(`${ROOT}/acme/.followup.json`);
    expect(host.findConfigFile(`${ROOT}/other`, ROOT)).toBe(`${ROOT}/.followup.json`);
    expect(host.readConfigText(`${ROOT}/acme/.followup.json`)).toBe('{ "words": ["Acme"] }');
    // A deleted file is forgotten when the watcher reports it.
    files.delete(`${ROOT}/acme/.followup.json`);
    await host.readConfigFiles!([`${ROOT}/acme/.followup.json`]);
    expect(host.findConfigFile(`${ROOT}/acme/drafts`, ROOT)).toBe(`${ROOT}/.followup.json`);
    expect(() => host.readConfigText(`${ROOT}/acme/.followup.json`)).toThrow(/could not be read/);
  });

  it('adds a word to the workspace dictionary through the client, keeping the file as it was laid out', async () => {
    const files = new Map([[`${ROOT}/.followup.json`, '{\n    "dialect": "en-US",\n    "words": ["Acme", "Zendesk"]\n}\n']]);
    const { connection, asked } = clientWithFiles(files);
    const host = browserServerHost(connection, 'vscode-remote://host/ext');
    const target = host.workspaceDictionaryTarget(`${ROOT}/thank-you.md`, ROOT, undefined);
    expect(target).toEqual({ ok: true, file: `${ROOT}/.followup.json` });
    expect(await host.addWordToConfigFile(`${ROOT}/.followup.json`, 'Kubernetes')).toEqual({ changed: true });
    expect(files.get(`${ROOT}/.followup.json`)).toBe('{\n    "dialect": "en-US",\n    "words": ["Acme", "Zendesk", "Kubernetes"]\n}\n');
    expect(asked).toEqual([ReadConfigFilesRequest, WriteFileRequest]);
    expect(await host.addWordToConfigFile(`${ROOT}/.followup.json`, 'Kubernetes')).toEqual({ changed: false });
    expect(asked.filter((m) => m === WriteFileRequest)).toHaveLength(1);
  });

  it('refuses a workspace dictionary outside the workspace folder, and for a draft in no folder', () => {
    const host = browserServerHost(clientWithFiles(new Map()).connection, 'vscode-remote://host/ext');
    expect(host.workspaceDictionaryTarget(`${ROOT}/a.md`, ROOT, 'vscode-vfs://github/anna/.followup.json')).toMatchObject({ ok: false, reason: expect.stringMatching(/outside the workspace folder/) });
    expect(host.workspaceDictionaryTarget(`${ROOT}/a.md`, undefined, undefined)).toMatchObject({ ok: false, reason: expect.stringMatching(/not inside a workspace folder/) });
  });

  it('names documents by URI (untitled ones are not files) and reads drafts through the client', async () => {
    const files = new Map([[`${ROOT}/followups/thank-you.md`, '---\nkind: thank-you\n---\nDear Ms Hale,']]);
    const host = browserServerHost(clientWithFiles(files).connection, 'vscode-remote://host/ext/');
    expect(host.fileOf(`${ROOT}/followups/thank-you.md`)).toBe(`${ROOT}/followups/thank-you.md`);
    expect(host.fileOf('untitled:Untitled-1')).toBeUndefined();
    expect(await host.listFolder(ROOT)).toEqual([{ name: 'followups', kind: 'folder' }]);
    expect(await host.readFileStart(`${ROOT}/followups/thank-you.md`, 10)).toBe('---\nkind: ');
    expect(await host.readFileStart(`${ROOT}/missing.md`, 10)).toBeUndefined();
    expect(host.rulesDocUrl()).toBe('vscode-remote://host/ext/docs/rules.md');
  });
});
