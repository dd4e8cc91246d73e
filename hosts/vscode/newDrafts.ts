/**
 * A new draft from answers: its text, cursor and file name, without the editor. The plan for an
 * interview is three of these (thank-you, LinkedIn request, check-in) from one set of answers.
 */
import type { DateValue } from '../../packages/engine/dates';
import type { Kind } from '../../packages/engine/kinds';
import { renderDraft, sendDate, type Answers } from '../shared/templates';
import { formatIsoDate } from '../../packages/engine/dates';
import { draftFileName, uniqueFileName } from './draftFiles';

export interface NewDraft {
  kind: Kind;
  fileName: string;
  text: string;
  /** Offset of the first place to write. */
  cursor: number;
}

export interface DraftContext {
  today: DateValue;
  checkInWaitDays: number;
  /** The user's own template texts by kind; the bundled one is used for a kind not here. */
  templates?: Partial<Record<Kind, string>>;
  /** File names already in the drafts folder. */
  taken: Iterable<string>;
}

export function newDraft(kind: Kind, answers: Answers, context: DraftContext): NewDraft {
  const valueContext = { today: context.today, checkInWaitDays: context.checkInWaitDays };
  const { text, cursor } = renderDraft(kind, answers, valueContext, context.templates?.[kind]);
  const send = formatIsoDate(sendDate(kind, answers, valueContext));
  const fileName = uniqueFileName(draftFileName(send, answers.company ?? '', kind), context.taken);
  return { kind, fileName, text, cursor };
}

/** Drafts of several kinds from one set of answers, with file names distinct from each other too. */
export function newDrafts(kinds: readonly Kind[], answers: Answers, context: DraftContext): NewDraft[] {
  const taken = [...context.taken];
  return kinds.map((kind) => {
    const draft = newDraft(kind, answers, { ...context, taken });
    taken.push(draft.fileName);
    return draft;
  });
}
