/** The desktop extension (package.json `main`): the language server `dist/server.js` runs on Node over IPC. */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activateExtension, type FollowUpAssistantApi } from './activate';
import { provideLocalFiles } from './editor/localFiles';
import { createLanguageClient } from './languageClient';
import { nodeLocalFiles } from './node/localFiles';
import { settingUserDictionary } from './userDictionary';

export type { FollowUpAssistantApi } from './activate';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): FollowUpAssistantApi {
  provideLocalFiles(nodeLocalFiles);
  const userDictionary = settingUserDictionary();
  return activateExtension(context, userDictionary, async (configure) => {
    const created = createLanguageClient(context, userDictionary);
    client = created;
    configure(created);
    await created.start();
    return created;
  });
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
