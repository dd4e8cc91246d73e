/**
 * The messages between a WorkerCheckRunner (node/workerCheckRunner.ts) and its worker
 * (node/checkWorker.ts). Settings and sibling lists are sent once and then named by a number, so an
 * edit costs the text and a few numbers, and the engine's caches (keyed by those objects) keep working
 * in the worker. The outcome comes back as JSON text (`WorkerOutcome`).
 */
import type { DateValue } from '../engine/dates';
import type { Finding } from '../engine/finding';
import type { DraftFacts } from '../engine/rules/types';

export interface CheckRequest {
  type: 'check';
  id: number;
  text: string;
  today: DateValue;
  suggest?: boolean;
  docId?: string;
  /** The number of the settings, and of the sibling list (none: no siblings). */
  settings: number;
  siblings?: number;
  /** Values named for the first time; numbers the worker may forget. */
  define?: Array<[number, unknown]>;
  forget?: number[];
}

/** Language data read by one thread, shared with the other (node/sharedLanguageData.ts), by name. */
export interface SharedDataMessage {
  type: 'data';
  files: Array<[string, SharedArrayBuffer]>;
}

export type ToWorker = CheckRequest | SharedDataMessage;

export type FromWorker =
  /**
   * The outcome as JSON text: a string crosses threads as one copy, where structured cloning of the
   * findings (hundreds of small objects in a long file) cost the worker milliseconds per keystroke.
   */
  | { type: 'result'; id: number; outcome: string }
  | { type: 'error'; id: number; name: string; message: string; stack?: string }
  /** Sent once, when the engine is loaded and warmed up. */
  | { type: 'ready' }
  | SharedDataMessage;

export interface CheckWorkerData {
  data: Array<[string, SharedArrayBuffer]>;
  /** The bundle a cached loader runs (node/cachedWorkerScript.ts). */
  bundle?: string;
}

/** What a check's `outcome` JSON holds. */
export interface WorkerOutcome {
  findings: Finding[];
  isDraft: boolean;
  facts: DraftFacts;
}
