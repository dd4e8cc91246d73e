/**
 * LSP 3.17 pull diagnostics (`textDocument/diagnostic`), for clients that declared them
 * (diagnosticDelivery.ts): the findings of the document's current check, answered RequestCancelled at
 * once when the client cancels. A `.followup.json` is answered empty: its problems are pushed.
 */
import { isConfigDocument } from './configDocument';
import { cancellable } from './cancellation';
import { findingToDiagnostic } from './diagnostics';
import { fullReport } from './diagnosticDelivery';
import type { ServerContext } from './serverContext';

export function registerPullDiagnostics(server: ServerContext): void {
  const { connection, documents, checks } = server;
  connection.languages.diagnostics.on(
    server.guardAsync(
      'diagnostic',
      (params, token) =>
        cancellable(
          token,
          async () => {
            const document = documents.get(params.textDocument.uri);
            if (!document || isConfigDocument(document.uri)) return fullReport([]);
            const entry = await checks.current(document);
            return fullReport(entry ? entry.result.findings.map(findingToDiagnostic) : []);
          },
          { retriggerRequest: false },
        ),
      fullReport([]),
    ),
  );
}
