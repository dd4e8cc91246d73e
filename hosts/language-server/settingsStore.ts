/**
 * Settings for each open document, from weakest to strongest: defaults, the editor's `followup` settings
 * (pulled per document with `workspace/configuration`, or pushed with didChangeConfiguration by clients
 * without it), the user words file, then the nearest `.followup.json` up to the workspace folder.
 * Every source is normalised once and cached; `invalidate*` drops what changed. A broken `.followup.json`
 * is reported once per change and the last good version of it (or none) stays in use.
 */
import { CONFIG_FILE_NAME, ConfigError, parseConfigText } from '../../packages/engine/configText';
import { applySettings, defaultSettings, type Settings, type SettingsProblem } from '../../packages/engine/settings';
import { ScanExclusion } from './scanExclusion';
import { serverHost } from './serverHost';
import type { UserWordsSource } from './userWords';

export interface SettingsHost {
  /** Asks the client for the `followup` section for a document; undefined when the client cannot. */
  fetchEditorSettings(uri: string): Promise<unknown> | undefined;
  /** VS Code's `files.exclude` for a workspace folder (any client may answer); undefined when it cannot be asked. */
  fetchFilesExclude?(folderUri: string): Promise<unknown> | undefined;
  /** The text of an open `.followup.json`, which wins over the file on disk while it is being edited. */
  openConfigText(file: string): string | undefined;
  /** Workspace folder paths, to stop the `.followup.json` search at the folder root. */
  workspaceFolders(): string[];
  log(message: string): void;
  /** A problem the user should see even without looking at the log. */
  warn(message: string): void;
  /** The values of a `.followup.json` that were ignored (none: it is fine again), with the text they are in. */
  configProblems?(file: string, text: string, problems: readonly SettingsProblem[]): void;
}

interface ConfigEntry {
  /** Parsed JSON of the last good version, or undefined when there never was one. */
  raw: unknown;
  /** The text it came from, so an unchanged file is not reported twice. */
  reportedError?: string;
  fresh: boolean;
}

/** Keys the editor settings carry for the client only (e.g. `followup.trace.server`). */
const CLIENT_ONLY_KEYS = new Set(['trace', 'draftsFolder', 'templatesFolder', 'senderName', 'enable']);

export class SettingsStore {
  private editorSettings = new Map<string, Promise<Settings>>();
  /** Settings pushed by didChangeConfiguration or initializationOptions, for clients without workspace/configuration. */
  private pushedSettings: Settings = defaultSettings();
  private configForDir = new Map<string, string | null>();
  private configs = new Map<string, ConfigEntry>();
  private reportedProblems = new Set<string>();
  private merged = new Map<string, { editor: Settings; words: string[]; config: unknown; settings: Settings }>();
  /** Which files the workspace scan leaves out (scanExclusion.ts), from these settings. */
  private readonly exclusion = new ScanExclusion({
    workspaceFolderOf: (file) => this.workspaceFolderOf(file),
    excludeFor: (dir, folder) => this.excludeFor(dir, folder),
    fetchFilesExclude: (folderUri) => this.host.fetchFilesExclude?.(folderUri),
  });

  constructor(
    private readonly host: SettingsHost,
    private readonly userWords: UserWordsSource,
  ) {}

