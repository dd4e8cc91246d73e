/**
 * A small LSP client for protocol tests: starts the BUILT server (`node dist/server.js --stdio`) as a child
 * process in a temporary home, speaks real JSON-RPC over its stdio, keeps the client's copy of each open
 * document, applies the server's workspace edits like an editor would, and records every notification so a
 * test can wait for the event it needs. Every wait has a timeout; nothing sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = path.join(__dirname, '..', '..');
/** The built server: the snapshot of dist/ made by the globalSetup (buildOnce.ts), else dist/ itself. */
export const SERVER = process.env.FOLLOWUP_TEST_SERVER ?? path.join(ROOT, 'dist', 'server.js');
const WAIT_MS = 10_000;

export interface Published extends PublishDiagnosticsParams {
  /** The client's latest version of the document when the notification arrived. */
  clientVersionAtArrival?: number;
}

export interface ClientOptions {
  /** Files to create in the workspace folder: relative path → text. */
  files?: Record<string, string>;
  today?: string;
  /** The `followup` editor settings the client answers workspace/configuration with. */
  settings?: unknown;
  capabilities?: ClientCapabilities;
  initializationOptions?: Record<string, unknown>;
  /** Extra arguments for node before the server script, e.g. `['--require', guard]`. */
  nodeArgs?: string[];
  /** Share another client's home (its workspace and words file): two editor windows on one folder. Not removed on stop. */
  home?: string;
  /** The workspace folder to announce, when not `<home>/workspace` (e.g. a folder elsewhere, or none: `null`). */
  workspaceFolder?: string | null;
}

const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
    applyEdit: true,
    codeLens: { refreshSupport: false },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, relatedInformation: false, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
  },
};

export class LspClient {
  readonly workspace: string;
  readonly home: string;
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly published: Published[] = [];
  readonly logs: string[] = [];
  readonly shownMessages: string[] = [];
  readonly registrations: string[] = [];
  readonly configurationRequests: string[] = [];
  readonly addUserWordRequests: string[] = [];
  readonly stderr: string[] = [];
  /** The editor settings returned for workspace/configuration; replace it, then notify didChangeConfiguration. */
  settings: unknown;
  /** Other sections the client answers workspace/configuration with, e.g. `files.exclude`. */
  readonly sections: Record<string, unknown> = {};
  /** When set, workspace/configuration answers wait for this promise (to hold the server mid-check). */
  configurationGate: Promise<void> | undefined;
  /** The server's answer to initialize (its capabilities). */
  initializeResult: { capabilities: Record<string, unknown> } | undefined;
  private readonly docs = new Map<string, TextDocument>();
  private readonly listeners = new Set<() => void>();
  private exited: Promise<number | null>;
  private readonly ownsHome: boolean;
  /** The folder announced in initialize (null: none). */
  readonly workspaceFolder: string | null;

