/**
 * What the Follow-Ups view shows, as plain data: one node per interview (company and interview day) with
 * one child per draft, each with its kind, the day it goes out and its state. Built from the engine's
 * plan, so the view, `followup timeline` and its calendar export always agree. No `vscode` import: the
 * view turns these nodes into tree items, and tests and end-to-end tests read them as they are.
 */
import { formatHuman, formatIsoDate } from '../../packages/engine/dates';
import { kindLabel, type PlanEntry, type PlanGroup, type PlanState } from '../../packages/engine/plan';
import type { Kind } from '../../packages/engine/kinds';

/** A codicon id and, optionally, a theme colour id (`new ThemeIcon(id, new ThemeColor(color))`). */
export interface IconSpec {
  id: string;
  color?: string;
}

export interface FollowUpDraftNode {
  type: 'draft';
  /** The draft's URI as a string (what the view opens). */
  uri: string;
  kind?: Kind;
  state: PlanState;
  /** The day it goes out, or went out: YYYY-MM-DD. */
  due: string;
  /** What `due` is: the day it was sent, its send_date, or the earliest good day to send. */
  dueSource: 'sent' | 'send_date' | 'earliest-good' | 'last-good' | 'today';
  /** The kind: "Thank-you email". */
  kindLabel: string;
  /** The day first, so a narrow view never cuts it off: "Sat 21 Nov · Thank-you email". */
  label: string;
  /** The plan's words: "overdue since Sat 21 Nov", "due today", "waiting until Tue 1 Dec", "sent Fri 20 Nov". */
  stateLabel: string;
  /** The state and the file, so two drafts of one kind differ: "overdue · thank-you-panel.md". */
  description: string;
  tooltip: string;
  icon: IconSpec;
  /** `followupDraft` or `followupDraftSent`: menus offer "Mark as Sent" only on the first. */
  contextValue: 'followupDraft' | 'followupDraftSent';
}

export interface FollowUpGroupNode {
  type: 'group';
  /** Stable across rebuilds: the plan's interview key. */
  id: string;
  /** The company. */
  label: string;
  /** "interview Fri 20 Nov 2026", or "interview date missing". */
  description: string;
  tooltip: string;
  icon: IconSpec;
  /** Groups with something still to send start expanded; groups with everything sent start collapsed. */
  expanded: boolean;
  children: FollowUpDraftNode[];
}

export const STATE_ICONS: Record<PlanState, IconSpec> = {
  overdue: { id: 'warning', color: 'list.errorForeground' },
  'due-today': { id: 'bell-dot', color: 'list.warningForeground' },
  waiting: { id: 'clock' },
  sent: { id: 'pass', color: 'testing.iconPassed' },
};

const STATE_WORDS: Record<PlanState, string> = {
  overdue: 'overdue',
  'due-today': 'due today',
  waiting: 'waiting',
  sent: 'sent',
};

/**
 * The tree for a plan. `display` turns a draft's id (its URI) into what the tooltip names, such as the
 * workspace-relative path.
 */
export function followUpsTree(groups: readonly PlanGroup[], display: (uri: string) => string = (uri) => uri): FollowUpGroupNode[] {
  return groups.map((group) => {
    const children = group.entries.map((entry) => draftNode(entry, display));
    return {
      type: 'group',
      id: group.key,
      label: group.company,
      description: group.interview ? `interview ${formatHuman(group.interview)}` : 'interview date missing',
      tooltip: groupTooltip(group, children),
      icon: { id: 'briefcase' },
      expanded: children.some((c) => c.state !== 'sent'),
      children,
    };
  });
}

function draftNode(entry: PlanEntry, display: (uri: string) => string): FollowUpDraftNode {
  const { draft, state } = entry;
  // The same order as the plan's `due`: sent, send_date, earliest good day, last good day, today.
  const dueSource = draft.sent ? 'sent' : draft.sendDate ? 'send_date' : draft.earliestGood ? 'earliest-good' : draft.latest ? 'last-good' : 'today';
  const kind = capitalise(kindLabel(draft.kind));
  const lines = [`${kind}: ${entry.label}`];
  if (draft.subject) lines.push(`Subject: ${draft.subject}`);
  lines.push(dueLine(entry, dueSource));
  if (state === 'overdue' || state === 'due-today') lines.push('When it has gone out, use "Follow-Up: Mark as Sent".');
  lines.push(display(draft.id));
  return {
    type: 'draft',
    uri: draft.id,
    kind: draft.kind,
    state,
    due: formatIsoDate(entry.due),
    dueSource,
    kindLabel: kind,
    label: `${formatHuman(entry.due, false)} · ${kind}`,
    stateLabel: entry.label,
    description: `${STATE_WORDS[state]} · ${fileName(display(draft.id))}`,
    tooltip: lines.join('\n'),
    icon: STATE_ICONS[state],
    contextValue: state === 'sent' ? 'followupDraftSent' : 'followupDraft',
  };
}

function dueLine(entry: PlanEntry, source: FollowUpDraftNode['dueSource']): string {
  const day = formatHuman(entry.due);
  switch (source) {
    case 'sent':
      return `Sent ${day}.`;
    case 'send_date':
      return `Send date: ${day}.`;
    case 'earliest-good':
      return `No send_date: the earliest good day to send is ${day}.`;
    case 'last-good':
      return `No send_date: the last good day to send is ${day}.`;
    default:
      return `No send_date: send it ${day}.`;
  }
}

function groupTooltip(group: PlanGroup, children: readonly FollowUpDraftNode[]): string {
  const counts = new Map<PlanState, number>();
  for (const c of children) counts.set(c.state, (counts.get(c.state) ?? 0) + 1);
  const parts = (['overdue', 'due-today', 'waiting', 'sent'] as const).filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${STATE_WORDS[s]}`);
  const count = `${children.length} draft${children.length === 1 ? '' : 's'}`;
  return `${group.title}\n${count}: ${parts.join(', ')}`;
}

/** The last part of a path or URI. */
function fileName(where: string): string {
  const parts = where.split(/[\\/]/);
  return decodeURIComponent(parts[parts.length - 1] || where);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
