/**
 * What every handler module of the language server is given: the connection, the open documents, the
 * shared services (settings, checks, workspace drafts, user words) and the little state set by
 * `initialize`. Handler modules register themselves with it; the main file only builds it.
 */
import type { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DateValue } from '../../packages/engine/dates';
import type { DiagnosticDelivery } from './diagnosticDelivery';
import type { DocumentChecks } from './documentChecks';
import type { HandlerGuards } from './handlerGuards';
import type { SettingsStore } from './settingsStore';
import type { UserWordsSource } from './userWords';
import type { WorkspaceDrafts } from './workspaceDrafts';

/** Set by `initialize` (and workspace folder changes); read by the handlers. */
export interface ServerState {
  capabilities: ClientCapabilities;
  /** Pushed or pulled diagnostics, as the client's capabilities say. */
  delivery: DiagnosticDelivery;
  workspaceFolders: string[];
  /** The client keeps the user dictionary itself (VS Code: in its settings). */
  clientHandlesUserWords: boolean;
  today: () => DateValue;
}

export interface ServerContext extends HandlerGuards {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  state: ServerState;
  store: SettingsStore;
  checks: DocumentChecks;
  drafts: WorkspaceDrafts;
  userWords: UserWordsSource;
  log(message: string): void;
}
