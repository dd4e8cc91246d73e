/**
 * Checks in a worker thread (node/checkWorker.ts) with a time limit per check. One check runs at a time;
 * the others wait in order, and one that is no longer wanted when its turn comes is skipped. A check that
 * runs past its limit has its worker terminated (the only way to stop a running regular expression or
 * parser) and gets one "not checked" finding; the next check starts a fresh worker. The thread that asked
 * is never blocked, so the language server keeps answering while a hostile file is being checked.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckJob, CheckOutcome, CheckRunner } from '../engine/checkRunner';
import { notCheckedFindings, type NotCheckedReason } from '../engine/notChecked';
import type { Settings } from '../engine/settings';
import { frontMatterFacts } from '../engine/siblings';
import { workerScript } from './cachedWorkerScript';
import { adoptLanguageData, languageDataRead, onLanguageDataRead } from './sharedLanguageData';
import type { CheckRequest, CheckWorkerData, FromWorker, ToWorker, WorkerOutcome } from './checkWorkerProtocol';

/** The worker bundle, beside this bundle (dist/). */
export const CHECK_WORKER_FILE = 'checkWorker.js';

/** The worker's heap: a file that needs more is not checked (the process stays well under 300 MB). */
const WORKER_HEAP_MB = 200;
/**
 * The worker's young generation: 8 MB is as fast for a check as 24 and keeps the server's peak about
 * 8 MB lower (npm run bench, peak memory).
 */
const WORKER_YOUNG_MB = 8;
/** Settings and sibling lists the worker keeps by number: a few documents' worth. */
const KEPT_VALUES = 8;

interface Pending {
  job: CheckJob;
  resolve: (outcome: CheckOutcome | undefined) => void;
  reject: (error: Error) => void;
}

interface Running extends Pending {
  id: number;
  timer?: NodeJS.Timeout;
}

export interface WorkerCheckRunnerOptions {
  /** The worker script (dist/checkWorker.js). */
  script: string;
  log?: (message: string) => void;
}

export class WorkerCheckRunner implements CheckRunner {
  private worker: Worker | undefined;
  /** Whether the worker has loaded the engine and its data (time limits count from then on). */
  private ready = false;
  private readonly queue: Pending[] = [];
  private running: Running | undefined;
  private nextId = 0;
  /** What the current worker holds: settings by object, sibling lists by their JSON; oldest first. */
  private held = new Map<unknown, number>();
  private readonly siblingKeys = new WeakMap<object, string>();
  private readonly wordListIds = new WeakMap<object, number>();

  constructor(private readonly options: WorkerCheckRunnerOptions) {
    // Data this thread reads (spelling suggestions) goes to the worker, which then need not read it.
    onLanguageDataRead((file, bytes) => this.worker?.postMessage({ type: 'data', files: [[file, bytes]] } satisfies ToWorker));
  }

