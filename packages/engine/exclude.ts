/**
 * Folders and files left out of a directory walk (the CLI's `followup check FOLDER` and the language
 * server's workspace scan of the other drafts): always node_modules, build output, version-control and
 * other dot-folders; and the `exclude` globs of `.followup.json` (default: test-like folders, so a
 * repository opened at its root does not take test drafts for the user's own). Pure string code with `/`
 * separators, so the VS Code client's Follow-Ups view uses the same rules.
 *
 * A pattern without a `/` matches a file or folder name anywhere (`fixtures`, `*.notes.md`); one with a `/`
 * matches the path from the folder of the `.followup.json` (or of the walk) (`drafts/old/**`,
 * `archive/*.md`). `*` is any run of characters in a name, `**` any number of folders, `?` one character,
 * `{a,b}` either. A folder that matches is skipped with everything in it.
 */

/** Never walked into: dependencies, build output, version control, and folders starting with a dot. */
export const ALWAYS_SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

/** The default of the `exclude` setting: folders where tests, not the user's emails, live. */
export const DEFAULT_EXCLUDE: readonly string[] = ['test', 'tests', '__tests__', 'fixtures', '__fixtures__'];

/** Bounds of the `exclude` setting (a hostile file cannot make every path test a million patterns). */
export const MAX_EXCLUDE_PATTERNS = 100;
export const MAX_EXCLUDE_PATTERN_LENGTH = 200;

/** Whether a folder name is never walked into, whatever the settings. */
export function alwaysSkippedDir(name: string): boolean {
  return ALWAYS_SKIPPED_DIRS.has(name) || name.startsWith('.');
}

export class ExcludeMatcher {
  private readonly names: RegExp[] = [];
  private readonly paths: RegExp[] = [];

  constructor(patterns: readonly string[]) {
    for (const raw of patterns) {
      const pattern = raw.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
      if (!pattern) continue;
      // `**/name` is the same as `name`: a name anywhere.
      const bare = pattern.replace(/^(?:\*\*\/)+/, '');
      if (!bare.includes('/')) this.names.push(globToRegExp(bare));
      else this.paths.push(globToRegExp(pattern.replace(/^\//, '')));
    }
  }

  /**
   * Whether a path, relative to the folder the patterns belong to (`/`-separated), is excluded: it or one
   * of its folders matches. The first `fromSegment` names are not tested: the folder a user asked to walk
   * (`followup check test/fixtures`) is walked even when its own name matches.
   */
  excludes(relative: string, fromSegment = 0): boolean {
    const parts = relative.replace(/\\/g, '/').split('/').filter((p) => p && p !== '.');
    if (!parts.length || parts[0] === '..') return false;
    for (let i = fromSegment; i < parts.length; i++) {
      if (this.names.some((re) => re.test(parts[i]))) return true;
      if (this.paths.length) {
        const prefix = parts.slice(0, i + 1).join('/');
        if (this.paths.some((re) => re.test(prefix))) return true;
      }
    }
    return false;
  }
}

/** A glob as an anchored regular expression over a `/`-separated path. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          out += '(?:[^/]*/)*'; // `**/`: any number of folders, none included
        } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  out += ')'.repeat(braces);
  return new RegExp(`^${out}$`, 'i');
}

/** One `exclude` list and the folder its paths are relative to. */
export interface ExcludeRule {
  base: string;
  matcher: ExcludeMatcher;
}

/**
 * The patterns of VS Code's `files.exclude` (an object of glob: true, or glob: { when: ... }): those set
 * to true. A `when` condition depends on sibling files and is not followed. Bounded like `exclude`.
 */
export function filesExcludePatterns(value: unknown): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([pattern, on]) => on === true && pattern.length <= MAX_EXCLUDE_PATTERN_LENGTH)
    .map(([pattern]) => pattern)
    .slice(0, MAX_EXCLUDE_PATTERNS);
}
