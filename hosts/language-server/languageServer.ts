/**
 * The language server's main file: builds the shared services (settings, checks, workspace drafts, user
 * words) over one connection and lets each handler module register itself. What a handler does is in its
 * module (initialization, settingsSync, documentEvents, workspaceEvents, pullDiagnostics, codeActions, hover,
 * codeLens, completion, draftStatus, commands); every handler is guarded so a bug or a strange request is a log line,
 * never a crash.
 */
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings } from '../../packages/engine/settings';
import { registerCodeActions } from './codeActions';
import { registerCodeLens } from './codeLens';
import { registerCommands } from './commands';
import { registerCompletion } from './completion';
import { DiagnosticDelivery } from './diagnosticDelivery';
import { DocumentChecks } from './documentChecks';
import { registerDocumentEvents } from './documentEvents';
import { registerDraftStatus } from './draftStatus';
import { handlerGuards } from './handlerGuards';
import { registerHover } from './hover';
import { registerInitialization } from './initialization';
import { registerPullDiagnostics } from './pullDiagnostics';
import type { ServerContext, ServerState } from './serverContext';
import { useServerHost, type ServerHost } from './serverHost';
import { createSettingsStore, registerSettingsChanges } from './settingsSync';
import { todayProvider } from './today';
import { WorkspaceDrafts } from './workspaceDrafts';
import { registerWatchedFiles } from './workspaceEvents';

/** Serves the protocol on `connection`, with the platform's files and check runner from `host`. */
export function startServer(connection: Connection, host: ServerHost): void {
  useServerHost(host);
  const documents = new TextDocuments(TextDocument);
  const log = (message: string) => connection.console.log(message);
  const userWords = host.userWords((message) => log(message));
  const state: ServerState = {
    capabilities: {},
    delivery: new DiagnosticDelivery({}),
    workspaceFolders: [],
    clientHandlesUserWords: false,
    today: () => todayProvider(undefined).today(),
  };
  const store = createSettingsStore({ connection, documents, state, log }, userWords);
  // Checks run off this thread with a time limit, so requests are answered meanwhile. The worker starts
  // now and warms up (loads the dictionary, compiles the rules) before its first check.
  const runner = host.checkRunner(log);
  runner.warm?.();
  // The scan of the other drafts leaves out what the `exclude` settings name.
  const drafts = new WorkspaceDrafts(defaultSettings, (file) => store.isExcluded(file));
  const checks = new DocumentChecks({
    runner,
    document: (uri) => documents.get(uri),
    allDocuments: () => documents.all(),
    settingsFor: (uri) => store.settingsFor(uri),
    siblings: (settings, now, except) => drafts.siblings(settings, now, except),
    today: () => state.today(),
    pushes: () => state.delivery.push,
    publish: (params) => void connection.sendDiagnostics(params),
    refreshViews: () => {
      if (state.delivery.refreshes) void Promise.resolve(connection.languages.diagnostics.refresh()).catch(() => undefined);
      if (state.capabilities.workspace?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    },
    log,
  });
  const server: ServerContext = { connection, documents, state, store, checks, drafts, userWords, log, ...handlerGuards(log) };

  registerInitialization(server);
  registerSettingsChanges(server);
  registerWatchedFiles(server);
  registerDocumentEvents(server);
  registerPullDiagnostics(server);
  registerCodeActions(server);
  registerHover(server);
  registerCodeLens(server);
  registerCompletion(server);
  registerDraftStatus(server);
  registerCommands(server);

  // On Node; a browser worker has no `process` (its uncaught errors go to the worker's console).
  if (typeof process !== 'undefined' && typeof process.on === 'function') {
    process.on('uncaughtException', (error) => log(`Unexpected error (the server keeps running): ${error.stack ?? error.message}`));
    process.on('unhandledRejection', (reason) => log(`Unexpected error (the server keeps running): ${(reason as Error)?.stack ?? String(reason)}`));
  }

  connection.listen();
}