  private constructor(options: ClientOptions) {
    this.ownsHome = !options.home;
    this.home = options.home ?? fs.mkdtempSync(path.join(os.tmpdir(), 'followup-lsp-'));
    this.workspace = path.join(this.home, 'workspace');
    this.workspaceFolder = options.workspaceFolder === undefined ? this.workspace : options.workspaceFolder;
    fs.mkdirSync(this.workspace, { recursive: true });
    for (const [name, text] of Object.entries(options.files ?? {})) this.writeFile(name, text);
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], {
      cwd: this.workspace,
      env: {
        PATH: process.env.PATH,
        HOME: this.home,
        XDG_CONFIG_HOME: path.join(this.home, 'config'),
        ...(options.today ? { FOLLOWUP_TODAY: options.today } : {}),
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) =>
      this.process.on('exit', (code) => {
        resolve(code);
        this.fire();
      }),
    );
    this.process.stderr!.on('data', (d) => (this.stderr.push(String(d)), this.fire()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push({ ...params, clientVersionAtArrival: this.docs.get(params.uri)?.version });
      this.fire();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => (this.logs.push(p.message), this.fire()));
    this.connection.onNotification('window/showMessage', (p: { message: string }) => (this.shownMessages.push(p.message), this.fire()));
    this.connection.onRequest('window/showMessageRequest', (p: { message: string }) => (this.shownMessages.push(p.message), this.fire(), null));
    this.connection.onRequest('client/registerCapability', (p: { registrations: Array<{ method: string }> }) => {
      this.registrations.push(...p.registrations.map((r) => r.method));
      this.fire();
      return null;
    });
    this.connection.onRequest('workspace/configuration', async (p: { items: Array<{ scopeUri?: string; section?: string }> }) => {
      this.configurationRequests.push(...p.items.map((i) => i.scopeUri ?? ''));
      this.fire();
      if (this.configurationGate) await this.configurationGate;
      return p.items.map((i) => (i.section === 'followup' ? this.settings : (this.sections[i.section ?? ''] ?? null)));
    });
    this.connection.onRequest('workspace/applyEdit', async (p: { edit: WorkspaceEdit }) => {
      await this.applyWorkspaceEdit(p.edit);
      return { applied: true };
    });
    this.connection.onRequest('followup/addUserWord', (p: { word: string }) => {
      this.addUserWordRequests.push(p.word);
      this.fire();
      return { added: true };
    });
    this.connection.listen();
  }

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    const client = new LspClient(options);
    const folder = client.workspaceFolder;
    client.initializeResult = await client.request('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'workspace' }] : null,
      capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
      initializationOptions: options.initializationOptions ?? {},
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  uri(name: string): string {
    return pathToFileURL(path.join(this.workspace, name)).href;
  }

  writeFile(name: string, text: string): string {
    const file = path.join(this.workspace, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  }

  readFile(name: string): string | undefined {
    const file = path.join(this.workspace, name);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.docs.get(uri)!.version;
  }

  private fire(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Resolves with the first value `probe` returns (checked now and after every event), or fails after a timeout. */
  waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = WAIT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.process.exitCode !== null || this.process.signalCode !== null) {
          cleanup();
          reject(new Error(`The server exited (${this.process.exitCode ?? this.process.signalCode}) while waiting for ${what}:\n${this.stderr.join('')}`));
          return;
        }
        const value = probe();
        if (value !== undefined && value !== false) {
          cleanup();
          resolve(value as T);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Server log:\n${this.logs.join('\n')}\n${this.stderr.join('')}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  /** The diagnostics published for `uri` at `version` (waits for them). */
  diagnosticsFor(uri: string, version = this.version(uri), after = 0): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics for ${uri} version ${version}`, () =>
      this.published.slice(after).find((p) => p.uri === uri && p.version === version)?.diagnostics,
    );
  }

  async open(name: string, text: string, languageId = 'markdown'): Promise<string> {
    const uri = this.uri(name);
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Sends one incremental change (ranges in the current text) and updates the client's copy. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.docs.get(uri)!;
    const next = TextDocument.update(TextDocument.create(uri, doc.languageId, doc.version, doc.getText()), changes, doc.version + 1);
    this.docs.set(uri, next);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: changes });
    return next.version;
  }

  /** An incremental change that replaces `find` (its first occurrence) with `replace`. */
  async replace(uri: string, find: string, replace: string): Promise<number> {
    const doc = this.docs.get(uri)!;
    const at = doc.getText().indexOf(find);
    if (at < 0) throw new Error(`"${find}" is not in ${uri}`);
    return this.change(uri, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + find.length) }, text: replace }]);
  }

  /** Applies a WorkspaceEdit as an editor does: open documents get a didChange, other files are written. */
  async applyWorkspaceEdit(edit: WorkspaceEdit): Promise<void> {
    const perUri: Array<[string, TextEdit[], number | null | undefined]> = [];
    for (const change of edit.documentChanges ?? []) {
      if (!('textDocument' in change)) throw new Error('resource operations are not expected');
      perUri.push([change.textDocument.uri, change.edits as TextEdit[], change.textDocument.version]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) perUri.push([uri, edits, undefined]);
    for (const [uri, edits, version] of perUri) {
      const doc = this.docs.get(uri);
      if (doc) {
        if (version !== undefined && version !== null && version !== doc.version) {
          throw new Error(`edit for version ${version} of ${uri}, but the document is at version ${doc.version}`);
        }
        const text = TextDocument.applyEdits(doc, edits);
        await this.change(uri, [{ text }]);
      } else {
        const file = new URL(uri).pathname;
        const text = TextDocument.applyEdits(TextDocument.create(uri, 'json', 0, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''), edits);
        fs.writeFileSync(file, text);
      }
    }
  }

  /** A request that fails after a timeout instead of hanging the test. */
  request<R>(method: string, params?: unknown): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`No answer to ${method} within ${WAIT_MS} ms. Server log:\n${this.logs.join('\n')}\n${this.stderr.join('')}`)),
        WAIT_MS,
      );
      void this.exited.then((code) => reject(new Error(`The server exited (${code}) before answering ${method}:\n${this.stderr.join('')}`)));
    });
    const answer = (params === undefined ? this.connection.sendRequest(method) : this.connection.sendRequest(method, params)) as Promise<R>;
    return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** A round trip: when it returns, the server has handled every message sent before it. */
  async sync(): Promise<void> {
    await this.request('followup/draftStatus', { uri: 'file:///nothing-open.md' });
  }

  /** The server's exit code once it has exited (null when killed by a signal). */
  exitCode(): Promise<number | null> {
    return this.exited;
  }

  /** Drops the connection as a crashed editor would: stdin ends, with no shutdown request. */
  disconnect(): void {
    this.process.stdin!.end();
  }

  async stop(): Promise<number | null> {
    try {
      if (this.process.exitCode === null) {
        await this.request('shutdown');
        await this.connection.sendNotification('exit');
      }
    } catch {
      // The server is gone already; nothing to shut down.
    }
    const timer = setTimeout(() => this.process.kill(), WAIT_MS);
    const code = await this.exited;
    clearTimeout(timer);
    this.connection.dispose();
    if (this.ownsHome) fs.rmSync(this.home, { recursive: true, force: true });
    return code;
  }
}
