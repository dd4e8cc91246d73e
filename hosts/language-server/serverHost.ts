/**
 * What the shared server core asks of the platform it runs on: file names, the few files it reads and
 * writes (`.followup.json`, the drafts' front matter, the user words file) and where checks run. The
 * host says, once, at startup (`startServer(connection, host)`): the stdio server gives the Node host
 * (packages/node-host/nodeServerHost.ts), the web worker server the browser host (hosts/language-server/browser-host/
 * browserServerHost.ts), which reads through the client or says what the platform cannot do. So the core
 * (hosts/language-server) imports no Node built-in and nothing from packages/node-host (.dependency-cruiser.cjs).
 */
import type { CheckRunner } from '../../packages/engine/checkRunner';
import type { DictionaryTarget } from './workspaceDictionaryTarget';
import type { UserWordsSource } from './userWords';

/** The path operations the core uses, on the host's file names (Node's `path`; URI paths in a browser). */
export interface FilePaths {
  join(...parts: string[]): string;
  dirname(file: string): string;
  basename(file: string): string;
  resolve(file: string): string;
  relative(from: string, to: string): string;
  isAbsolute(file: string): boolean;
  readonly sep: string;
}

/** One entry of a folder, for the scan of the workspace's drafts. */
export interface FolderEntry {
  name: string;
  kind: 'file' | 'folder' | 'other';
}

export interface ServerHost {
  readonly paths: FilePaths;
  /** The file name of a document's URI, or undefined when the host cannot read it as a file (untitled). */
  fileOf(uri: string): string | undefined;
  /** The URI of a file name (the inverse of fileOf). */
  uriOf(file: string): string;
  /** Where a diagnostic's rule links to (docs/rules.md beside the bundle, or on the web). */
  rulesDocUrl(): string;
  /** The nearest `.followup.json` from `dir` up to `stopAt` (the workspace folder), if any. */
  findConfigFile(dir: string, stopAt: string | undefined): string | undefined;
  /** A `.followup.json`'s text; throws (ConfigError or an Error) when it cannot be read. */
  readConfigText(file: string): string;
  /** Changes when the file does (size, time, identity); 'none' when it is not there. */
  fileSignature(file: string): string;
  /** The entries of a folder ([] when it cannot be listed). */
  listFolder(dir: string): Promise<FolderEntry[]>;
  /** The first `bytes` of a regular file as text, or undefined when it cannot be read. */
  readFileStart(file: string, bytes: number): Promise<string | undefined>;
  /** Where "Add to the workspace dictionary" may write for a draft, or why it may not. */
  workspaceDictionaryTarget(draft: string, folder: string | undefined, configFile: string | undefined): DictionaryTarget;
  /** Adds a word to a `.followup.json` (created when absent); throws with a user-facing reason. */
  addWordToConfigFile(file: string, word: string): Promise<{ changed: boolean }>;
  /** The user dictionary for clients that do not keep it themselves. */
  userWords(warn: (message: string) => void): UserWordsSource;
  /** Where checks run (a worker with a time limit, or this thread). */
  checkRunner(log: (message: string) => void): CheckRunner & { warm?: () => void };
  /**
   * Brings the host's copies of these `.followup.json` files (every one of the workspace's when none are
   * named) up to date before they are looked up again. Only for a host that cannot read them on demand
   * (the browser worker); the Node host reads the disk when asked and leaves this out.
   */
  readConfigFiles?(files?: string[]): Promise<void>;
  /** Whether a timer may be left out of keeping the process alive (Node's `unref`). */
  unrefTimer?(timer: unknown): void;
}

let current: ServerHost | undefined;

/** Called once by the entry (stdio server, browser worker) before the server starts; tests call it too. */
export function useServerHost(host: ServerHost): void {
  current = host;
}

export function serverHost(): ServerHost {
  if (!current) throw new Error('No server host: the entry calls useServerHost() (or startServer(connection, host)) first.');
  return current;
}
