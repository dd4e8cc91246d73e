/**
 * The drafts of the workspace, by front matter (and a thank-you's main text, for the panel check), so the
 * sequence rules in the editor see the other drafts of an interview (a check-in planned before the
 * thank-you, two thank-yous of a panel that say the same ...). Files are scanned once in the
 * background after start-up, then kept current from file-watcher events; open documents use their live text.
 */
import type { DateValue } from '../../packages/engine/dates';
import { alwaysSkippedDir } from '../../packages/engine/exclude';
import type { DraftFacts } from '../../packages/engine/rules/types';
import type { Settings } from '../../packages/engine/settings';
import { draftSummary, frontMatterFacts, siblingFromFacts, thankYouPanelWords, type SiblingDraft } from '../../packages/engine/siblings';
import { serverHost } from './serverHost';

/** What is kept of a draft: its front matter's facts, and a thank-you's main text for the panel check. */
interface Summary {
  facts: DraftFacts;
  panelWords?: string;
  /**
   * An open thank-you's text whose panel words are not read yet: they take a Markdown parse, and only
   * another draft's check reads them, so they are read when one first asks (not on every keystroke).
   */
  unread?: string;
}

const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;
/** Enough for any job search; a huge folder of notes is not scanned past this. */
const MAX_FILES = 5000;
/** Front matter is at the top: a draft's first 64 KB is plenty. */
const READ_BYTES = 64 * 1024;

export class WorkspaceDrafts {
  private readonly onDisk = new Map<string, Summary>();
  private readonly live = new Map<string, Summary>();

  /**
   * @param excluded whether a file or folder is left out by the `exclude` settings (always skipped:
   * node_modules, build output and dot-folders).
   */
  constructor(
    private readonly defaults: () => Settings,
    private readonly excluded: (file: string) => Promise<boolean> = async () => false,
  ) {}

  /**
   * Scans the folders in the background; resolves with the number of drafts found. Scanning again (the
   * exclude settings changed) forgets the files no longer found, once the new scan is complete.
   */
  scan(folders: readonly string[], log: (message: string) => void): Promise<number> {
    // One scan at a time: a scan asked for while one runs starts when it ends, and sees the latest settings.
    const next = this.scanning.then(() => this.scanOnce(folders, log));
    this.scanning = next.catch(() => 0);
    return next;
  }

  private scanning: Promise<number> = Promise.resolve(0);

  private async scanOnce(folders: readonly string[], log: (message: string) => void): Promise<number> {
    let files = 0;
    const found = new Set<string>();
    const visit = async (dir: string): Promise<void> => {
      const entries = await serverHost().listFolder(dir);
      for (const entry of entries) {
        if (files >= MAX_FILES) return;
        const full = serverHost().paths.join(dir, entry.name);
        if (entry.kind === 'folder') {
          if (!alwaysSkippedDir(entry.name) && !(await this.excluded(full))) await visit(full);
        } else if (entry.kind === 'file' && MARKDOWN.test(entry.name) && !(await this.excluded(full))) {
          files++;
          found.add(full);
          await this.read(full);
        }
      }
    };
    for (const folder of folders) await visit(folder);
    if (files >= MAX_FILES) log(`Stopped reading drafts after ${MAX_FILES} Markdown files; the sequence rules see only those.`);
    for (const file of [...this.onDisk.keys()]) if (!found.has(file)) this.onDisk.delete(file);
    return this.onDisk.size;
  }

  /** Re-reads one file after a watcher event (or forgets it when it is gone or excluded). */
  async readFile(file: string): Promise<void> {
    if (await this.excluded(file)) {
      this.onDisk.delete(file);
      return;
    }
    await this.read(file);
  }

  private async read(file: string): Promise<void> {
    const text = await serverHost().readFileStart(file, READ_BYTES);
    if (text === undefined) {
      this.onDisk.delete(file);
      return;
    }
    this.store(this.onDisk, file, text);
  }

  forget(file: string): void {
    this.onDisk.delete(file);
  }

  /** An open document's current text, which wins over the file on disk. */
  setLive(file: string, text: string): void {
    // The same first part as read from disk: a huge open file costs no more on each keystroke.
    this.store(this.live, file, text.slice(0, READ_BYTES), true);
  }

  closeLive(file: string): void {
    this.live.delete(file);
  }

  /**
   * Every draft, live text first, as siblings for a check made with these settings and today. `except`
   * (the draft being checked) is left out: the rules never compare a draft with itself, and its own
   * panel words, changed by every keystroke, are then not read before its check.
   */
  siblings(settings: Settings, today: DateValue, except?: string): SiblingDraft[] {
    const out: SiblingDraft[] = [];
    for (const [file, s] of this.live) {
      if (file === except) continue;
      if (s.unread !== undefined) {
        const panelWords = thankYouPanelWords(s.unread, s.facts);
        s.unread = undefined;
        if (panelWords !== undefined) s.panelWords = panelWords;
      }
      out.push(siblingFromFacts(file, s.facts, settings, today, s.panelWords));
    }
    for (const [file, s] of this.onDisk) if (file !== except && !this.live.has(file)) out.push(siblingFromFacts(file, s.facts, settings, today, s.panelWords));
    return out;
  }

  /** Reads a draft's summary (draftSummary); with `lazily`, a thank-you's panel words wait (Summary.unread). */
  private store(map: Map<string, Summary>, file: string, text: string, lazily = false): void {
    if (!text.startsWith('---') && !text.startsWith('\uFEFF---')) {
      map.delete(file);
      return;
    }
    if (lazily) {
      const { facts, isDraft } = frontMatterFacts(text, this.defaults());
      if (isDraft) map.set(file, facts.kind === 'thank-you' ? { facts, unread: text } : { facts });
      else map.delete(file);
      return;
    }
    const { facts, isDraft, panelWords } = draftSummary(text, this.defaults());
    if (isDraft) map.set(file, { facts, panelWords });
    else map.delete(file);
  }
}
