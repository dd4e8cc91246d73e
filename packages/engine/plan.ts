/**
 * The follow-up plan: every draft grouped by company and interview, with the day it should go out and a
 * state (overdue, due today, waiting until a day, sent). The CLI's `timeline`, its calendar export and the
 * editor's Follow-Ups view all read this one plan.
 */
import { dayNumber, formatHuman, formatIsoDate, type DateValue } from './dates';
import { KIND_LABELS, type Kind } from './kinds';
import { interviewKey, type SiblingDraft } from './siblings';

export type PlanState = 'overdue' | 'due-today' | 'waiting' | 'sent';

export interface PlanEntry {
  draft: SiblingDraft;
  /**
   * The day to send it: send_date, else the earliest good day; or the day it was sent. For an overdue
   * entry, the day it became overdue (the last good day when its window closed first), so the timeline,
   * the calendar and the editor all name the same day.
   */
  due: DateValue;
  state: PlanState;
  /** What a user reads: "overdue since Mon 23 Nov", "due today", "waiting until Thu 3 Dec", "sent Fri 20 Nov". */
  label: string;
}

export interface PlanGroup {
  key: string;
  company: string;
  interview?: DateValue;
  title: string;
  entries: PlanEntry[];
}

const KIND_ORDER: Kind[] = ['thank-you', 'linkedin-heads-up', 'linkedin-request', 'point-of-interest', 'check-in', 'other-offer'];

export function planEntry(draft: SiblingDraft, today: DateValue): PlanEntry {
  if (draft.sent) return { draft, due: draft.sent, state: 'sent', label: `sent ${formatHuman(draft.sent, false)}` };
  const t = dayNumber(today);
  const due = draft.sendDate ?? draft.earliestGood ?? draft.latest ?? today;
  // A window that has closed (a thank-you past its day, an offer past its answer-by day) is overdue even
  // when no send_date says so.
  const closed = draft.latest !== undefined && dayNumber(draft.latest) < t;
  const d = dayNumber(due);
  if (d < t || closed) {
    const since = closed && draft.latest && dayNumber(draft.latest) < d ? draft.latest : due;
    return { draft, due: since, state: 'overdue', label: `overdue since ${formatHuman(since, false)}` };
  }
  if (d === t) return { draft, due, state: 'due-today', label: 'due today' };
  return { draft, due, state: 'waiting', label: `waiting until ${formatHuman(due, false)}` };
}

export function buildPlan(drafts: readonly SiblingDraft[], today: DateValue): PlanGroup[] {
  const groups = new Map<string, PlanGroup>();
  for (const draft of drafts) {
    const key = interviewKey(draft);
    let group = groups.get(key);
    if (!group) {
      const company = draft.company ?? '(no company)';
      const title = draft.interview ? `${company}: interview ${formatHuman(draft.interview)}` : company;
      group = { key, company, interview: draft.interview, title, entries: [] };
      groups.set(key, group);
    }
    group.entries.push(planEntry(draft, today));
  }
  const list = [...groups.values()];
  for (const g of list) {
    g.entries.sort(
      (a, b) =>
        dayNumber(a.due) - dayNumber(b.due) ||
        KIND_ORDER.indexOf(a.draft.kind as Kind) - KIND_ORDER.indexOf(b.draft.kind as Kind) ||
        a.draft.id.localeCompare(b.draft.id),
    );
  }
  return list.sort(
    (a, b) =>
      (a.interview ? dayNumber(a.interview) : Infinity) - (b.interview ? dayNumber(b.interview) : Infinity) ||
      a.company.localeCompare(b.company),
  );
}

export function kindLabel(kind: Kind | undefined): string {
  return kind ? KIND_LABELS[kind] : 'draft of unknown kind';
}

/** The plan as terminal text. */
export function planText(groups: readonly PlanGroup[], display: (id: string) => string = (id) => id): string {
  const out: string[] = [];
  for (const g of groups) {
    out.push(g.title);
    for (const e of g.entries) {
      out.push(`  ${formatIsoDate(e.due)}  ${e.state.padEnd(9)}  ${kindLabel(e.draft.kind).padEnd(27)}  ${e.label.padEnd(26)}  ${display(e.draft.id)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
