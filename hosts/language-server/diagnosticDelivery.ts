/**
 * How a client gets a draft's diagnostics: pulled (LSP 3.17 `textDocument/diagnostic`) when the client
 * declares `textDocument.diagnostic`, else pushed (`textDocument/publishDiagnostics`) — never both for one
 * client's drafts, or an editor that supports both would show every finding twice. A pull client is asked
 * to pull again (`workspace/diagnostic/refresh`, where it supports it) when something other than the
 * document changed: settings, a `.followup.json`, another draft of the interview.
 * `.followup.json` problems are always pushed: they belong to a file the client may not pull for (the VS
 * Code client pulls Markdown only); a pull for a `.followup.json` is answered empty, so nothing shows twice.
 */
import type { ClientCapabilities, Diagnostic, DiagnosticOptions, DocumentDiagnosticReport } from 'vscode-languageserver';

export class DiagnosticDelivery {
  readonly pull: boolean;
  private readonly refreshSupport: boolean;

  constructor(capabilities: ClientCapabilities) {
    this.pull = !!capabilities.textDocument?.diagnostic;
    this.refreshSupport = capabilities.workspace?.diagnostics?.refreshSupport === true;
  }

  /** The server capability to announce: only to a pull client. */
  provider(): DiagnosticOptions | undefined {
    // interFileDependencies: a draft's findings depend on the other drafts of its interview (sequence rules).
    return this.pull ? { identifier: 'followup', interFileDependencies: true, workspaceDiagnostics: false } : undefined;
  }

  /** Whether the server pushes a draft's diagnostics after each check. */
  get push(): boolean {
    return !this.pull;
  }

  /** Whether the server should ask the client to pull again after a change outside the document. */
  get refreshes(): boolean {
    return this.pull && this.refreshSupport;
  }
}

/** A pull answer: always the full list (drafts are small; there is no result id to compare). */
export function fullReport(items: Diagnostic[]): DocumentDiagnosticReport {
  return { kind: 'full', items };
}
