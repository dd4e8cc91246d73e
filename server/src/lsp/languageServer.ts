/**
 * The language server: wires the LSP connection to the engine. Each handler is small and delegates to a
 * module (diagnostics, code actions, hover, completion, code lens, status); every handler is guarded so a
 * bug or a strange request is a log line, never a crash.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeError,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../node/configFile';
import { DocumentChecks } from './documentChecks';
import { registerCodeActions } from './codeActions';
import { INVALID_REQUEST, REJECTED_METHOD, type RejectedParams } from './lifecycle';
import { registerCodeLens } from './codeLens';
import { registerCompletion } from './completion';
import { registerCommands } from './commands';
import { handlerGuards } from './handlerGuards';
import type { ServerContext, ServerState } from './serverContext';
import { registerDocumentEvents } from './documentEvents';
import { registerDraftStatus } from './draftStatus';
import { registerHover } from './hover';
import {
  Commands,
  SETTINGS_SECTION,
  type InitializationOptions,
} from './protocol';
import { fileOf } from './settingsStore';
import { todayProvider } from './today';
import { createSettingsStore, registerSettingsChanges } from './settingsSync';
import { UserWords } from './userWords';
import { warmUp } from './warmUp';
import { WorkspaceDrafts } from './workspaceDrafts';
import { registerWatchedFiles, watchWorkspaceFolders } from './workspaceEvents';
import { defaultSettings } from '../engine/settings';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = (message: string) => connection.console.log(message);
  const userWords = new UserWords(undefined, (message) => log(message));
  const state: ServerState = { capabilities: {}, workspaceFolders: [], clientHandlesUserWords: false, today: () => todayProvider(undefined).today() };
  const today = () => state.today();
  const drafts = new WorkspaceDrafts(defaultSettings);
  const store = createSettingsStore({ connection, documents, state, log }, userWords);

  const checks = new DocumentChecks({
    document: (uri) => documents.get(uri),
    allDocuments: () => documents.all(),
    settingsFor: (uri) => store.settingsFor(uri),
    siblings: (settings, now) => drafts.siblings(settings, now),
    today: () => today(),
    publish: (params) => void connection.sendDiagnostics(params),
    refreshCodeLenses: () => {
      if (state.capabilities.workspace?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    },
    log,
  });
  const recheckAll = () => checks.recheckAll();
  const guards = handlerGuards(log);
  const { failed, guard } = guards;
  const server: ServerContext = { connection, documents, state, store, checks, drafts, userWords, log, ...guards };

  let initializeCount = 0;
  connection.onInitialize(
    guard(
      'initialize',
      (params): InitializeResult | ResponseError<InitializeError> => {
        // Also refused by the transport's lifecycle guard (lifecycle.ts); this holds however the method was spelt.
        if (initializeCount++ > 0) return new ResponseError<InitializeError>(INVALID_REQUEST, 'initialize was already received: a server is initialized once.', { retry: false });
        state.capabilities = params.capabilities;
        const options = (params.initializationOptions ?? {}) as InitializationOptions;
        state.clientHandlesUserWords = options.clientHandlesUserWords === true;
        const provider = todayProvider(options.today);
        state.today = provider.today;
        if (provider.problem) log(provider.problem);
        if (options.settings !== undefined) store.setPushedSettings(options.settings);
        const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [`file://${params.rootPath}`] : []);
        state.workspaceFolders = folders.map(fileOf).filter((f): f is string => !!f);
        return {
          capabilities: {
            textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
            codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
            hoverProvider: true,
            codeLensProvider: { resolveProvider: false },
            completionProvider: { triggerCharacters: [':'], resolveProvider: false },
            executeCommandProvider: { commands: Object.values(Commands) },
            workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
          },
          serverInfo: { name: 'followup-language-server', version: process.env.FOLLOWUP_VERSION ?? 'dev' },
        };
      },
      { capabilities: {} },
    ),
  );

  // The answer to a request that broke the lifecycle (rewritten by lifecycle.ts): its error, nothing done.
  connection.onRequest(REJECTED_METHOD, (params: RejectedParams) => new ResponseError(params?.code ?? -32600, String(params?.message ?? 'rejected')));

  connection.onInitialized(
    guard(
      'initialized',
      () => {
        // A little later, when the editor has not opened a document with the server (which checks it at once).
        setTimeout(() => warmUp({ anyDocumentOpen: () => documents.all().length > 0, today: () => today(), failed }), 100).unref();
        // The other drafts, for the sequence rules: read in the background so the first check is not delayed.
        void drafts.scan(state.workspaceFolders, log).then(
          (count) => {
            if (count > 0) recheckAll();
          },
          (error: unknown) => failed('reading the workspace drafts', error),
        );
        if (state.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
          void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
        }
        if (state.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
          void connection.client
            .register(DidChangeWatchedFilesNotification.type, {
              watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.{md,markdown}' }],
            })
            .catch((error: unknown) => log(`Could not watch ${CONFIG_FILE_NAME} files: ${(error as Error).message}`));
        }
        if (state.capabilities.workspace?.workspaceFolders) {
          watchWorkspaceFolders(server);
        }
      },
      undefined,
    ),
  );

  registerSettingsChanges(server);

  registerWatchedFiles(server);
  registerDocumentEvents(server);

  registerCodeActions(server);
  registerHover(server);
  registerCodeLens(server);
  registerCompletion(server);
  registerDraftStatus(server);
  registerCommands(server);

  process.on('uncaughtException', (error) => log(`Unexpected error (the server keeps running): ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => log(`Unexpected error (the server keeps running): ${(reason as Error)?.stack ?? String(reason)}`));

  connection.listen();
}
