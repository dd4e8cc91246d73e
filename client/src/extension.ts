/** The VS Code extension: starts the language client, registers the commands and the status bar item. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NEW_DRAFT_COMMANDS, PLAN_COMMAND } from './commandTable';
import { newDraftCommand } from './commands/newDraft';
import { planFollowUpsCommand } from './commands/planFollowUps';
import { createLanguageClient } from './languageClient';
import { createDraftStatusBar } from './statusBar';

let client: LanguageClient | undefined;

/** Every command, by id, from the one table. */
function commandHandlers(): Array<[string, (arg?: unknown) => unknown]> {
  return [...NEW_DRAFT_COMMANDS.map((c) => [c.id, newDraftCommand(c)] as [string, (arg?: unknown) => unknown]), [PLAN_COMMAND.id, planFollowUpsCommand()]];
}

export function activate(context: vscode.ExtensionContext): void {
  for (const [id, handler] of commandHandlers()) context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  client = createLanguageClient(context);
  const ready = client.start();
  ready.catch((error: unknown) => {
    void vscode.window.showErrorMessage(`The Follow-Up language server did not start: ${(error as Error).message ?? error}`);
  });
  context.subscriptions.push(createDraftStatusBar(client, ready));
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
