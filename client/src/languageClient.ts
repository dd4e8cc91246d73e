/** The language client: the bundled server `dist/server.js` over IPC, for Markdown files. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { AddUserWordRequest, SETTINGS_SECTION, type AddUserWordParams, type AddUserWordResult, type InitializationOptions } from '../../server/src/lsp/protocol';
import { CONFIG_FILE_NAME } from '../../server/src/node/configFile';
import { withWord } from './userWords';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const initializationOptions: InitializationOptions = { clientHandlesUserWords: true };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: {
      // Editor settings: the server pulls `workspace/configuration` (sections `followup` and, for its scan of
      // the other drafts, `files.exclude`) and is told when either changes.
      configurationSection: [SETTINGS_SECTION, 'files.exclude'],
      fileEvents: vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`),
    },
    initializationOptions,
  };
  const client = new LanguageClient('followup', 'Follow-Up Assistant', serverOptions, clientOptions);
  client.onRequest(AddUserWordRequest, (params: AddUserWordParams) => addUserWord(params.word));
  return client;
}

/** "Add to user dictionary": the word goes into the user-level `followup.words` setting. */
async function addUserWord(word: string): Promise<AddUserWordResult> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const next = withWord(config.inspect<string[]>('words')?.globalValue, word);
  if (!next) return { added: true };
  try {
    await config.update('words', next, vscode.ConfigurationTarget.Global);
    return { added: true };
  } catch (error) {
    void vscode.window.showErrorMessage(`Could not add "${word}" to your followup.words setting: ${(error as Error).message}`);
    return { added: false };
  }
}
