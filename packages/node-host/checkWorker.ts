/**
 * The check worker (bundled as dist/checkWorker.js): runs the engine's checks off the main thread, one at
 * a time, so a slow file can be stopped (the worker is terminated) without stopping the language server
 * or the CLI. It keeps the settings and sibling lists it was sent, by number (checkWorkerProtocol.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkOutcome } from '../engine/checkRunner';
import type { SiblingDraft } from '../engine/siblings';
import { defaultSettings, type Settings } from '../engine/settings';
import { adoptLanguageData, onLanguageDataRead } from './sharedLanguageData';
import type { CheckRequest, CheckWorkerData, FromWorker, ToWorker } from './checkWorkerProtocol';
import { useNodeLanguageData } from './languageData';
import { compileRegExpsOnce } from './regexpTier';

const port = parentPort;
if (!port) throw new Error('checkWorker.js runs as a worker thread, started by the language server or the CLI.');

// The same setup as the CLI and server entries: the engine's language data from this process's files
// (shared with the main thread), and regular expressions compiled once (V8 flags are per process, so this
// repeats the host's call; it keeps the worker right whoever starts it).
useNodeLanguageData();
compileRegExpsOnce();
adoptLanguageData((workerData as CheckWorkerData | undefined)?.data ?? []);
// Data this worker reads first (the dictionary, at the first check) is handed to the main thread.
onLanguageDataRead((file, bytes) => send({ type: 'data', files: [[file, bytes]] }));

const values = new Map<number, unknown>();

function send(message: FromWorker): void {
  port!.postMessage(message);
}

function handle(request: CheckRequest): void {
  for (const id of request.forget ?? []) values.delete(id);
  for (const [id, value] of request.define ?? []) values.set(id, value);
  try {
    const outcome = checkOutcome({
      text: request.text,
      settings: values.get(request.settings) as Settings,
      today: request.today,
      suggest: request.suggest,
      siblings: request.siblings === undefined ? undefined : (values.get(request.siblings) as SiblingDraft[]),
      id: request.docId,
    });
    send({ type: 'result', id: request.id, outcome: JSON.stringify(outcome) });
  } catch (error) {
    const e = error as Error;
    send({ type: 'error', id: request.id, name: e?.name ?? 'Error', message: e?.message ?? String(error), stack: e?.stack });
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'data') adoptLanguageData(message.files);
  else if (message.type === 'check') handle(message);
});

// Loads the dictionary and compiles the rules with a check nobody sees, before the first real one, so a
// file's time limit measures its own check, not the worker's start.
const WARM_UP_DRAFT = '---\nkind: thank-you\ncompany: Example Ltd\ninterviewer: Sam Smith\ninterview_date: 2026-01-05\nsubject: Thank you\n---\n\nDear Sam,\n\nThank you for your time today. I think I could perhaps help the the team!!\n\nKind regards,\nAlex\n';
try {
  checkOutcome({ text: WARM_UP_DRAFT, settings: defaultSettings(), today: { year: 2026, month: 1, day: 6 } });
} catch {
  // A failing warm-up is the first real check's to report.
}
send({ type: 'ready' });
