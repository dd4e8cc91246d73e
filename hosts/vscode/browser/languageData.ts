/**
 * The language data for the server in the web worker: read from the extension's own files with
 * `vscode.workspace.fs` (the extension may live in IndexedDB, on a remote server or behind a CDN; the
 * editor's file system reads each of them, and nothing is fetched from anywhere else), then posted to the
 * worker as its first message, the buffers transferred rather than copied.
 */
import * as vscode from 'vscode';
import { dialectLanguageData, LANGUAGE_DATA_FOLDER, SHARED_LANGUAGE_DATA } from '../../../packages/engine/languageDataFiles';
import { DIALECTS } from '../../../packages/engine/settings';

/** The first message the browser server expects (hosts/language-server/browser.ts). */
export interface LanguageDataMessage {
  followupLanguageData: Record<string, ArrayBuffer>;
  /** Where the extension is, for the rule docs it ships (the diagnostics link to docs/rules.md there). */
  followupExtensionUri: string;
}

export async function readLanguageData(extensionUri: vscode.Uri): Promise<LanguageDataMessage> {
  const names = [...SHARED_LANGUAGE_DATA, ...DIALECTS.flatMap(dialectLanguageData)];
  const files = await Promise.all(names.map((name) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', LANGUAGE_DATA_FOLDER, name))));
  const data: Record<string, ArrayBuffer> = {};
  names.forEach((name, i) => {
    const bytes = files[i];
    // A view of a larger buffer is copied out, so only this file's bytes are transferred.
    data[name] = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
  });
  return { followupLanguageData: data, followupExtensionUri: extensionUri.toString() };
}