  /** Normalises raw editor settings once, logging values that were ignored. */
  private normaliseEditor(raw: unknown): Settings {
    let clean = raw;
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      clean = Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter(([k]) => !CLIENT_ONLY_KEYS.has(k)));
    }
    const { settings, problems } = applySettings(defaultSettings(), clean);
    for (const p of problems) this.reportOnce(`Editor setting ignored: followup.${p.key ? p.key + ': ' : ''}${p.message}`, true);
    return settings;
  }

  setPushedSettings(raw: unknown): void {
    this.pushedSettings = this.normaliseEditor(raw);
  }

  invalidateEditorSettings(): void {
    this.editorSettings.clear();
    this.merged.clear();
    this.exclusion.invalidate(true);
  }

  forget(uri: string): void {
    this.editorSettings.delete(uri);
    this.merged.delete(uri);
  }

  /** A `.followup.json` changed (on disk or in the editor): re-read it; a new or deleted one changes lookups. */
  invalidateConfigFile(file?: string): void {
    this.configForDir.clear();
    if (file) {
      const entry = this.configs.get(serverHost().paths.resolve(file));
      if (entry) entry.fresh = false;
    } else for (const entry of this.configs.values()) entry.fresh = false;
    this.merged.clear();
    this.exclusion.invalidate(false);
  }

  private editorSettingsFor(uri: string): Promise<Settings> {
    let cached = this.editorSettings.get(uri);
    if (!cached) {
      const fetched = this.host.fetchEditorSettings(uri);
      cached = fetched
        ? fetched.then(
            (raw) => (raw === null || raw === undefined ? this.pushedSettings : this.normaliseEditor(raw)),
            (error) => {
              this.host.log(`Could not get the editor settings for ${uri} (${(error as Error).message}); using the defaults.`);
              return this.pushedSettings;
            },
          )
        : Promise.resolve(this.pushedSettings);
      this.editorSettings.set(uri, cached);
    }
    return cached;
  }

  /** The workspace folder containing a file: the deepest one. */
  workspaceFolderOf(file: string): string | undefined {
    const path = serverHost().paths;
    let best: string | undefined;
    for (const folder of this.host.workspaceFolders()) {
      const rel = path.relative(folder, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  /** The `.followup.json` that applies to a file, if any. */
  configFileFor(file: string): string | undefined {
    const path = serverHost().paths;
    const dir = path.dirname(file);
    let found = this.configForDir.get(dir);
    if (found === undefined) {
      found = serverHost().findConfigFile(dir, this.workspaceFolderOf(file)) ?? null;
      if (found === null) {
        // An open, unsaved `.followup.json` counts too: look for one among the editor's documents.
        for (let d = dir; ; d = path.dirname(d)) {
          const candidate = path.join(d, CONFIG_FILE_NAME);
          if (this.host.openConfigText(candidate) !== undefined) {
            found = candidate;
            break;
          }
          if (d === this.workspaceFolderOf(file) || path.dirname(d) === d) break;
        }
      }
      this.configForDir.set(dir, found);
    }
    return found ?? undefined;
  }

  /** The parsed config file: the editor's text when it is open, else the disk's; the last good one when broken. */
  private configRaw(file: string): unknown {
    const key = serverHost().paths.resolve(file);
    let entry = this.configs.get(key);
    if (entry?.fresh) return entry.raw;
    entry ??= { raw: undefined, fresh: false };
    this.configs.set(key, entry);
    entry.fresh = true;
    const open = this.host.openConfigText(key);
    try {
      const text = open ?? serverHost().readConfigText(key);
      entry.raw = parseConfigText(text, key);
      if (entry.reportedError) this.host.log(`${key} is valid again; using it.`);
      entry.reportedError = undefined;
      const { problems } = applySettings(defaultSettings(), entry.raw);
      for (const p of problems) this.reportOnce(`${key}: ${p.message} (ignored).`);
      this.host.configProblems?.(key, text, problems);
    } catch (error) {
      const message = error instanceof ConfigError ? error.message : `${key}: ${(error as Error).message}`;
      const fallback = entry.raw === undefined ? 'the editor settings and defaults' : 'its last valid version';
      const text = `${message} Using ${fallback} until it is fixed.`;
      if (entry.reportedError !== message) {
        entry.reportedError = message;
        // While the file is typed in the editor it is often broken for a moment: a log line is enough.
        if (open !== undefined) this.host.log(text);
        else this.host.warn(text);
      }
    }
    return entry.raw;
  }

  /** Logs a problem once (and shows it, when `show`: an editor setting has no file to put a diagnostic on). */
  private reportOnce(message: string, show = false): void {
    if (this.reportedProblems.has(message)) return;
    this.reportedProblems.add(message);
    if (show) this.host.warn(message);
    else this.host.log(message);
  }

  /** Whether the workspace scan leaves a file or folder out (the `exclude` settings, `files.exclude`). */
  isExcluded(file: string): Promise<boolean> {
    return this.exclusion.isExcluded(file);
  }

  /** The `exclude` globs for the entries of a folder: its `.followup.json`'s (relative to it), else the editor's. */
  private async excludeFor(dir: string, folder: string): Promise<{ base: string; patterns: readonly string[] }> {
    const path = serverHost().paths;
    let settings = await this.editorSettingsFor(serverHost().uriOf(folder));
    const configFile = this.configFileFor(path.join(dir, 'draft.md'));
    const config = configFile ? this.configRaw(configFile) : undefined;
    if (config !== undefined) settings = applySettings(settings, config).settings;
    return { base: configFile ? path.dirname(configFile) : folder, patterns: settings.exclude };
  }

  /** The complete settings for a document. */
  async settingsFor(uri: string): Promise<Settings> {
    const editor = await this.editorSettingsFor(uri);
    const file = fileOf(uri);
    const words = this.userWords.words();
    const configFile = file ? this.configFileFor(file) : undefined;
    const config = configFile ? this.configRaw(configFile) : undefined;
    const cached = this.merged.get(uri);
    if (cached && cached.editor === editor && cached.words === words && cached.config === config) return cached.settings;
    let settings = editor;
    if (words.length) settings = applySettings(settings, { words }).settings;
    if (config !== undefined) settings = applySettings(settings, config).settings;
    this.merged.set(uri, { editor, words, config, settings });
    return settings;
  }
}

/** The host's file name of a document URI, or undefined for one it cannot read as a file (untitled documents). */
export function fileOf(uri: string): string | undefined {
  return serverHost().fileOf(uri);
}
