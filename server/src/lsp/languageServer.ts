/**
 * The language server: wires the LSP connection to the engine. Each handler is small and delegates to a
 * module (diagnostics, code actions, hover, completion, code lens, status); every handler is guarded so a
 * bug or a strange request is a log line, never a crash.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeError,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, type CheckResult } from '../engine/check';
import { formatIsoDate, type DateValue } from '../engine/dates';
import type { Settings } from '../engine/settings';
import { SourceText } from '../engine/source';
import { draftPlan, type Plan } from '../engine/timeline';
import { CONFIG_FILE_NAME } from '../node/configFile';
import { cancellable } from './cancellation';
import { followupSection, initializationSettings } from './clientSettings';
import { codeActionsFor, setSendDateWorkspaceEdit } from './codeActions';
import { ConfigFilePoll } from './configPoll';
import { DiagnosticDelivery, fullReport } from './diagnosticDelivery';
import { INVALID_REQUEST, REJECTED_METHOD, type RejectedParams } from './lifecycle';
import { configDiagnostics } from './configDiagnostics';
import { draftCodeLenses } from './codeLens';
import { frontMatterCompletions } from './completion';
import { findingToDiagnostic } from './diagnostics';
import { draftStatus } from './draftStatus';
import { dateHover } from './hover';
import {
  AddUserWordRequest,
  Commands,
  DraftStatusRequest,
  SETTINGS_SECTION,
  type AddUserWordParams,
  type AddUserWordResult,
  type DraftStatus,
  type DraftStatusParams,
  type InitializationOptions,
} from './protocol';
import { fileOf, SettingsStore } from './settingsStore';
import { spellingSuggestions } from './spellingSuggestions';
import { todayProvider } from './today';
import { UserWords } from './userWords';
import { addWordToConfigFile } from './workspaceDictionary';
import { workspaceDictionaryTarget, type DictionaryTarget } from './workspaceDictionaryTarget';
import { frontMatterOf } from './textEdits';
import { WorkspaceDrafts } from './workspaceDrafts';
import { defaultSettings } from '../engine/settings';

interface Checked {
  version: number;
  settings: Settings;
  today: string;
  result: CheckResult;
  plan: Plan | undefined;
}

const WARM_UP_DRAFT = `---
kind: thank-you
company: Example Ltd
interviewer: Sam Smith
interview_date: 2026-01-05
subject: Thank you
---

Dear Sam,

Thank you for your time today. I just wanted to say sorry, I think I could perhaps help the the team!!

Kind regards,
Alex
`;

function isConfigDocument(uri: string): boolean {
  const file = fileOf(uri);
  return !!file && path.basename(file) === CONFIG_FILE_NAME;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = (message: string) => connection.console.log(message);
  const userWords = new UserWords(undefined, (message) => log(message));
  let capabilities: ClientCapabilities = {};
  let delivery = new DiagnosticDelivery(capabilities);
  let workspaceFolders: string[] = [];
  let clientHandlesUserWords = false;
  let today: () => DateValue = () => todayProvider(undefined).today();
  /** Per document: incremented for every check started, so a check that was overtaken never publishes. */
  const generation = new Map<string, number>();
  const checked = new Map<string, Checked>();
  const drafts = new WorkspaceDrafts(defaultSettings, (file) => store.isExcluded(file));
  /** `.followup.json` files with ignored values published as diagnostics. */
  const configsWithProblems = new Set<string>();

  const store = new SettingsStore(
    {
      fetchEditorSettings: (uri) =>
        capabilities.workspace?.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }) : undefined,
      fetchFilesExclude: (uri) => (capabilities.workspace?.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'files.exclude' }) : undefined),
      openConfigText: (file) => {
        for (const doc of documents.all()) if (isConfigDocument(doc.uri) && path.resolve(fileOf(doc.uri)!) === path.resolve(file)) return doc.getText();
        return undefined;
      },
      workspaceFolders: () => workspaceFolders,
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

  // Clients that cannot watch files for the server: `.followup.json` changes on disk are polled for (configPoll.ts).
  const configPoll = new ConfigFilePoll({
    openFiles: () => documents.all().flatMap((d) => fileOf(d.uri) ?? []),
    workspaceFolderOf: (file) => store.workspaceFolderOf(file),
    changed: (files) => {
      for (const file of files) store.invalidateConfigFile(file);
      scanDrafts(); // its `exclude` may have changed; rechecks when done
    },
  });

  const failed = (name: string, error: unknown) => log(`${name} failed: ${(error as Error)?.stack ?? String(error)}`);

  /** Guards a handler: an exception becomes a log line and the fallback answer, never a crash. */
  function guard<A extends unknown[], R>(name: string, handler: (...args: A) => R, fallback: R): (...args: A) => R {
    return (...args: A) => {
      try {
        return handler(...args);
      } catch (error) {
        failed(name, error);
        return fallback;
      }
    };
  }

  function guardAsync<A extends unknown[], R>(name: string, handler: (...args: A) => Promise<R>, fallback: R): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await handler(...args);
      } catch (error) {
        failed(name, error);
        return fallback;
      }
    };
  }

  const todayKey = () => formatIsoDate(today());

  function runCheck(document: TextDocument, settings: Settings): Checked {
    const now = today();
    const file = fileOf(document.uri);
    const result = check(document.getText(), { settings, today: now, siblings: drafts.siblings(settings, now), id: file ?? document.uri });
    const plan = result.isDraft ? draftPlan(result.facts, settings, now) : undefined;
    const entry = { version: document.version, settings, today: formatIsoDate(now), result, plan };
    checked.set(document.uri, entry);
    return entry;
  }

  /** The check result for the document as it is now: the last published one when still current. */
  async function currentCheck(document: TextDocument): Promise<Checked | undefined> {
    const settings = await store.settingsFor(document.uri);
    const latest = documents.get(document.uri);
    if (!latest) return undefined;
    const cached = checked.get(latest.uri);
    if (cached && cached.version === latest.version && cached.settings === settings && cached.today === todayKey()) return cached;
    return runCheck(latest, settings);
  }

  /** Checks a document and publishes its diagnostics, unless the document changed while settings were fetched. */
  async function validate(document: TextDocument): Promise<void> {
    const { uri, version } = document;
    if (isConfigDocument(uri) || !delivery.push) return;
    const ticket = (generation.get(uri) ?? 0) + 1;
    generation.set(uri, ticket);
    const settings = await store.settingsFor(uri);
    const latest = documents.get(uri);
    // Overtaken: a newer change (or a settings change) started another check, which will publish.
    if (generation.get(uri) !== ticket || !latest || latest.version !== version) return;
    const entry = runCheck(latest, settings);
    const diagnostics: Diagnostic[] = entry.result.findings.map(findingToDiagnostic);
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  const validateSafely = (document: TextDocument) =>
    validate(document).catch((error: unknown) => log(`Checking ${document.uri} failed: ${(error as Error)?.stack ?? String(error)}`));

  /** Reads the other drafts of the workspace (again: the folders or the exclude settings changed). */
  function scanDrafts(first = false): void {
    void drafts.scan(workspaceFolders, log).then(
      (count) => {
        if (count > 0 || !first) recheckAll();
      },
      (error: unknown) => failed('reading the workspace drafts', error),
    );
  }

  function recheckAll(): void {
    for (const doc of documents.all()) void validateSafely(doc);
    if (delivery.refreshes) void Promise.resolve(connection.languages.diagnostics.refresh()).catch(() => undefined);
    if (capabilities.workspace?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  let initializeCount = 0;
  connection.onInitialize(
    guard(
      'initialize',
      (params): InitializeResult | ResponseError<InitializeError> => {
        // Also refused by the transport's lifecycle guard (lifecycle.ts); this holds however the method was spelt.
        if (initializeCount++ > 0) return new ResponseError<InitializeError>(INVALID_REQUEST, 'initialize was already received: a server is initialized once.', { retry: false });
        capabilities = params.capabilities;
        delivery = new DiagnosticDelivery(capabilities);
        const options = (params.initializationOptions ?? {}) as InitializationOptions;
        clientHandlesUserWords = options.clientHandlesUserWords === true;
        const provider = todayProvider(options.today);
        today = provider.today;
        if (provider.problem) log(provider.problem);
        const initial = initializationSettings(options);
        if (initial !== undefined) store.setPushedSettings(initial);
        const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [`file://${params.rootPath}`] : []);
        workspaceFolders = folders.map(fileOf).filter((f): f is string => !!f);
        return {
          capabilities: {
            textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
            codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
            hoverProvider: true,
            codeLensProvider: { resolveProvider: false },
            completionProvider: { triggerCharacters: [':'], resolveProvider: false },
            executeCommandProvider: { commands: Object.values(Commands) },
            workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
            diagnosticProvider: delivery.provider(),
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
        setTimeout(warmUp, 100).unref();
        // The other drafts, for the sequence rules: read in the background so the first check is not delayed.
        scanDrafts(true);
        if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
          void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
        }
        if (!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) configPoll.start();
        if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
          void connection.client
            .register(DidChangeWatchedFilesNotification.type, {
              watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.{md,markdown}' }],
            })
            .catch((error: unknown) => log(`Could not watch ${CONFIG_FILE_NAME} files: ${(error as Error).message}`));
        }
        if (capabilities.workspace?.workspaceFolders) {
          connection.workspace.onDidChangeWorkspaceFolders(
            guard(
              'workspace folders',
              (event) => {
                const removed = new Set(event.removed.map((f) => fileOf(f.uri)));
                workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...event.added.map((f) => fileOf(f.uri)).filter((f): f is string => !!f)];
                store.invalidateConfigFile();
                scanDrafts();
              },
              undefined,
            ),
          );
        }
      },
      undefined,
    ),
  );

  connection.onDidChangeConfiguration(
    guard(
      'didChangeConfiguration',
      (params) => {
        // Pushed settings, nested or flat (clientSettings.ts); a client that also answers
        // workspace/configuration has its answers win, and these are the fallback when it answers null.
        const pushed = followupSection(params.settings);
        if (pushed !== undefined) store.setPushedSettings(pushed);
        else if (!capabilities.workspace?.configuration && params.settings !== null && params.settings !== undefined) store.setPushedSettings({});
        store.invalidateEditorSettings();
        scanDrafts(); // `exclude` or files.exclude may have changed; rechecks when done
        recheckAll();
      },
      undefined,
    ),
  );

  connection.onDidChangeWatchedFiles(
    guard(
      'didChangeWatchedFiles',
      (params) => {
        const configs = params.changes.filter((c) => isConfigDocument(c.uri));
        const markdown = params.changes.filter((c) => !isConfigDocument(c.uri) && fileOf(c.uri));
        if (markdown.length) {
          // Another draft changed on disk: the sequence rules of the open drafts may change with it.
          void Promise.all(markdown.map((c) => (c.type === 3 ? drafts.forget(fileOf(c.uri)!) : drafts.readFile(fileOf(c.uri)!)))).then(
            () => recheckAll(),
            (error: unknown) => failed('reading changed drafts', error),
          );
        }
        if (!configs.length) return;
        for (const change of configs) store.invalidateConfigFile(fileOf(change.uri));
        scanDrafts(); // its `exclude` may have changed; rechecks when done
        recheckAll();
      },
      undefined,
    ),
  );

  // Documents: the adapter logs a change for a document that was never opened instead of dropping it silently.
  const documentConnection: Parameters<TextDocuments<TextDocument>['listen']>[0] = {
    onDidOpenTextDocument: (handler) => connection.onDidOpenTextDocument(guard('didOpen', handler, undefined)),
    onDidChangeTextDocument: (handler) =>
      connection.onDidChangeTextDocument(
        guard(
          'didChange',
          (params) => {
            if (!documents.get(params.textDocument.uri)) {
              log(`Ignored a change to ${params.textDocument.uri}: the document was never opened (didOpen must come first).`);
              return;
            }
            handler(params);
          },
          undefined,
        ),
      ),
    onDidCloseTextDocument: (handler) => connection.onDidCloseTextDocument(guard('didClose', handler, undefined)),
    onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument(handler),
    onWillSaveTextDocumentWaitUntil: (handler) => connection.onWillSaveTextDocumentWaitUntil(handler),
    onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument(handler),
  };

  documents.onDidChangeContent(({ document }) => {
    if (isConfigDocument(document.uri)) {
      // A `.followup.json` typed in the editor applies at once, before it is saved.
      store.invalidateConfigFile(fileOf(document.uri));
      recheckAll();
      return;
    }
    // Known to the other drafts' sequence rules at once, before its own (asynchronous) check.
    const file = fileOf(document.uri);
    if (file) drafts.setLive(file, document.getText());
    void validateSafely(document);
  });
  // Without file watchers, a `.followup.json` created since the last look is found when a document opens.
  documents.onDidOpen(() => {
    if (!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) store.invalidateConfigFile();
  });
  connection.onShutdown(() => configPoll.stop());
  documents.onDidClose(({ document }) => {
    generation.set(document.uri, (generation.get(document.uri) ?? 0) + 1);
    checked.delete(document.uri);
    store.forget(document.uri);
    const closedFile = fileOf(document.uri);
    if (closedFile) {
      drafts.closeLive(closedFile);
      void drafts.readFile(closedFile);
    }
    if (isConfigDocument(document.uri)) {
      store.invalidateConfigFile(fileOf(document.uri));
      recheckAll();
      return;
    }
    if (delivery.push) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  documents.listen(documentConnection);

  // LSP 3.17 pull diagnostics, for clients that declared them (diagnosticDelivery.ts).
  connection.languages.diagnostics.on(
    guardAsync(
      'diagnostic',
      (params, token) =>
        cancellable(token, async () => {
          const document = documents.get(params.textDocument.uri);
          if (!document || isConfigDocument(document.uri)) return fullReport([]);
          const entry = await currentCheck(document);
          return fullReport(entry ? entry.result.findings.map(findingToDiagnostic) : []);
        }, { retriggerRequest: false }),
      fullReport([]),
    ),
  );

  connection.onCodeAction(
    guardAsync(
      'codeAction',
      (params, token) => cancellable(token, async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document || !params.context.diagnostics.length) return [];
        const settings = await store.settingsFor(document.uri);
        const latest = documents.get(document.uri);
        if (!latest) return [];
        return codeActionsFor({
          document: latest,
          diagnostics: params.context.diagnostics,
          only: params.context.only,
          documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
          spelling: (word, dialect) => spellingSuggestions(word, dialect ?? settings.dialect, settings.dialect),
          workspaceDictionary: () => {
            const file = fileOf(latest.uri);
            const where = file ? dictionaryTargetOf(file) : undefined;
            return where && !where.ok ? where.reason : undefined;
          },
          disabledSupport: capabilities.textDocument?.codeAction?.disabledSupport === true,
          today: todayKey(),
        });
      }),
      [],
    ),
  );

  connection.onHover(
    guardAsync(
      'hover',
      async (params) => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return null;
        const entry = await currentCheck(document);
        if (!entry) return null;
        const source = new SourceText(document.getText());
        return dateHover({
          frontMatter: frontMatterOf(source.text),
          source,
          offset: source.offsetAt(params.position),
          plan: entry.plan,
          today: today(),
        });
      },
      null,
    ),
  );

  connection.onCodeLens(
    guardAsync(
      'codeLens',
      async (params) => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return [];
        const entry = await currentCheck(document);
        return draftCodeLenses(params.textDocument.uri, entry?.plan, today());
      },
      [],
    ),
  );

  connection.onCompletion(
    guardAsync(
      'completion',
      async (params) => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return [];
        const entry = await currentCheck(document);
        return frontMatterCompletions({
          source: new SourceText(document.getText()),
          position: params.position,
          today: today(),
          suggestedSendDate: entry?.plan?.next.suggestSendDate,
        });
      },
      [],
    ),
  );

  connection.onRequest(
    DraftStatusRequest,
    guardAsync(
      'draftStatus',
      async (params: DraftStatusParams): Promise<DraftStatus> => {
        const document = params && typeof params.uri === 'string' ? documents.get(params.uri) : undefined;
        const entry = document ? await currentCheck(document) : undefined;
        return draftStatus(entry?.result, entry?.plan, today());
      },
      { isDraft: false, label: '', detail: '' } as DraftStatus,
    ),
  );

  connection.onExecuteCommand(async (params) => {
    try {
      const args = params.arguments ?? [];
      switch (params.command) {
        case Commands.addWorkspaceWord:
          return addWorkspaceWord(String(args[0] ?? ''), String(args[1] ?? ''));
        case Commands.addUserWord:
          return await addUserWord(String(args[0] ?? ''));
        case Commands.setSendDate:
          return await setSendDate(String(args[0] ?? ''), String(args[1] ?? ''));
        default:
          return new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}`);
      }
    } catch (error) {
      const message = (error as Error).message;
      log(`${params.command} failed: ${(error as Error).stack ?? message}`);
      void connection.window.showErrorMessage(message);
      return null;
    }
  });

  function addWorkspaceWord(word: string, uri: string): { file: string; changed: boolean } | null {
    const file = fileOf(uri);
    if (!word.trim()) throw new Error('No word to add to the dictionary.');
    if (!file) throw new Error('Save the draft in a folder first: the workspace dictionary is the .followup.json beside it.');
    // The `.followup.json` that applies to the draft, so the word takes effect; else a new one at the folder root.
    const where = dictionaryTargetOf(file);
    if (!where.ok) throw new Error(`Cannot add "${word}" to the workspace dictionary: ${where.reason}`);
    const target = where.file;
    const { changed } = addWordToConfigFile(target, word.trim());
    log(changed ? `Added "${word}" to ${target}.` : `"${word}" is already in ${target}.`);
    store.invalidateConfigFile(target);
    recheckAll();
    return { file: target, changed };
  }

  function dictionaryTargetOf(file: string): DictionaryTarget {
    return workspaceDictionaryTarget(file, store.workspaceFolderOf(file), store.configFileFor(file));
  }

  async function addUserWord(word: string): Promise<{ file?: string; changed: boolean } | null> {
    if (!word.trim()) throw new Error('No word to add to the dictionary.');
    if (clientHandlesUserWords) {
      const result = await connection.sendRequest<AddUserWordResult>(AddUserWordRequest, { word: word.trim() } satisfies AddUserWordParams);
      return { changed: !!result?.added };
    }
    const changed = userWords.add(word.trim());
    log(changed ? `Added "${word}" to ${userWords.file}.` : `"${word}" is already in ${userWords.file}.`);
    store.invalidateEditorSettings();
    recheckAll();
    return { file: userWords.file, changed };
  }

  async function setSendDate(uri: string, date: string): Promise<{ applied: boolean }> {
    const document = documents.get(uri);
    if (!document) throw new Error('Open the draft to set its send_date.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`"${date}" is not a date in the form YYYY-MM-DD.`);
    const edit = setSendDateWorkspaceEdit(document, date, capabilities.workspace?.workspaceEdit?.documentChanges === true);
    if (!edit) throw new Error('This file has no closed front matter to add send_date to.');
    const result = await connection.workspace.applyEdit({ label: `Set send_date to ${date}`, edit });
    // A client may answer null (or nothing): the edit was not applied.
    return { applied: result?.applied === true };
  }

  /**
   * Loads the dictionary and compiles the rules (and their regexes) with a check nobody sees, so that a
   * draft opened later gets its first diagnostics in about 40 ms instead of 170. Skipped when a document
   * is open by then: its own check did the same work.
   */
  function warmUp(): void {
    if (documents.all().length) return;
    try {
      check(WARM_UP_DRAFT, { settings: defaultSettings(), today: today() });
    } catch (error) {
      failed('warming up', error);
    }
  }

  process.on('uncaughtException', (error) => log(`Unexpected error (the server keeps running): ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => log(`Unexpected error (the server keeps running): ${(reason as Error)?.stack ?? String(reason)}`));

  connection.listen();
}
