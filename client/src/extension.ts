/** The VS Code extension: starts the language client, registers the commands, the status bar item and the Follow-Ups view. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COPY_AS_EMAIL_COMMAND, MARK_AS_SENT_COMMAND, NEW_DRAFT_COMMANDS, OPEN_IN_MAIL_CLIENT_COMMAND, PLAN_COMMAND } from './commandTable';
import { copyAsEmailCommand } from './commands/copyAsEmail';
import { markAsSentCommand } from './commands/markAsSent';
import { newDraftCommand } from './commands/newDraft';
import { openInMailClientCommand } from './commands/openInMailClient';
import { planFollowUpsCommand } from './commands/planFollowUps';
import { createFollowUpsView, type FollowUpsApi, type FollowUpsProvider } from './followUpsView';
import { createLanguageClient } from './languageClient';
import { createDraftStatusBar } from './statusBar';

let client: LanguageClient | undefined;

/** What the extension gives other extensions and end-to-end tests: the Follow-Ups view's items. */
export interface FollowUpAssistantApi {
  followUps: FollowUpsApi;
}

/** Every command, by id, from the one table. */
function commandHandlers(followUps: FollowUpsProvider): Array<[string, (arg?: unknown) => unknown]> {
  return [
    ...NEW_DRAFT_COMMANDS.map((c) => [c.id, newDraftCommand(c)] as [string, (arg?: unknown) => unknown]),
    [PLAN_COMMAND.id, planFollowUpsCommand()],
    [MARK_AS_SENT_COMMAND.id, markAsSentCommand((uri) => followUps.invalidate(uri))],
    [COPY_AS_EMAIL_COMMAND.id, copyAsEmailCommand()],
    [OPEN_IN_MAIL_CLIENT_COMMAND.id, openInMailClientCommand()],
  ];
}

export function activate(context: vscode.ExtensionContext): FollowUpAssistantApi {
  const followUps = createFollowUpsView();
  context.subscriptions.push(followUps.disposable);
  for (const [id, handler] of commandHandlers(followUps.provider)) context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  client = createLanguageClient(context);
  const ready = client.start();
  ready.catch((error: unknown) => {
    void vscode.window.showErrorMessage(`The Follow-Up language server did not start: ${(error as Error).message ?? error}`);
  });
  context.subscriptions.push(createDraftStatusBar(client, ready));
  return { followUps: followUps.provider.api };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
