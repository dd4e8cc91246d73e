/**
 * The one finding type of the project. Rules report through `Reporter`, which is the only
 * place a Finding is built; the CLI and the language server only format findings.
 */
import type { Range } from './source';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Extra facts a finding carries for quick fixes, so no fix needs a cache on the server. */
export type FindingData =
  | {
      type: 'spelling';
      word: string;
      dialect: string;
      /** A probable name: "add to words" comes first, and no ordinary word is offered. */
      name?: boolean;
      /** A probable term of a trade: "add to words" comes first; suggestions still follow. */
      term?: boolean;
    }
  | { type: 'set-send-date'; date: string }
  | { type: 'rename-field'; to: string }
  | { type: 'replace'; note?: string };

export interface Finding {
  /** `category/name`, e.g. `tone/pushy`. */
  rule: string;
  severity: Severity;
  /** What is wrong and what to do. */
  message: string;
  /** UTF-16 offsets into the checked text; `end` is exclusive. */
  start: number;
  end: number;
  range: Range;
  /** The exact text the range covers. */
  actual: string;
  /** Replacement texts for the range, best first. Spelling fills these only when asked. */
  suggestions: string[];
  data?: FindingData;
}

/** What a rule reports: everything but what the engine derives (range, actual, severity). */
export interface Report {
  rule: string;
  start: number;
  end: number;
  message: string;
  suggestions?: string[];
  data?: FindingData;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule);
}
