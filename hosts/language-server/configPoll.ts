/**
 * For clients that cannot watch files for the server (no dynamic registration of
 * workspace/didChangeWatchedFiles: Neovim 0.7, Helix, eglot without file-watch support): a cheap, bounded
 * poll of the `.followup.json` files that could apply to the open documents — each open document's
 * folder and its parents up to the workspace folder — so one created, edited or deleted on disk is
 * noticed within `intervalMs` without reopening anything. At most `MAX_PATHS` stat calls a tick, on an
 * unref'd timer (it never keeps the process alive).
 */
import { CONFIG_FILE_NAME } from '../../packages/engine/configText';
import { serverHost } from './serverHost';

const MAX_PATHS = 200;
/** How far up from a document's folder to look when it is outside every workspace folder. */
const MAX_DEPTH = 12;

export interface ConfigPollHost {
  /** Paths of the open documents (files only). */
  openFiles(): string[];
  /** The workspace folder of a file, where the `.followup.json` search stops. */
  workspaceFolderOf(file: string): string | undefined;
  /** `.followup.json` files that appeared, changed or disappeared since the last tick. */
  changed(files: string[]): void;
}

export class ConfigFilePoll {
  private readonly seen = new Map<string, string>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ConfigPollHost,
    private readonly intervalMs = 2000,
  ) {}

  start(): void {
    if (this.timer) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    serverHost().unrefTimer?.(this.timer);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** The config files that could apply to the open documents, nearest first, at most MAX_PATHS. */
  candidates(): string[] {
    const path = serverHost().paths;
    const out = new Set<string>();
    for (const file of this.host.openFiles()) {
      const stop = this.host.workspaceFolderOf(file);
      let dir = path.dirname(file);
      for (let depth = 0; depth < MAX_DEPTH && out.size < MAX_PATHS; depth++) {
        out.add(path.join(dir, CONFIG_FILE_NAME));
        if ((stop && path.resolve(dir) === path.resolve(stop)) || path.dirname(dir) === dir) break;
        dir = path.dirname(dir);
      }
    }
    return [...out];
  }

  /** Compares each candidate's size and modification time with the last tick; a new candidate is only recorded. */
  tick(): void {
    const changed: string[] = [];
    const current = new Set<string>();
    for (const file of this.candidates()) {
      current.add(file);
      const signature = serverHost().fileSignature(file);
      const before = this.seen.get(file);
      if (before !== undefined && before !== signature) changed.push(file);
      this.seen.set(file, signature);
    }
    for (const file of [...this.seen.keys()]) if (!current.has(file)) this.seen.delete(file);
    if (changed.length) this.host.changed(changed);
  }
}
