/**
 * The open documents: didOpen/didChange/didClose reach the TextDocuments store through a guarded adapter,
 * which logs a change to a document that was never opened instead of dropping it silently. A changed
 * draft is checked (and known to the other drafts' sequence rules at once); a changed `.followup.json`
 * re-checks every document; a closed one loses its pushed diagnostics.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isConfigDocument } from './configDocument';
import type { ServerContext } from './serverContext';
import { fileOf } from './settingsStore';

export function registerDocumentEvents(server: ServerContext): void {
  const { connection, documents, guard, store, checks, drafts, log } = server;
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
      checks.recheckAll();
      return;
    }
    // Known to the other drafts' sequence rules at once, before its own (asynchronous) check.
    const file = fileOf(document.uri);
    if (file) drafts.setLive(file, document.getText());
    void checks.validateSafely(document);
  });
  documents.onDidClose(({ document }) => {
    checks.forget(document.uri);
    store.forget(document.uri);
    const closedFile = fileOf(document.uri);
    if (closedFile) {
      drafts.closeLive(closedFile);
      void drafts.readFile(closedFile);
    }
    if (isConfigDocument(document.uri)) {
      store.invalidateConfigFile(fileOf(document.uri));
      checks.recheckAll();
      return;
    }
    if (server.state.delivery.push) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  documents.listen(documentConnection);
}
