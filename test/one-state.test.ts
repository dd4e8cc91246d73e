/**
 * One state, computed once, everywhere: for every example and a range of days, `followup timeline`
 * (its JSON), its .ics and the language server's code lens and status bar say the same thing about
 * each draft: overdue since the same day, due today, or waiting until the same day.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { addDays, formatHuman, parseDateValue, type DateValue } from '../packages/engine/dates';
import { buildPlan } from '../packages/engine/plan';
import { defaultSettings } from '../packages/engine/settings';
import { readSibling } from '../packages/engine/siblings';
import { draftPlan } from '../packages/engine/timeline';
import { draftCodeLenses } from '../hosts/language-server/codeLens';
import { draftStatus } from '../hosts/language-server/draftStatus';
import { planCalendar } from '../hosts/shared/timeline/ics';

const examples = path.join(__dirname, '..', 'examples');
const files = fs.readdirSync(examples).filter((f) => f.endsWith('.md'));
const start = (() => {
  const p = parseDateValue('2026-11-15');
  if (!p.ok) throw new Error('date');
  return p.value;
})();

/** The ICS text unfolded (long lines are folded at 75 octets) and unescaped. */
function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '').replace(/\\n/g, '\n').replace(/\\,/g, ',');
}

describe('one state for each draft in the timeline, the .ics and the editor', () => {
  for (let offset = 0; offset <= 30; offset += 1) {
    const today: DateValue = addDays(start, offset);
    it(`agrees on ${formatHuman(today)}`, () => {
      const settings = defaultSettings();
      const drafts = files.map((f) => readSibling(f, fs.readFileSync(path.join(examples, f), 'utf8'), settings, today)!);
      const groups = buildPlan(drafts, today);
      const ics = unfold(planCalendar(groups, today).ics!);
      for (const group of groups) {
        for (const entry of group.entries) {
          const text = fs.readFileSync(path.join(examples, entry.draft.id), 'utf8');
          const result = check(text, { settings, today });
          const plan = draftPlan(result.facts, settings, today);
          const lens = draftCodeLenses('file:///x.md', plan, today)[0].command!.title;
          const status = draftStatus(result, plan, today).label;
          expect(plan.state, entry.draft.id).toBe(entry.state);
          expect(plan.stateLabel, entry.draft.id).toBe(entry.label);
          if (entry.state === 'overdue') {
            const since = entry.label.replace('overdue since ', '');
            expect(lens.toLowerCase(), entry.draft.id).toContain(`overdue since ${since}`.toLowerCase());
            expect(status.toLowerCase(), entry.draft.id).toContain(`overdue since ${since}`.toLowerCase());
            expect(ics).toContain(`Overdue: it was due ${formatHuman(entry.due)} (${entry.label}).`);
            // The date column, the JSON `due` and the label name the same day.
            expect(entry.label).toBe(`overdue since ${formatHuman(entry.due, false)}`);
          } else {
            expect(lens.toLowerCase(), entry.draft.id).not.toContain('overdue');
            expect(status.toLowerCase(), entry.draft.id).not.toContain('overdue');
          }
        }
      }
    });
  }
});