  run(job: CheckJob): Promise<CheckOutcome | undefined> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.next();
    });
  }

  /** Starts the worker now, so it has loaded the engine before the first check arrives. */
  warm(): void {
    this.ensureWorker();
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private next(): void {
    while (!this.running && this.queue.length) {
      const pending = this.queue[0];
      if (pending.job.wanted && !pending.job.wanted()) {
        this.queue.shift();
        pending.resolve(undefined);
        continue;
      }
      // A new worker first loads the engine and warms up: not counted against any file's time limit.
      this.ensureWorker();
      if (!this.ready) return;
      this.queue.shift();
      this.start(pending);
    }
  }

  private start(pending: Pending): void {
    const worker = this.ensureWorker();
    const { job } = pending;
    const id = ++this.nextId;
    const request: CheckRequest = { type: 'check', id, text: job.text, today: job.today, suggest: job.suggest, docId: job.id, settings: 0 };
    const define: Array<[number, unknown]> = [];
    const forget: number[] = [];
    request.settings = this.refer(this.settingsKey(job.settings), job.settings, define, forget);
    if (job.siblings) request.siblings = this.refer(this.siblingsKey(job.siblings), job.siblings, define, forget);
    if (define.length) request.define = define;
    if (forget.length) request.forget = forget;
    const running: Running = { ...pending, id };
    if (job.limit) running.timer = setTimeout(() => this.stop(running, { kind: 'timeout', seconds: job.limit!.seconds, setting: job.limit!.setting }), job.limit.seconds * 1000);
    this.running = running;
    worker.postMessage(request satisfies ToWorker);
  }

  /**
   * What identifies settings: equal settings are one value in the worker, so the engine's caches (keyed
   * by the word list) serve every file of a folder, as the CLI makes a settings object for each file. The
   * word list (150,000 words in a hostile file) is named by its identity, the rest by its JSON.
   */
  private settingsKey(settings: Settings): string {
    let words = this.wordListIds.get(settings.words);
    if (words === undefined) this.wordListIds.set(settings.words, (words = ++this.nextId));
    return `${words} ${JSON.stringify({ ...settings, words: undefined })}`;
  }

  /**
   * What identifies a sibling list: its JSON, worked out once per list (the CLI passes the same list for
   * every file; the server a new, usually equal, one for every edit).
   */
  private siblingsKey(siblings: object): string {
    let key = this.siblingKeys.get(siblings);
    if (key === undefined) this.siblingKeys.set(siblings, (key = JSON.stringify(siblings)));
    return key;
  }

  /** The number the worker knows `value` by, defining it (and forgetting the oldest) when it is new. */
  private refer(key: unknown, value: unknown, define: Array<[number, unknown]>, forget: number[]): number {
    let ref = this.held.get(key);
    if (ref !== undefined) {
      this.held.delete(key);
      this.held.set(key, ref);
      return ref;
    }
    ref = ++this.nextId;
    this.held.set(key, ref);
    define.push([ref, value]);
    if (this.held.size > KEPT_VALUES) {
      const [oldest, oldRef] = this.held.entries().next().value as [unknown, number];
      this.held.delete(oldest);
      forget.push(oldRef);
    }
    return ref;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const start = workerScript(this.options.script);
    const worker = new Worker(start.source, {
      eval: start.eval,
      workerData: { data: languageDataRead(), bundle: start.bundle } satisfies CheckWorkerData,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      stdout: false,
      stderr: false,
    });
    // Never what keeps the process alive: a pending check has its own timer, and the host its input.
    worker.unref();
    worker.on('message', (message: FromWorker) => this.received(worker, message));
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code) => this.lost(worker, new Error(`the worker exited with code ${code}`)));
    this.worker = worker;
    this.ready = false;
    this.held = new Map();
    return worker;
  }

  private received(worker: Worker, message: FromWorker): void {
    if (message.type === 'data') {
      adoptLanguageData(message.files);
      return;
    }
    if (message.type === 'ready') {
      if (worker === this.worker) (this.ready = true), this.next();
      return;
    }
    const running = this.running;
    if (worker !== this.worker || !running || running.id !== message.id) return;
    this.finish(running);
    if (message.type === 'result') running.resolve(JSON.parse(message.outcome) as WorkerOutcome);
    else running.reject(Object.assign(new Error(message.message), { name: message.name, stack: message.stack ?? message.message }));
  }

  /** The worker died on its own (out of memory, a crash): the check it was running is reported, the rest go on. */
  private lost(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    const running = this.running;
    if (!running) {
      // It died while starting: the file waiting for it is reported (so a worker that cannot start never loops).
      const waiting = this.queue.shift();
      if (waiting) {
        this.options.log?.(`The check worker could not start: ${error.message}`);
        waiting.resolve(notCheckedOutcome(waiting.job, { kind: 'failed', detail: `the checker could not start: ${error.message}` }));
        queueMicrotask(() => this.next());
      }
      return;
    }
    const detail = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it needed more than ${WORKER_HEAP_MB} MB of memory` : error.message;
    this.options.log?.(`The check worker stopped while checking ${running.job.id ?? 'a document'}: ${error.message}`);
    this.finish(running);
    running.resolve(notCheckedOutcome(running.job, { kind: 'failed', detail }));
  }

  /** Past the time limit: the worker is terminated and the file reported as not checked. */
  private stop(running: Running, reason: NotCheckedReason): void {
    if (this.running !== running) return;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    this.options.log?.(`Stopped checking ${running.job.id ?? 'a document'} after ${running.job.limit?.seconds} s; the check worker is replaced.`);
    this.finish(running);
    running.resolve(notCheckedOutcome(running.job, reason));
  }

  private finish(running: Running): void {
    clearTimeout(running.timer);
    this.running = undefined;
    // The next check, after the caller has had the outcome.
    queueMicrotask(() => this.next());
  }
}

/** The outcome of a stopped check: the one finding, and what the front matter alone says. */
export function notCheckedOutcome(job: CheckJob, reason: NotCheckedReason): CheckOutcome {
  const { facts, isDraft } = frontMatterFacts(job.text, job.settings as Settings);
  return { findings: notCheckedFindings(job.text, job.settings, reason), isDraft, facts, notChecked: reason };
}

/**
 * A worker runner when the worker bundle is beside this one (the built CLI and server), else (run from
 * the TypeScript sources, as the tests do) checks in this thread. The build sets FOLLOWUP_BUNDLE, which
 * leaves the in-thread engine out of the server's and the CLI's bundles: their thread never checks, and
 * loading the rules there cost 1.7 MB of bundle and 2 MB of memory for nothing.
 */
export function checkRunnerBesideBundle(log?: (message: string) => void): CheckRunner {
  const script = join(__dirname, CHECK_WORKER_FILE);
  if (existsSync(script)) return new WorkerCheckRunner({ script, log });
  // A constant in a bundle: esbuild drops this branch, and the engine's import with it.
  if (process.env.FOLLOWUP_BUNDLE !== 'node') return new InThreadOnFirstCheck(() => import('../engine/checkRunner'));
  throw new Error(`${script} is missing: the installation is incomplete; install the package again.`);
}

/** The engine's in-thread runner, imported on the first check. */
class InThreadOnFirstCheck implements CheckRunner {
  private runner: Promise<CheckRunner> | undefined;

  constructor(private readonly engine: () => Promise<typeof import('../engine/checkRunner')>) {}

  run(job: CheckJob): Promise<CheckOutcome | undefined> {
    this.runner ??= this.engine().then((engine) => new engine.InThreadCheckRunner());
    return this.runner.then((runner) => runner.run(job));
  }

  dispose(): void {}
}
