/** What the status bar shows for a document: the draft's kind and what to do when. */
import { KIND_LABELS } from '../../packages/engine/kinds';
import type { CheckOutcome } from '../../packages/engine/checkRunner';
import type { DateValue } from '../../packages/engine/dates';
import { shortDate, type Plan } from '../../packages/engine/timeline';
import type { DraftStatus } from './protocol';
import { DraftStatusRequest, type DraftStatusParams } from './protocol';
import type { ServerContext } from './serverContext';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function draftStatus(result: Pick<CheckOutcome, 'isDraft' | 'facts'> | undefined, plan: Plan | undefined, today: DateValue): DraftStatus {
  if (!result || !result.isDraft || !plan) {
    return { isDraft: false, label: '', detail: 'Not a follow-up draft: add "kind: thank-you" (or another kind) to the front matter to check it.' };
  }
  const kind = result.facts.kind;
  const name = kind ? capitalise(KIND_LABELS[kind]) : 'Draft';
  const timeline = plan.entries.map((e) => `${shortDate(e.date, today)}: ${e.label}`);
  return {
    isDraft: true,
    ...(kind ? { kind } : {}),
    label: `${name} · ${plan.next.title}`,
    detail: [plan.next.detail, ...timeline].join('\n'),
  };
}

/** The status bar's request (`followup/draftStatus`), answered from the document's current check. */
export function registerDraftStatus(server: ServerContext): void {
  server.connection.onRequest(
    DraftStatusRequest,
    server.guardAsync(
      'draftStatus',
      async (params: DraftStatusParams): Promise<DraftStatus> => {
        const document = params && typeof params.uri === 'string' ? server.documents.get(params.uri) : undefined;
        const entry = document ? await server.checks.current(document) : undefined;
        return draftStatus(entry?.result, entry?.plan, server.state.today());
      },
      { isDraft: false, label: '', detail: '' } as DraftStatus,
    ),
  );
}
