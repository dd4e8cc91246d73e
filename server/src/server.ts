/**
 * `followup-language-server --stdio` (or `--node-ipc`, `--socket=N`, as vscode-languageserver reads from
 * the command line): the follow-up checker for any editor with an LSP client. On stdio and Node IPC the
 * client's messages pass a strict edge first (lsp/stdioGuard.ts, lsp/lifecycleReader.ts): the lifecycle
 * is enforced, and a corrupt stream ends the server with one line on stderr.
 */
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { startServer } from './lsp/languageServer';
import { lifecycleReader } from './lsp/lifecycleReader';
import { guardStdin } from './lsp/stdioGuard';
import { capYoungGeneration } from './node/youngGeneration';

function connect(): Connection {
  const args = process.argv.slice(2);
  if (args.includes('--node-ipc')) {
    return createConnection(ProposedFeatures.all, lifecycleReader(new IPCMessageReader(process)), new IPCMessageWriter(process));
  }
  if (args.includes('--stdio')) {
    // Anything printed with console.* must not reach stdout, which carries the protocol.
    for (const name of ['log', 'info', 'warn', 'debug'] as const) console[name] = (...data: unknown[]) => console.error(...data);
    const input = guardStdin((line) => {
      process.stderr.write(`followup-language-server: ${line}\n`);
      process.exit(1);
    });
    process.stdin.pipe(input);
    return createConnection(ProposedFeatures.all, input, process.stdout);
  }
  return createConnection(ProposedFeatures.all);
}

capYoungGeneration(8);
startServer(connect());
