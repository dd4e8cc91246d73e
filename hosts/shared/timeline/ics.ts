/**
 * Calendar reminders for the plan: one all-day event per email still to send, on its day, titled with the
 * draft's subject. Written with `ics`, a small, well-kept iCalendar generator.
 */
import { createHash } from 'node:crypto';
import { createEvents, type EventAttributes } from 'ics';
import { addDays, dayNumber, formatHuman, type DateValue } from '../../../packages/engine/dates';
import { kindLabel, type PlanGroup } from '../../../packages/engine/plan';

export interface CalendarResult {
  ics?: string;
  error?: string;
  events: number;
}

const dateArray = (d: DateValue): [number, number, number] => [d.year, d.month, d.day];

export function planCalendar(groups: readonly PlanGroup[], today: DateValue, display: (id: string) => string = (id) => id): CalendarResult {
  const events: EventAttributes[] = [];
  for (const group of groups) {
    for (const entry of group.entries) {
      if (entry.state === 'sent') continue;
      // An overdue email is due now: remind today rather than on a day that has passed.
      const day = dayNumber(entry.due) < dayNumber(today) ? today : entry.due;
      const what = entry.draft.subject ?? kindLabel(entry.draft.kind);
      const lines = [
        `${kindLabel(entry.draft.kind)} to ${entry.draft.interviewer ?? group.company}, ${group.company}`,
        entry.state === 'overdue' ? `Overdue: it was due ${formatHuman(entry.due)} (${entry.label}).` : `Send on ${formatHuman(entry.due)}.`,
        `Draft: ${display(entry.draft.id)}`,
      ];
      events.push({
        uid: `${createHash('sha1').update(entry.draft.id).digest('hex').slice(0, 16)}@followup`,
        title: `Send: ${what} (${group.company})`,
        description: lines.join('\n'),
        start: dateArray(day),
        end: dateArray(addDays(day, 1)),
        productId: 'interview-followup',
        calName: 'Follow-ups',
      });
    }
  }
  if (!events.length) return { events: 0, ics: emptyCalendar() };
  const { error, value } = createEvents(events);
  if (error || !value) return { events: 0, error: error?.message ?? 'the calendar could not be written' };
  return { ics: value, events: events.length };
}

function emptyCalendar(): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:interview-followup', 'X-WR-CALNAME:Follow-ups', 'END:VCALENDAR', ''].join('\r\n');
}
