/** `followup timeline`: the follow-up plan in the terminal, and calendar reminders with --ics. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { localToday, type DateValue } from '../../packages/engine/dates';
import { buildPlan, planText } from '../../packages/engine/plan';
import { readSibling, type SiblingDraft } from '../../packages/engine/siblings';
import { cachedSettingsLoader, ConfigError } from '../../packages/node-host/configFile';
import { replaceFileAtomic } from '../../packages/node-host/atomicWrite';
import { planCalendar } from '../shared/timeline/ics';
import { readRegularFile } from '../../packages/node-host/boundedRead';
import { draftByteCap, unreadable } from './draftRead';
import { cliExclusion } from './exclusion';
import { collectFiles, looksBinary } from './files';
import { isCalendar, notReplaceable } from './outputFile';
import { printableJson, printableText } from './printable';
import type { Io } from './io';

export interface TimelineArgs {
  paths: string[];
  today?: DateValue;
  ics?: string;
  /** Replace an existing --ics file even when it is not a calendar. */
  force?: boolean;
  format: 'text' | 'json';
}

export function runTimeline(args: TimelineArgs, io: Io): number {
  const today = args.today ?? localToday();
  const loadSettings = cachedSettingsLoader();
  const { files, errors } = collectFiles(args.paths, cliExclusion(loadSettings));
  let failed = errors.length > 0;
  for (const e of errors) io.error(e);
  const drafts: SiblingDraft[] = [];
  for (const file of files) {
    try {
      const { settings } = loadSettings(file.settingsPath);
      const bytes = readRegularFile(file.absolute, draftByteCap(settings));
      if (looksBinary(bytes)) continue;
      const sibling = readSibling(file.display, bytes.toString('utf8'), settings, today);
      if (sibling) drafts.push(sibling);
    } catch (error) {
      io.error(error instanceof ConfigError ? error.message : `${file.display}: ${unreadable(error)}`);
      failed = true;
    }
  }
  const groups = buildPlan(drafts, today);
  if (args.format === 'json') {
    io.out(
      printableJson(JSON.stringify(
        groups.map((g) => ({
          company: g.company,
          interview: g.interview ? fmt(g.interview) : null,
          drafts: g.entries.map((e) => ({ file: e.draft.id, kind: e.draft.kind ?? null, subject: e.draft.subject ?? null, due: fmt(e.due), state: e.state, label: e.label })),
        })),
        null,
        2,
      )) + '\n',
    );
  } else if (groups.length) io.out(printableText(planText(groups)));
  else io.error('No drafts found.');
  if (args.ics) {
    const calendar = planCalendar(groups, today);
    if (calendar.error || calendar.ics === undefined) {
      io.error(`cannot write the calendar: ${calendar.error}`);
      return 2;
    }
    const refusal = notReplaceable(args.ics, '--ics');
    if (refusal) {
      io.error(refusal);
      return 2;
    }
    if (!args.force && fs.existsSync(args.ics) && !isCalendar(args.ics)) {
      io.error(`${args.ics} exists and is not a calendar (it does not start with BEGIN:VCALENDAR); choose another --ics file, or add --force to replace it`);
      return 2;
    }
    try {
      replaceFileAtomic(path.resolve(args.ics), calendar.ics);
    } catch (error) {
      io.error(`${args.ics}: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
      return 2;
    }
    io.error(`Wrote ${calendar.events} reminder${calendar.events === 1 ? '' : 's'} to ${args.ics}.`);
  }
  return failed ? 2 : 0;
}

function fmt(d: DateValue): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
