/**
 * Which files and folders the workspace scan of the other drafts leaves out: the `exclude` of the
 * `.followup.json` that applies to an entry (relative to that file's folder; else the editor's
 * `followup.exclude` or the default, relative to the workspace folder), and the editor's `files.exclude`
 * (relative to the workspace folder). Files outside the workspace folders are never excluded. The rules
 * are worked out once per folder until the settings change.
 */
import { ExcludeMatcher, filesExcludePatterns, type ExcludeRule } from '../../packages/engine/exclude';
import { serverHost } from './serverHost';

export interface ScanExclusionHost {
  workspaceFolderOf(file: string): string | undefined;
  /** The `exclude` globs for the entries of `dir` and the folder they are relative to. */
  excludeFor(dir: string, folder: string): Promise<{ base: string; patterns: readonly string[] }>;
  /** VS Code's `files.exclude` for a workspace folder; undefined when it cannot be asked. */
  fetchFilesExclude(folderUri: string): Promise<unknown> | undefined;
}

export class ScanExclusion {
  /** Per folder of the workspace scan: the exclude rules that apply to its entries. */
  private readonly rules = new Map<string, Promise<ExcludeRule[]>>();
  private readonly filesExclude = new Map<string, Promise<unknown>>();

  constructor(private readonly host: ScanExclusionHost) {}

  /** Settings changed: the rules are worked out again (and `files.exclude` asked again, when `editor`). */
  invalidate(editor: boolean): void {
    this.rules.clear();
    if (editor) this.filesExclude.clear();
  }

  async isExcluded(file: string): Promise<boolean> {
    const path = serverHost().paths;
    const folder = this.host.workspaceFolderOf(file);
    if (!folder || path.resolve(file) === path.resolve(folder)) return false;
    const dir = path.dirname(file);
    let rules = this.rules.get(dir);
    if (!rules) this.rules.set(dir, (rules = this.rulesFor(dir, folder)));
    return (await rules).some((rule) => rule.matcher.excludes(path.relative(rule.base, file).split(path.sep).join('/')));
  }

  private async rulesFor(dir: string, folder: string): Promise<ExcludeRule[]> {
    const own = await this.host.excludeFor(dir, folder);
    const rules: ExcludeRule[] = [{ base: own.base, matcher: new ExcludeMatcher(own.patterns) }];
    const filesExclude = filesExcludePatterns(await this.filesExcludeOf(serverHost().uriOf(folder)));
    if (filesExclude.length) rules.push({ base: folder, matcher: new ExcludeMatcher(filesExclude) });
    return rules;
  }

  /** Asked once per workspace folder (until the editor settings change). */
  private filesExcludeOf(folderUri: string): Promise<unknown> {
    let cached = this.filesExclude.get(folderUri);
    if (!cached) {
      const fetched = this.host.fetchFilesExclude(folderUri);
      cached = fetched ? fetched.catch(() => undefined) : Promise.resolve(undefined);
      this.filesExclude.set(folderUri, cached);
    }
    return cached;
  }
}
