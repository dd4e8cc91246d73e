/**
 * `.followup.json`: found from the checked file upwards (to the workspace root when one is given, else to
 * the file system root), read, and laid over the defaults. A broken file is a clear message naming the
 * file and the problem, never a stack trace.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applySettings, defaultSettings, type Settings } from '../engine/settings';
import { ReadRefused, readRegularFile, SETTINGS_FILE_MAX_BYTES } from './boundedRead';

export { CONFIG_FILE_NAME, ConfigError, parseConfigText } from '../engine/configText';
import { CONFIG_FILE_NAME, ConfigError, parseConfigText } from '../engine/configText';

export function findConfigFile(startDir: string, stopAt?: string): string | undefined {
  let dir = path.resolve(startDir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    if (dir === stop) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The text of a config file: a regular file of at most 5 MB (`SETTINGS_FILE_MAX_BYTES`), else a ConfigError. */
export function readConfigText(file: string): string {
  try {
    return readRegularFile(file, SETTINGS_FILE_MAX_BYTES).toString('utf8');
  } catch (error) {
    const reason = error instanceof ReadRefused ? error.reason : `cannot be read (${(error as Error).message})`;
    throw new ConfigError(file, `${reason}. Make it a regular JSON file, or delete it to use the defaults.`);
  }
}

/** Reads and parses a config file; a ConfigError when it cannot be read or is not JSON. */
export function readConfigFile(file: string): unknown {
  return parseConfigText(readConfigText(file), file);
}

export interface LoadedSettings {
  settings: Settings;
  /** The config file used, if any. */
  file?: string;
  /** Settings that were ignored because their values were wrong, as "file: message" lines. */
  warnings: string[];
}

/** Settings for one file: defaults, then `base` (editor settings), then the nearest `.followup.json`. */
export function loadSettingsFor(
  filePath: string,
  options: { configFile?: string; workspaceRoot?: string; base?: Settings } = {},
): LoadedSettings {
  const file = options.configFile ?? findConfigFile(path.dirname(path.resolve(filePath)), options.workspaceRoot);
  const base = options.base ?? defaultSettings();
  if (!file) return { settings: base, warnings: [] };
  const raw = readConfigFile(file);
  const { settings, problems } = applySettings(base, raw);
  return { settings, file, warnings: problems.map((p) => `${file}: ${p.message}`) };
}

/**
 * `loadSettingsFor` for many files at once (the CLI): each `.followup.json` is read and applied once, so
 * every draft under it shares one `Settings` (and the rules' caches of its word list).
 */
export function cachedSettingsLoader(): (filePath: string) => LoadedSettings {
  const byFile = new Map<string, LoadedSettings | ConfigError>();
  const none: LoadedSettings = { settings: defaultSettings(), warnings: [] };
  return (filePath) => {
    const file = findConfigFile(path.dirname(path.resolve(filePath)));
    if (!file) return none;
    let loaded = byFile.get(file);
    if (!loaded) {
      try {
        loaded = loadSettingsFor(filePath, { configFile: file });
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        loaded = error;
      }
      byFile.set(file, loaded);
    }
    if (loaded instanceof ConfigError) throw loaded;
    return loaded;
  };
}
