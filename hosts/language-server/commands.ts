/**
 * `workspace/executeCommand`: the commands the quick fixes and code lenses run. A failing command is
 * shown to the user (it was their click) and logged; an unknown one is an InvalidParams error.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { setSendDateWorkspaceEdit } from './codeActions';
import { addUserWord, addWorkspaceWord } from './dictionaries';
import { Commands } from './protocol';
import type { ServerContext } from './serverContext';

export function registerCommands(server: ServerContext): void {
  const { connection } = server;
  connection.onExecuteCommand(async (params) => {
    try {
      const args = params.arguments ?? [];
      switch (params.command) {
        case Commands.addWorkspaceWord:
          return await addWorkspaceWord(server, String(args[0] ?? ''), String(args[1] ?? ''));
        case Commands.addUserWord:
          return await addUserWord(server, String(args[0] ?? ''));
        case Commands.setSendDate:
          return await setSendDate(server, String(args[0] ?? ''), String(args[1] ?? ''));
        default:
          return new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}`);
      }
    } catch (error) {
      const message = (error as Error).message;
      server.log(`${params.command} failed: ${(error as Error).stack ?? message}`);
      void connection.window.showErrorMessage(message);
      return null;
    }
  });
}

async function setSendDate(server: ServerContext, uri: string, date: string): Promise<{ applied: boolean }> {
  const document = server.documents.get(uri);
  if (!document) throw new Error('Open the draft to set its send_date.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`"${date}" is not a date in the form YYYY-MM-DD.`);
  const edit = setSendDateWorkspaceEdit(document, date, server.state.capabilities.workspace?.workspaceEdit?.documentChanges === true);
  if (!edit) throw new Error('This file has no closed front matter to add send_date to.');
  const result = await server.connection.workspace.applyEdit({ label: `Set send_date to ${date}`, edit });
  // A client may answer null (or nothing): the edit was not applied.
  return { applied: result?.applied === true };
}
