// The bench's floor: a language server built from the same vscode-languageserver as ours (bundled the same
// way, by esbuild, and started the same way) that publishes empty diagnostics for every opened or changed
// document and does nothing else. What our server takes beyond it is ours: module loading, the
// dictionary, the checking.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, codeActionProvider: true } }));
const publish = (document) => connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
// Fired on open and on every change.
documents.onDidChangeContent((event) => publish(event.document));
connection.onCodeAction(() => []);
documents.listen(connection);
connection.listen();
