/**
 * The language server in VS Code for the Web: a web worker started by the browser extension
 * (hosts/vscode/browserExtension.ts) over the same server core as the stdio server (lsp/languageServer.ts),
 * with the browser host (browser/browserServerHost.ts). The worker has no file system: its first message
 * is the language data, read by the client from the extension's own files, and the extension's URI; the
 * protocol follows on the same port.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { browserServerHost } from './browser-host/browserServerHost';
import { setLanguageDataSource } from '../../packages/engine/languageData';
import { startServer } from './languageServer';

/** The first message (hosts/vscode/browser/languageData.ts LanguageDataMessage). */
interface FirstMessage {
  followupLanguageData: Record<string, ArrayBuffer>;
  followupExtensionUri: string;
}

/** The worker's global scope (the project compiles against Node's types, not the DOM's). */
declare const self: { onmessage: ((event: { data: FirstMessage }) => void) | null; close(): void };

self.onmessage = (event) => {
  const { followupLanguageData, followupExtensionUri } = event.data;
  const files = new Map(Object.entries(followupLanguageData).map(([name, bytes]) => [name, new Uint8Array(bytes)]));
  setLanguageDataSource({ read: (name) => files.get(name) });
  // The reader takes over the port's messages from here on: the protocol's first message is the next one.
  const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never));
  startServer(connection, browserServerHost(connection, followupExtensionUri));
};
