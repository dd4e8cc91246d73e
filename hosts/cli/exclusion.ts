/**
 * The `exclude` setting in the CLI's folder walk: each file or folder found is tested against the
 * `exclude` of the `.followup.json` that applies to it (patterns relative to that file's folder; without
 * one, the defaults, relative to the folder walked). The folder the user named is always walked, even when
 * its own name matches (`followup check test/fixtures`).
 */
import * as path from 'node:path';
import { ExcludeMatcher } from '../../packages/engine/exclude';
import type { Settings } from '../../packages/engine/settings';
import type { LoadedSettings } from '../../packages/node-host/configFile';
import type { Excluded } from './files';

export function cliExclusion(loadSettings: (filePath: string) => LoadedSettings, fixed?: Settings): Excluded {
  const matchers = new Map<string[], ExcludeMatcher>();
  const matcherOf = (settings: Settings) => {
    let matcher = matchers.get(settings.exclude);
    if (!matcher) matchers.set(settings.exclude, (matcher = new ExcludeMatcher(settings.exclude)));
    return matcher;
  };
  return (absolute, root) => {
    let settings: Settings;
    let base = root;
    if (fixed) settings = fixed;
    else {
      try {
        const loaded = loadSettings(absolute);
        settings = loaded.settings;
        if (loaded.file) base = path.dirname(loaded.file);
      } catch {
        return false; // a broken .followup.json is reported when the drafts are read
      }
    }
    const relative = path.relative(base, absolute);
    const rootDepth = path.relative(base, root).split(path.sep).filter((p) => p && p !== '.').length;
    // A config above the walked folder: its patterns apply only below the folder the user named.
    return matcherOf(settings).excludes(relative.split(path.sep).join('/'), relative.startsWith('..') ? 0 : rootDepth);
  };
}
