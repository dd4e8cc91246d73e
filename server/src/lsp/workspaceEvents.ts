/**
 * Changes outside the open documents: files on disk (`.followup.json`, other drafts) and workspace
 * folders. Each re-checks the open documents, since their settings or sequence findings may change.
 */
import { isConfigDocument } from './configDocument';
import type { ServerContext } from './serverContext';
import { fileOf } from './settingsStore';

/** `workspace/didChangeWatchedFiles`: another draft changed on disk, or a `.followup.json` did. */
export function registerWatchedFiles(server: ServerContext): void {
  const { drafts, store, checks } = server;
  server.connection.onDidChangeWatchedFiles(
    server.guard(
      'didChangeWatchedFiles',
      (params) => {
        const configs = params.changes.filter((c) => isConfigDocument(c.uri));
        const markdown = params.changes.filter((c) => !isConfigDocument(c.uri) && fileOf(c.uri));
        if (markdown.length) {
          // Another draft changed on disk: the sequence rules of the open drafts may change with it.
          void Promise.all(markdown.map((c) => (c.type === 3 ? drafts.forget(fileOf(c.uri)!) : drafts.readFile(fileOf(c.uri)!)))).then(
            () => checks.recheckAll(),
            (error: unknown) => server.failed('reading changed drafts', error),
          );
        }
        if (!configs.length) return;
        for (const change of configs) store.invalidateConfigFile(fileOf(change.uri));
        checks.recheckAll();
      },
      undefined,
    ),
  );
}

/** `workspace/didChangeWorkspaceFolders` (asked for once initialized, when the client supports it). */
export function watchWorkspaceFolders(server: ServerContext): void {
  const { state } = server;
  server.connection.workspace.onDidChangeWorkspaceFolders(
    server.guard(
      'workspace folders',
      (event) => {
        const removed = new Set(event.removed.map((f) => fileOf(f.uri)));
        state.workspaceFolders = [...state.workspaceFolders.filter((f) => !removed.has(f)), ...event.added.map((f) => fileOf(f.uri)).filter((f): f is string => !!f)];
        server.store.invalidateConfigFile();
        server.checks.recheckAll();
      },
      undefined,
    ),
  );
}
