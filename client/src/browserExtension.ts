/**
 * The extension in VS Code for the Web (package.json `browser`: vscode.dev, github.dev, code-server,
 * Codespaces in the browser). It runs in the web worker extension host; the language server runs in a
 * worker of its own, `dist/browserServer.js`, over the same server core as the desktop's. What has no
 * file system to use here: the user dictionary lives in the extension's global storage, and new drafts
 * are written through `vscode.workspace.fs`.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateExtension, type FollowUpAssistantApi } from './activate';
import { readLanguageData } from './browser/languageData';
import { languageClientOptions } from './languageClientOptions';
import { globalStorageUserDictionary } from './userDictionary';

export type { FollowUpAssistantApi } from './activate';

/** The web worker API of the extension host (the project compiles against Node's types, not the DOM's). */
interface ServerWorker {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;

/**
 * Markdown in the places a web workbench opens files from: local folders, GitHub and Azure repositories
 * (`vscode-vfs`), a remote server (`vscode-remote`), untitled editors and the test file systems. Not
 * `git:` or other read-only views of old versions.
 */
const BROWSER_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web', 'memfs'];

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): FollowUpAssistantApi {
  const userDictionary = globalStorageUserDictionary(context.globalState);
  return activateExtension(context, userDictionary, () => {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browserServer.js');
    const worker = new Worker(serverMain.toString(true), { name: 'Follow-Up language server' });
    const selector = BROWSER_SCHEMES.map((scheme) => ({ scheme, language: 'markdown' }));
    const started = new LanguageClient('followup', 'Follow-Up Assistant', languageClientOptions(selector, userDictionary), worker as never);
    client = started;
    // The language data must be the worker's first message: the server reads it before any request.
    const ready = readLanguageData(context.extensionUri).then((message) => {
      worker.postMessage(message, Object.values(message.followupLanguageData));
      return started.start();
    });
    return { client: started, ready };
  }).api;
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
