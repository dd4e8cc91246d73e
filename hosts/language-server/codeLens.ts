/** The code lens at the top of a draft: what to do and when, and a one-click send_date when it helps. */
import type { CodeLens } from 'vscode-languageserver';
import { parseDateValue } from '../../packages/engine/dates';
import { shortDate, type Plan } from '../../packages/engine/timeline';
import type { DateValue } from '../../packages/engine/dates';
import { Commands } from './protocol';
import type { ServerContext } from './serverContext';

export function draftCodeLenses(uri: string, plan: Plan | undefined, today: DateValue): CodeLens[] {
  if (!plan) return [];
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  // A lens with an empty command id is shown as text, not a link.
  const lenses: CodeLens[] = [{ range, command: { title: plan.next.title, command: '' } }];
  const date = plan.next.suggestSendDate;
  if (date) {
    const parsed = parseDateValue(date, false);
    const when = parsed.ok ? shortDate(parsed.value, today) : date;
    lenses.push({ range, command: { title: `Set send_date to ${when}`, command: Commands.setSendDate, arguments: [uri, date] } });
  }
  return lenses;
}

/** `textDocument/codeLens`: from the document's current check (its plan). */
export function registerCodeLens(server: ServerContext): void {
  server.connection.onCodeLens(
    server.guardAsync(
      'codeLens',
      async (params) => {
        const document = server.documents.get(params.textDocument.uri);
        if (!document) return [];
        const entry = await server.checks.current(document);
        return draftCodeLenses(params.textDocument.uri, entry?.plan, server.state.today());
      },
      [],
    ),
  );
}
