/**
 * Activation shared by the desktop (hosts/vscode/extension.ts) and the browser (hosts/vscode/browserExtension.ts)
 * extension: the commands, the Follow-Ups view, the status bar and the language client, which each
 * platform creates its own way.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { COPY_AS_EMAIL_COMMAND, MARK_AS_SENT_COMMAND, NEW_DRAFT_COMMANDS, OPEN_IN_MAIL_CLIENT_COMMAND, PLAN_COMMAND } from './commandTable';
import { copyAsEmailCommand } from './commands/copyAsEmail';
import { markAsSentCommand } from './commands/markAsSent';
import { newDraftCommand } from './commands/newDraft';
import { openInMailClientCommand } from './commands/openInMailClient';
import { planFollowUpsCommand } from './commands/planFollowUps';
import { createFollowUpsView, type FollowUpsApi, type FollowUpsProvider } from './followUpsView';
import { connectUserDictionary } from './languageClientOptions';
import { createDraftStatusBar } from './statusBar';
import type { UserDictionary } from './userDictionary';

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

/** The running language client, for `deactivateExtension`. */
let client: BaseLanguageClient | undefined;

/**
 * Registers everything. `createClient` creates the platform's language client (not started); the shared
 * handlers are added to it before it starts here.
 */
export function activateExtension(
  context: vscode.ExtensionContext,
  userDictionary: UserDictionary,
  createClient: () => Promise<BaseLanguageClient>,
): FollowUpAssistantApi {
  const followUps = createFollowUpsView();
  context.subscriptions.push(followUps.disposable);
  for (const [id, handler] of commandHandlers(followUps.provider)) context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  const running = createClient().then(async (created) => {
    client = created;
    connectUserDictionary(created, userDictionary);
    await created.start();
    return created;
  });
  running.catch((error: unknown) => {
    void vscode.window.showErrorMessage(`The Follow-Up language server did not start: ${(error as Error).message ?? error}`);
  });
  context.subscriptions.push(createDraftStatusBar(running));
  return { followUps: followUps.provider.api };
}

/** Stops the language client (package.json's `deactivate` of both entries). */
export function deactivateExtension(): Thenable<void> | undefined {
  return client?.stop();
}
