/**
 * Keeps the settings store in step with the editor: it pulls the `followup` section per document (or takes
 * what a client without `workspace/configuration` pushes), reads an open `.followup.json` from the editor
 * before the disk, publishes the ignored values of a `.followup.json` as its diagnostics, and re-checks
 * every document when the editor's settings change.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { configDiagnostics } from './configDiagnostics';
import { isConfigDocument } from './configDocument';
import { SETTINGS_SECTION } from './protocol';
import type { ServerContext, ServerState } from './serverContext';
import { fileOf, SettingsStore } from './settingsStore';
import type { UserWords } from './userWords';

export function createSettingsStore(
  host: { connection: Connection; documents: TextDocuments<TextDocument>; state: ServerState; log(message: string): void },
  userWords: UserWords,
): SettingsStore {
  const { connection, documents, state, log } = host;
  /** `.followup.json` files with ignored values published as diagnostics. */
  const configsWithProblems = new Set<string>();
  return new SettingsStore(
    {
      fetchEditorSettings: (uri) =>
        state.capabilities.workspace?.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }) : undefined,
      openConfigText: (file) => {
        for (const doc of documents.all()) if (isConfigDocument(doc.uri) && path.resolve(fileOf(doc.uri)!) === path.resolve(file)) return doc.getText();
        return undefined;
      },
      workspaceFolders: () => state.workspaceFolders,
      log,
      warn: (message) => {
        log(message);
        void connection.window.showWarningMessage(message);
      },
      configProblems: (file, text, problems) => {
        // Published when there are problems, and once more (empty) when they are gone; a good file gets nothing.
        const uri = pathToFileURL(file).href;
        if (!problems.length && !configsWithProblems.delete(uri)) return;
        if (problems.length) configsWithProblems.add(uri);
        void connection.sendDiagnostics({ uri, diagnostics: configDiagnostics(text, problems) });
      },
    },
    userWords,
  );
}

/** `workspace/didChangeConfiguration`: the pushed settings (clients without pull), then every document again. */
export function registerSettingsChanges(server: ServerContext): void {
  server.connection.onDidChangeConfiguration(
    server.guard(
      'didChangeConfiguration',
      (params) => {
        if (!server.state.capabilities.workspace?.configuration) {
          const value = (params.settings as Record<string, unknown> | null)?.[SETTINGS_SECTION];
          server.store.setPushedSettings(value ?? {});
        }
        server.store.invalidateEditorSettings();
        server.checks.recheckAll();
      },
      undefined,
    ),
  );
}
