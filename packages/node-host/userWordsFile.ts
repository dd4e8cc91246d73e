/**
 * The user dictionary for editors other than VS Code: one word a line in
 * `$XDG_CONFIG_HOME/followup/words.txt` (default `~/.config/followup/words.txt`). The server reads it as
 * user words for every document and appends to it from "Add 'WORD' to the user dictionary". Lines
 * starting with `#` are comments.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { UserWordsSource } from '../../hosts/language-server/userWords';
import { removeStaleTemps, replaceFileAtomic } from './atomicWrite';
import { isRunning, lockTarget, withFileLock } from './fileLock';
import { ReadRefused, readRegularFile, readRegularTextIfExists, SETTINGS_FILE_MAX_BYTES } from './boundedRead';

export function userWordsFile(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(os.homedir(), '.config');
  return path.join(base, 'followup', 'words.txt');
}

export function parseUserWords(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/**
 * The same empty list every time, so the settings merged from it are reused (settingsStore.ts compares
 * by identity): a new `[]` per call re-merged a 150,000-word .followup.json on every keystroke (270 ms).
 */
const NO_WORDS = Object.freeze([]) as unknown as string[];

/** Reads the words file, re-reading only when it changed on disk (one stat per call). */
export class UserWords implements UserWordsSource {
  private cached: { mtimeMs: number; size: number; words: string[] } | undefined;

  private reported: string | undefined;

  constructor(
    readonly file: string = userWordsFile(),
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  words(): string[] {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(this.file);
    } catch {
      this.cached = undefined;
      return NO_WORDS;
    }
    if (this.cached && this.cached.mtimeMs === stat.mtimeMs && this.cached.size === stat.size) return this.cached.words;
    try {
      const words = parseUserWords(readRegularFile(this.file, SETTINGS_FILE_MAX_BYTES).toString('utf8'));
      this.cached = { mtimeMs: stat.mtimeMs, size: stat.size, words };
      this.reported = undefined;
      return words;
    } catch (error) {
      const message = `${this.file} ${error instanceof ReadRefused ? error.reason : (error as Error).message}; its words are not used until it is fixed.`;
      if (this.reported !== message) this.warn(message);
      this.reported = message;
      return this.cached?.words ?? NO_WORDS;
    }
  }

  /** Appends a word (no duplicate); returns false when it was already there. */
  add(word: string): boolean {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    // Under the lock, re-read: another server may have added words since this one last read the file.
    const added = withFileLock(lockTarget(this.file), () => {
      removeStaleTemps(this.file, isRunning);
      const text = readUserWordsText(this.file);
      if (new Set(parseUserWords(text)).has(word)) return false;
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      const prefix = text && !text.endsWith('\n') ? eol : '';
      replaceFileAtomic(this.file, text + prefix + word + eol);
      return true;
    });
    this.cached = undefined;
    return added;
  }
}

/** The words file's text ('' when absent); an unreadable or irregular one is an error saying so. */
function readUserWordsText(file: string): string {
  try {
    return readRegularTextIfExists(file, SETTINGS_FILE_MAX_BYTES) ?? '';
  } catch (error) {
    throw new Error(`${file} ${(error as Error).message}; the word was not added.`);
  }
}
