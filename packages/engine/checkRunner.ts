/**
 * Where a check runs. The language server and the CLI ask a `CheckRunner` for a document's findings and
 * do not care whether the check runs in a worker with a time limit (node/workerCheckRunner.ts, Node) or
 * right here in this thread (`InThreadCheckRunner`: hosts without worker threads, such as a browser, and
 * the engine's own tests).
 */
import { check } from './check';
import type { DateValue } from './dates';
import type { Finding } from './finding';
import type { NotCheckedReason } from './notChecked';
import type { CheckOptions, DraftFacts } from './rules/types';
import type { Settings } from './settings';

export interface CheckJob extends CheckOptions {
  text: string;
  settings: Settings;
  today: DateValue;
  /** The longest the check may take, and the setting or option that raises it (named in the finding). */
  limit?: { seconds: number; setting: string };
  /** Asked just before the check starts: false skips it (a newer edit of the document overtook it). */
  wanted?: () => boolean;
}

export interface CheckOutcome {
  findings: Finding[];
  /** Whether the text is a draft (front matter with a `kind`). */
  isDraft: boolean;
  facts: DraftFacts;
  /** Set when the check was stopped: `findings` is then the one finding saying so. */
  notChecked?: NotCheckedReason;
}

export interface CheckRunner {
  /** The outcome of the check, or undefined when `wanted` said it is no longer needed. */
  run(job: CheckJob): Promise<CheckOutcome | undefined>;
  /** Frees what the runner holds (its worker); later runs start over. */
  dispose(): void;
  /** Gets ready for the first run now (a worker loads the engine meanwhile); optional. */
  warm?(): void;
}

/** Checks in this thread: no time limit (nothing can interrupt a running check here). */
export class InThreadCheckRunner implements CheckRunner {
  async run(job: CheckJob): Promise<CheckOutcome | undefined> {
    if (job.wanted && !job.wanted()) return undefined;
    return checkOutcome(job);
  }

  dispose(): void {}
}

/** The check itself, reduced to what crosses a thread: findings and front-matter facts, no syntax tree. */
export function checkOutcome(job: CheckJob): CheckOutcome {
  const result = check(job.text, { settings: job.settings, today: job.today, suggest: job.suggest, siblings: job.siblings, id: job.id });
  return { findings: result.findings, isDraft: result.isDraft, facts: result.facts };
}
