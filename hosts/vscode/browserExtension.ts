/**
 * The extension in VS Code for the Web (package.json `browser`: vscode.dev, github.dev, code-server,
 * Codespaces in the browser). It runs in the web worker extension host; the language server runs in a
 * worker of its own, `dist/browserServer.js`, over the same server core as the desktop's. What has no
 * file system to use here: the user dictionary lives in the extension's global storage, and new drafts
 * are written through `vscode.workspace.fs`.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateExtension, deactivateExtension, type FollowUpAssistantApi } from './activate';
import { readLanguageData } from './browser/languageData';
import { answerFileRequests } from './browser/workspaceFiles';
import { languageClientOptions } from './languageClientOptions';
import { globalStorageUserDictionary } from './userDictionary';

export type { FollowUpAssistantApi } from './activate';

/** The web worker API of the extension host (the project compiles against Node's types, not the DOM's). */
interface ServerWorker {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

/**
 * The server's worker, from the extension's own `dist/browserServer.js`. Read with `workspace.fs` and
 * started from a blob: URL, because the worker host starts workers only from http(s) URLs, and an
 * extension may live elsewhere (a `vscode-remote:` folder on code-server, IndexedDB for a .vsix
 * installed on vscode.dev).
 */
async function startServerWorker(extensionUri: vscode.Uri): Promise<ServerWorker> {
  const script = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'browserServer.js'));
  return new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })), { name: 'Follow-Up language server' });
}

/**
 * Markdown in the places a web workbench opens files from: local folders, GitHub and Azure repositories
 * (`vscode-vfs`), a remote server (`vscode-remote`), untitled editors and the test file systems. Not
 * `git:` or other read-only views of old versions.
 */
const BROWSER_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web', 'memfs'];

export function activate(context: vscode.ExtensionContext): FollowUpAssistantApi {
  const userDictionary = globalStorageUserDictionary(context.globalState);
  return activateExtension(context, userDictionary, async () => {
    const [worker, languageData] = await Promise.all([startServerWorker(context.extensionUri), readLanguageData(context.extensionUri)]);
    // The language data must be the worker's first message: the server reads it before any request.
    worker.postMessage(languageData, Object.values(languageData.followupLanguageData));
    const selector = BROWSER_SCHEMES.map((scheme) => ({ scheme, language: 'markdown' }));
    const client = new LanguageClient('followup', 'Follow-Up Assistant', languageClientOptions(selector, userDictionary), worker as never);
    // The server in the worker has no file system: it reads the workspace's drafts through these.
    answerFileRequests(client);
    return client;
  });
}

export const deactivate = deactivateExtension;
