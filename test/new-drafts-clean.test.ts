/**
 * Fresh drafts check clean: `followup new`'s drafts of all six kinds, with every field given (so every
 * placeholder is filled), on any day of the week, have no warning or error, checked together as the
 * drafts of one interview (so the LinkedIn heads-up goes before the request). And every fix offered on
 * them is a drop-in.
 */
import { describe, expect, it } from 'vitest';
import { addDays, check, defaultSettings, formatIsoDate, parseDateValue, type DateValue, type Finding } from '../packages/engine';
import { KINDS } from '../packages/engine/kinds';
import { readSibling } from '../packages/engine/siblings';
import { renderDraft } from '../hosts/shared/templates';
import { applyFix } from './helpers/applyFix';

const start = (() => {
  const p = parseDateValue('2026-11-16');
  if (!p.ok) throw new Error('date');
  return p.value;
})();

export function freshDrafts(today: DateValue, interview: DateValue): { kind: string; text: string }[] {
  const answers = {
    company: 'Hartley & Finch LLP',
    interviewer: 'Margaret Hale',
    position: 'Legal Secretary',
    interview_date: formatIsoDate(interview),
    reply_deadline: formatIsoDate(addDays(interview, 7)),
    offer_deadline: formatIsoDate(addDays(today, 9)),
    topic: 'how the team shares its case files',
    link: 'https://www.example.org/article',
    sender: 'Anna Lewis',
  };
  return KINDS.map((kind) => ({ kind, text: renderDraft(kind, answers, { today, checkInWaitDays: 4 }).text }));
}

const serious = (f: Finding) => f.severity !== 'info';

describe('fresh drafts of every kind', () => {
  for (let offset = 0; offset < 7; offset++) {
    for (const ago of [0, 1]) {
      const today = addDays(start, offset);
      const interview = addDays(today, -ago);
      it(`check clean made on ${formatIsoDate(today)}, ${ago} day(s) after the interview`, () => {
        const settings = defaultSettings();
        const drafts = freshDrafts(today, interview);
        const siblings = drafts.map((d) => readSibling(`${d.kind}.md`, d.text, settings, today)!);
        const problems: string[] = [];
        for (const d of drafts) {
          const findings = check(d.text, { settings, today, siblings, id: `${d.kind}.md`, suggest: true }).findings;
          for (const f of findings.filter(serious)) problems.push(`${d.kind}: ${f.rule} "${f.actual}": ${f.message}`);
          // Any fix offered (an info's, here) is a drop-in too.
          for (const f of findings) {
            const fixed = applyFix(d.text, f);
            if (fixed === undefined) continue;
            const after = check(fixed, { settings, today, siblings, id: `${d.kind}.md` }).findings;
            if (after.some((g) => g.rule === f.rule && g.message === f.message)) problems.push(`${d.kind}: fixing ${f.rule} leaves it`);
            const old = new Set(findings.filter(serious).map((g) => g.rule));
            for (const g of after.filter(serious)) if (!old.has(g.rule)) problems.push(`${d.kind}: fixing ${f.rule} adds ${g.rule}`);
          }
        }
        expect(problems).toEqual([]);
      });
    }
  }
});
