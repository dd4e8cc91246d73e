/**
 * `followup-language-server --stdio` (or `--node-ipc`, `--socket=N`, as vscode-languageserver reads from
 * the command line): the follow-up checker for any editor with an LSP client.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/languageServer';
import { capYoungGeneration } from './node/youngGeneration';

capYoungGeneration(8);
startServer(createConnection(ProposedFeatures.all));
