/**
 * The language server's host in VS Code for the Web's worker (server/src/browserServer.ts). A web worker
 * has no file system: file names are the documents' URIs (uriPaths.ts), the workspace's drafts are listed
 * and read through the client (`workspace.fs`, protocol.ts ReadDirectoryRequest/ReadFileStartRequest),
 * and checks run in this worker, which is the server's own thread. What the platform cannot do yet is
 * said, not faked: a `.followup.json` applies while it is open in the editor (the worker cannot read one
 * on demand, synchronously, as the settings lookup does), and the workspace dictionary is not written
 * from here (its quick fix is shown disabled, with this reason). The user dictionary is the client's.
 */
import type { Connection } from 'vscode-languageserver';
import { InThreadCheckRunner } from '../engine/checkRunner';
import {
  ReadDirectoryRequest,
  ReadFileStartRequest,
  type ReadDirectoryParams,
  type ReadDirectoryResult,
  type ReadFileStartParams,
  type ReadFileStartResult,
} from '../lsp/protocol';
import type { ServerHost } from '../lsp/serverHost';
import type { UserWordsSource } from '../lsp/userWords';
import { uriPaths } from './uriPaths';

export const NO_WORKSPACE_DICTIONARY =
  'VS Code for the Web cannot write the workspace dictionary (.followup.json) from the language server yet; add the word to the user dictionary, or edit the "words" list of .followup.json by hand.';

/** A URI with a path (`scheme://authority/path`); `untitled:` and other opaque URIs are not files. */
const HIERARCHICAL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The client keeps the user dictionary in VS Code for the Web (its global storage): the server has none. */
const noUserWords: UserWordsSource = {
  words: () => NO_USER_WORDS,
  add() {
    throw new Error('The user dictionary is kept by the editor in VS Code for the Web.');
  },
};
const NO_USER_WORDS = Object.freeze([]) as unknown as string[];

/** @param extensionUri the extension's folder, for the rule docs it ships (docs/rules.md). */
export function browserServerHost(connection: Connection, extensionUri: string): ServerHost {
  const rulesDoc = `${extensionUri.replace(/\/+$/, '')}/docs/rules.md`;
  return {
    paths: uriPaths,
    fileOf: (uri) => (HIERARCHICAL.test(uri) ? uri : undefined),
    uriOf: (file) => file,
    rulesDocUrl: () => rulesDoc,
    findConfigFile: () => undefined,
    readConfigText(file) {
      throw new Error(`${file} cannot be read from the language server in VS Code for the Web; open it in the editor to apply it.`);
    },
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
    workspaceDictionaryTarget: () => ({ ok: false, reason: NO_WORKSPACE_DICTIONARY }),
    addWordToConfigFile: async () => {
      throw new Error(NO_WORKSPACE_DICTIONARY);
    },
    userWords: () => noUserWords,
    checkRunner: () => new InThreadCheckRunner(),
  };
}
