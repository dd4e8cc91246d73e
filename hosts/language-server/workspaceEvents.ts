/**
 * Changes outside the open documents: files on disk (`.followup.json`, other drafts) and workspace
 * folders. Each re-checks the open documents, since their settings or sequence findings may change.
 * Clients without file watchers get the `.followup.json` files polled instead (configPoll.ts).
 */
import { isConfigDocument } from './configDocument';
import { ConfigFilePoll } from './configPoll';
import type { ServerContext } from './serverContext';
import { serverHost } from './serverHost';
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
        const changed = () => {
          for (const change of configs) store.invalidateConfigFile(fileOf(change.uri));
          scanDrafts(server); // its `exclude` may have changed; rechecks when done
          checks.recheckAll();
        };
        // A host without a file system of its own reads the changed files first (the browser worker).
        const reading = serverHost().readConfigFiles?.(configs.flatMap((c) => fileOf(c.uri) ?? []));
        if (reading) void reading.then(changed, (error: unknown) => server.failed('reading changed .followup.json files', error));
        else changed();
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
        scanDrafts(server);
      },
      undefined,
    ),
  );
}

/**
 * Reads the other drafts of the workspace, for the sequence rules (again: the folders or the exclude
 * settings changed), then re-checks the open documents; the first scan re-checks only when it found any.
 */
export function scanDrafts(server: ServerContext, first = false): void {
  void server.drafts.scan(server.state.workspaceFolders, server.log).then(
    (count) => {
      if (count > 0 || !first) server.checks.recheckAll();
    },
    (error: unknown) => server.failed('reading the workspace drafts', error),
  );
}

/**
 * For clients without file watchers: `.followup.json` files polled every 2 seconds until shutdown, and
 * looked up afresh whenever a document opens (a file created since the last look is found at once).
 */
export function pollConfigFiles(server: ServerContext): void {
  const { documents, store } = server;
  const poll = new ConfigFilePoll({
    openFiles: () => documents.all().flatMap((d) => fileOf(d.uri) ?? []),
    workspaceFolderOf: (file) => store.workspaceFolderOf(file),
    changed: (files) => {
      for (const file of files) store.invalidateConfigFile(file);
      scanDrafts(server); // its `exclude` may have changed; rechecks when done
    },
  });
  poll.start();
  documents.onDidOpen(() => {
    store.invalidateConfigFile();
    // The opened document's candidates are recorded now, as its settings are read: a file written before
    // the next tick is then a change, not a first sighting that the poll would only record.
    poll.tick();
  });
  server.connection.onShutdown(() => poll.stop());
}
