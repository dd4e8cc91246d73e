/**
 * Keeps the settings store in step with the editor: it pulls the `followup` section per document (or takes
 * what a client pushes, nested or flat: clientSettings.ts), asks for `files.exclude`, reads an open `.followup.json` from the editor
 * before the disk, publishes the ignored values of a `.followup.json` as its diagnostics, and re-checks
 * every document (after scanning the other drafts again) when the editor's settings change.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { followupSection } from './clientSettings';
import { configDiagnostics } from './configDiagnostics';
import { isConfigDocument } from './configDocument';
import { SETTINGS_SECTION } from './protocol';
import { serverHost } from './serverHost';
import type { ServerContext, ServerState } from './serverContext';
import { fileOf, SettingsStore } from './settingsStore';
import type { UserWordsSource } from './userWords';
import { scanDrafts } from './workspaceEvents';

export function createSettingsStore(
  host: { connection: Connection; documents: TextDocuments<TextDocument>; state: ServerState; log(message: string): void },
  userWords: UserWordsSource,
): SettingsStore {
  const { connection, documents, state, log } = host;
  /** `.followup.json` files with ignored values published as diagnostics. */
  const configsWithProblems = new Set<string>();
  return new SettingsStore(
    {
      fetchEditorSettings: (uri) =>
        state.capabilities.workspace?.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }) : undefined,
      fetchFilesExclude: (uri) =>
        state.capabilities.workspace?.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'files.exclude' }) : undefined,
      openConfigText: (file) => {
        const path = serverHost().paths;
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
        const uri = serverHost().uriOf(file);
        if (!problems.length && !configsWithProblems.delete(uri)) return;
        if (problems.length) configsWithProblems.add(uri);
        void connection.sendDiagnostics({ uri, diagnostics: configDiagnostics(text, problems) });
      },
    },
    userWords,
  );
}

/** `workspace/didChangeConfiguration`: the pushed settings, then the other drafts and every document again. */
export function registerSettingsChanges(server: ServerContext): void {
  server.connection.onDidChangeConfiguration(
    server.guard(
      'didChangeConfiguration',
      (params) => {
        // Pushed settings, nested or flat (clientSettings.ts); a client that also answers
        // workspace/configuration has its answers win, and these are the fallback when it answers null.
        const pushed = followupSection(params.settings);
        if (pushed !== undefined) server.store.setPushedSettings(pushed);
        else if (!server.state.capabilities.workspace?.configuration && params.settings !== null && params.settings !== undefined) server.store.setPushedSettings({});
        server.store.invalidateEditorSettings();
        scanDrafts(server); // `exclude` or files.exclude may have changed; rechecks when done
        server.checks.recheckAll();
      },
      undefined,
    ),
  );
}
