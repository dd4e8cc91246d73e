/**
 * The language server's host in VS Code for the Web's worker (hosts/language-server/browser.ts). A web worker
 * has no file system: file names are the documents' URIs (uriPaths.ts), and every file is read and
 * written through the client, which answers with `vscode.workspace.fs` (protocol.ts: ReadDirectory,
 * ReadFileStart, ReadConfigFiles, WriteFile; hosts/vscode/browser/workspaceFiles.ts). The settings lookup
 * is synchronous, so the workspace's `.followup.json` files are read ahead: all of them once initialized,
 * and each again when the client's watcher reports it changed. Checks run in this worker, which is the
 * server's own thread. The user dictionary is the client's (its global storage).
 */
import type { Connection } from 'vscode-languageserver';
import { InThreadCheckRunner } from '../../../packages/engine/checkRunner';
import { CONFIG_FILE_NAME } from '../../../packages/engine/configText';
import {
  ReadConfigFilesRequest,
  ReadDirectoryRequest,
  ReadFileStartRequest,
  WriteFileRequest,
  type ReadConfigFilesParams,
  type ReadConfigFilesResult,
  type ReadDirectoryParams,
  type ReadDirectoryResult,
  type ReadFileStartParams,
  type ReadFileStartResult,
  type WriteFileParams,
} from '../protocol';
import type { ServerHost } from '../serverHost';
import type { UserWordsSource } from '../userWords';
import { addWordToConfigText } from '../workspaceDictionary';
import { uriPaths as paths } from './uriPaths';

/** A URI with a path (`scheme://authority/path`); `untitled:` and other opaque URIs are not files. */
const HIERARCHICAL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The client keeps the user dictionary in VS Code for the Web (its global storage): the server has none. */
const NO_USER_WORDS = Object.freeze([]) as unknown as string[];
const noUserWords: UserWordsSource = {
  words: () => NO_USER_WORDS,
  add() {
    throw new Error('The user dictionary is kept by the editor in VS Code for the Web.');
  },
};

function inside(folder: string, file: string): boolean {
  const rel = paths.relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !paths.isAbsolute(rel));
}

/**
 * @param connection the client, which reads and writes the files
 * @param extensionUri the extension's folder, for the rule docs it ships (docs/rules.md)
 */
export function browserServerHost(connection: Connection, extensionUri: string): ServerHost {
  const rulesDoc = `${extensionUri.replace(/\/+$/, '')}/docs/rules.md`;
  /** The workspace's `.followup.json` files as last read, by URI. */
  const configTexts = new Map<string, string>();

  async function readConfigFiles(files?: string[]): Promise<void> {
    const result = await connection.sendRequest<ReadConfigFilesResult>(ReadConfigFilesRequest, { uris: files ?? null } satisfies ReadConfigFilesParams);
    if (!files) configTexts.clear();
    for (const file of files ?? []) configTexts.delete(paths.resolve(file));
    for (const { uri, text } of result ?? []) if (text !== null) configTexts.set(paths.resolve(uri), text);
  }

  return {
    paths,
    fileOf: (uri) => (HIERARCHICAL.test(uri) ? uri : undefined),
    uriOf: (file) => file,
    rulesDocUrl: () => rulesDoc,
    findConfigFile(startDir, stopAt) {
      const stop = stopAt ? paths.resolve(stopAt) : undefined;
      for (let dir = paths.resolve(startDir); ; dir = paths.dirname(dir)) {
        const candidate = paths.join(dir, CONFIG_FILE_NAME);
        if (configTexts.has(candidate)) return candidate;
        if (dir === stop || paths.dirname(dir) === dir) return undefined;
      }
    },
    readConfigText(file) {
      const text = configTexts.get(paths.resolve(file));
      if (text === undefined) throw new Error('it could not be read');
      return text;
    },
    readConfigFiles,
    // Changes reach this host from the client's file watcher, never by polling.
    fileSignature: () => 'none',
    async listFolder(dir) {
      try {
        return (await connection.sendRequest<ReadDirectoryResult>(ReadDirectoryRequest, { uri: dir } satisfies ReadDirectoryParams)) ?? [];
      } catch {
        return [];
      }
    },
    async readFileStart(file, bytes) {
      try {
        const result = await connection.sendRequest<ReadFileStartResult>(ReadFileStartRequest, { uri: file, bytes } satisfies ReadFileStartParams);
        return result?.text;
      } catch {
        return undefined;
      }
    },
    // As on Node, only inside the draft's workspace folder (there are no links to follow here).
    workspaceDictionaryTarget(draft, folder, configFile) {
      if (!folder) {
        return {
          ok: false,
          reason: `${paths.basename(draft)} is not inside a workspace folder, so it has no workspace dictionary. Open its folder as a workspace, or add the word to the user dictionary.`,
        };
      }
      const file = configFile ?? paths.join(folder, CONFIG_FILE_NAME);
      if (!inside(folder, file)) return { ok: false, reason: `${file} is outside the workspace folder; the workspace dictionary is only written inside it. Add the word to the user dictionary instead.` };
      return { ok: true, file };
    },
    /** Read afresh, edited as on Node (keeping the file's layout), written through the client. */
    async addWordToConfigFile(file, word) {
      await readConfigFiles([file]);
      const text = configTexts.get(paths.resolve(file)) ?? '';
      const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
      const result = addWordToConfigText(text.slice(bom.length), word);
      if (!result.ok) throw new Error(`Cannot add "${word}" to ${file}: ${result.reason}`);
      if (result.changed) {
        await connection.sendRequest(WriteFileRequest, { uri: file, text: bom + result.text } satisfies WriteFileParams);
        configTexts.set(paths.resolve(file), bom + result.text);
      }
      return { changed: result.changed };
    },
    userWords: () => noUserWords,
    checkRunner: () => new InThreadCheckRunner(),
  };
}
