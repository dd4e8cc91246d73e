/** What the desktop and the browser language clients share: documents, settings sync, the user dictionary. */
import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, type BaseLanguageClient, type DocumentSelector, type LanguageClientOptions } from 'vscode-languageclient';
import { CONFIG_FILE_NAME } from '../../packages/engine/configText';
import { AddUserWordRequest, SETTINGS_SECTION, type AddUserWordParams, type InitializationOptions } from '../language-server/protocol';
import type { UserDictionary } from './userDictionary';

export function languageClientOptions(documentSelector: DocumentSelector, userDictionary: UserDictionary): LanguageClientOptions {
  const initializationOptions: InitializationOptions = { clientHandlesUserWords: true };
  return {
    documentSelector,
    synchronize: {
      // Editor settings: the server pulls `workspace/configuration` (sections `followup` and, for its scan of
      // the other drafts, `files.exclude`) and is told when either changes.
      configurationSection: [SETTINGS_SECTION, 'files.exclude'],
      fileEvents: vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`),
    },
    initializationOptions,
    middleware: userDictionary.middleware,
  };
}

/** Answers the server's "add this word" with the user dictionary, and re-checks when it changes on its own. */
export function connectUserDictionary(client: BaseLanguageClient, userDictionary: UserDictionary): void {
  client.onRequest(AddUserWordRequest, (params: AddUserWordParams) => userDictionary.add(params.word));
  // Words kept outside the settings: the server re-asks for its settings (and re-checks) when told they changed.
  userDictionary.onChanged = () => void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
}
