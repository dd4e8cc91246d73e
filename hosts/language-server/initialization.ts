/**
 * The server's lifecycle handlers: `initialize` (the client's capabilities and options with its settings,
 * pushed or pulled diagnostics, the folders, the server's capabilities), the answer to a request that broke
 * the lifecycle (before `initialize`, a second one, after `shutdown`: lifecycle.ts), and `initialized`
 * (warm-up, the workspace drafts read in the background, the notifications registered dynamically, or the
 * `.followup.json` poll for clients that cannot watch files).
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ResponseError,
  TextDocumentSyncKind,
  type InitializeError,
  type InitializeResult,
} from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../../packages/engine/configText';
import { initializationSettings } from './clientSettings';
import { DiagnosticDelivery } from './diagnosticDelivery';
import { INVALID_REQUEST, REJECTED_METHOD, type RejectedParams } from './lifecycle';
import { Commands, SETTINGS_SECTION, type InitializationOptions } from './protocol';
import type { ServerContext } from './serverContext';
import { serverHost } from './serverHost';
import { fileOf } from './settingsStore';
import { todayProvider } from './today';
import { pollConfigFiles, scanDrafts, watchWorkspaceFolders } from './workspaceEvents';

export function registerInitialization(server: ServerContext): void {
  const { connection, documents, state, store, guard, failed, log } = server;
  let initializeCount = 0;
  connection.onInitialize(
    guard(
      'initialize',
      (params): InitializeResult | ResponseError<InitializeError> => {
        // Also refused by the transport's lifecycle guard (lifecycle.ts); this holds however the method was spelt.
        if (initializeCount++ > 0) return new ResponseError<InitializeError>(INVALID_REQUEST, 'initialize was already received: a server is initialized once.', { retry: false });
        state.capabilities = params.capabilities;
        state.delivery = new DiagnosticDelivery(params.capabilities);
        const options = (params.initializationOptions ?? {}) as InitializationOptions;
        state.clientHandlesUserWords = options.clientHandlesUserWords === true;
        const provider = todayProvider(options.today);
        state.today = provider.today;
        if (provider.problem) log(provider.problem);
        // Nested or flat, under `settings` or not (clientSettings.ts).
        const initial = initializationSettings(options);
        if (initial !== undefined) store.setPushedSettings(initial);
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
            diagnosticProvider: state.delivery.provider(),
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
        // A host without a file system of its own reads the workspace's `.followup.json` files first (the
        // browser worker); the open documents are checked again with them.
        const readingConfigs = serverHost().readConfigFiles?.();
        if (readingConfigs) {
          void readingConfigs.then(
            () => {
              server.store.invalidateConfigFile();
              scanDrafts(server); // rechecks when done
            },
            (error: unknown) => server.failed('reading the .followup.json files', error),
          );
        }
        // The other drafts, for the sequence rules: read in the background so the first check is not delayed.
        else scanDrafts(server, true);
        if (state.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
          void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
        }
        // Clients that cannot watch files for the server: `.followup.json` changes on disk are polled for.
        if (!state.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) pollConfigFiles(server);
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
}
