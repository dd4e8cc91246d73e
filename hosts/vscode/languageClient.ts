/** The desktop language client: the bundled server `dist/server.js` over IPC, for local and untitled Markdown files. */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { languageClientOptions } from './languageClientOptions';
import type { UserDictionary } from './userDictionary';

export function createLanguageClient(context: vscode.ExtensionContext, userDictionary: UserDictionary): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const selector = [
    { scheme: 'file', language: 'markdown' },
    { scheme: 'untitled', language: 'markdown' },
  ];
  return new LanguageClient('followup', 'Follow-Up Assistant', serverOptions, languageClientOptions(selector, userDictionary));
}
