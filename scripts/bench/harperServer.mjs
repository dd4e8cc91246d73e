// `bench --peers`: harper.js (not a dependency; install it with `npm install --no-save harper.js@2.10.0`)
// behind the same minimal server as the floor (floorServer.mjs), linting each opened or changed document
// as Markdown and publishing its lints. The bench fills in HARPER_ENTRY, HARPER_BINARY and LSP_ENTRY with resolved paths.
import { LocalLinter } from 'HARPER_ENTRY';
import { binaryInlined } from 'HARPER_BINARY';
import lsp from 'LSP_ENTRY';

const { createConnection, ProposedFeatures, TextDocumentSyncKind } = lsp;
const connection = createConnection(ProposedFeatures.all);
const linter = new LocalLinter({ binary: binaryInlined });
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Full } }));
async function publish(uri, version, text) {
  const lints = await linter.lint(text, { language: 'markdown' });
  const diagnostics = lints.map((lint) => ({ range: { start: { line: 0, character: lint.span().start }, end: { line: 0, character: lint.span().end } }, message: lint.message() }));
  connection.sendDiagnostics({ uri, version, diagnostics });
}
connection.onDidOpenTextDocument(({ textDocument }) => publish(textDocument.uri, textDocument.version, textDocument.text));
connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => publish(textDocument.uri, textDocument.version, contentChanges.at(-1).text));
connection.listen();
