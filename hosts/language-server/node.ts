/**
 * `followup-language-server --stdio` (or `--node-ipc`, `--socket=N`, `--pipe=NAME`, as vscode-languageserver
 * reads them): the follow-up checker for any editor with an LSP client. The client's messages pass a
 * strict edge first (node/stdioGuard.ts, lsp/lifecycleReader.ts): the lifecycle is enforced on every
 * transport, and on stdio a corrupt stream ends the server with one line on stderr.
 */
import {
  createConnection,
  createServerPipeTransport,
  createServerSocketTransport,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  type Connection,
} from 'vscode-languageserver/node';
import { startServer } from './languageServer';
import { lifecycleReader } from './lifecycleReader';
import { guardStdin } from '../../packages/node-host/stdioGuard';
import { useNodeLanguageData } from '../../packages/node-host/languageData';
import { nodeServerHost } from '../../packages/node-host/nodeServerHost';
import { compileRegExpsOnce } from '../../packages/node-host/regexpTier';
import { capYoungGeneration } from '../../packages/node-host/youngGeneration';

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
  const port = optionValue(args, '--socket');
  if (port !== undefined && Number.parseInt(port, 10) > 0) {
    const [reader, writer] = createServerSocketTransport(Number.parseInt(port, 10));
    return createConnection(ProposedFeatures.all, lifecycleReader(reader), writer);
  }
  const pipe = optionValue(args, '--pipe');
  if (pipe) {
    const [reader, writer] = createServerPipeTransport(pipe);
    return createConnection(ProposedFeatures.all, lifecycleReader(reader), writer);
  }
  return createConnection(ProposedFeatures.all);
}

/** `--name=value` or `--name value`, as vscode-languageserver reads them. */
function optionValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === name) return args[i + 1];
    if (args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
  }
  return undefined;
}

// The checks allocate in the check worker (node/workerCheckRunner.ts); this thread only serves the protocol.
capYoungGeneration(2);
useNodeLanguageData();
compileRegExpsOnce();
startServer(connect(), nodeServerHost());
