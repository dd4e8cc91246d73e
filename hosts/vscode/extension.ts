/** The desktop extension (package.json `main`): the language server `dist/server.js` runs on Node over IPC. */
import type * as vscode from 'vscode';
import { activateExtension, deactivateExtension, type FollowUpAssistantApi } from './activate';
import { provideLocalFiles } from './editor/localFiles';
import { createLanguageClient } from './languageClient';
import { nodeLocalFiles } from './node/localFiles';
import { settingUserDictionary } from './userDictionary';

export type { FollowUpAssistantApi } from './activate';

export function activate(context: vscode.ExtensionContext): FollowUpAssistantApi {
  provideLocalFiles(nodeLocalFiles);
  const userDictionary = settingUserDictionary();
  return activateExtension(context, userDictionary, async () => createLanguageClient(context, userDictionary));
}

export const deactivate = deactivateExtension;
