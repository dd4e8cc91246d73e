/**
 * Folders named in settings (`followup.draftsFolder`, `followup.templatesFolder`) must stay inside the
 * workspace folder: a setting that climbs out with `..` or names another place is refused with a message
 * rather than followed. Paths are URI paths (forward slashes), so this works for remote workspaces too.
 */
import * as posix from '../../packages/engine/posixPath';

export type FolderResult = { ok: true; path: string } | { ok: false; message: string };

export function folderInside(workspacePath: string, setting: string, settingName: string): FolderResult {
  const root = posix.normalize(toSlashes(workspacePath)).replace(/\/+$/, '') || '/';
  // A Windows path `C:/x` is the URI path `/C:/x`.
  const value = toSlashes(setting.trim()).replace(/^([A-Za-z]:\/)/, '/$1');
  if (!value) return { ok: true, path: root };
  const target = posix.normalize(isAbsolute(value) ? value : posix.join(root, value)).replace(/\/+$/, '');
  const inside = sameOrBelow(target, root);
  if (!inside) {
    return {
      ok: false,
      message: `The ${settingName} setting "${setting}" points outside the workspace folder; set it to a folder inside the workspace, such as "followups".`,
    };
  }
  return { ok: true, path: target || '/' };
}

function toSlashes(p: string): string {
  return p.replace(/\\/g, '/');
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

function sameOrBelow(target: string, root: string): boolean {
  const [t, r] = [comparable(target), comparable(root)];
  return t === r || t.startsWith(r === '/' ? '/' : r + '/');
}

/** Windows drive letters compare without case: `/c:/x` and `C:/x` are one place. */
function comparable(p: string): string {
  return p.replace(/^\/?([A-Za-z]):/, (_, d: string) => `/${d.toLowerCase()}:`);
}

/**
 * The same check on the real location of a local folder: a drafts folder inside the workspace that is a
 * symbolic link to somewhere else is outside it too. `realpath` gives a path's real location, or undefined
 * when it does not exist (then its nearest existing parent is looked at, as that is where it would be made).
 */
export function realFolderInside(
  workspacePath: string,
  folderPath: string,
  settingName: string,
  realpath: (p: string) => string | undefined,
): FolderResult {
  const realRoot = realpath(workspacePath) ?? workspacePath;
  let existing = toSlashes(folderPath);
  let rest = '';
  let real = realpath(existing);
  while (real === undefined && existing !== posix.dirname(existing)) {
    rest = posix.join(posix.basename(existing), rest);
    existing = posix.dirname(existing);
    real = realpath(existing);
  }
  const result = folderInside(realRoot, posix.join(toSlashes(real ?? existing), rest), settingName);
  if (result.ok) return { ok: true, path: folderPath };
  return {
    ok: false,
    message: `The ${settingName} folder "${folderPath}" is a link to a place outside the workspace folder; set it to a real folder inside the workspace, such as "followups".`,
  };
}

/** A draft's file name must name a file directly in the drafts folder: no folder part, no `..`. */
export function draftNameProblem(fileName: string): string | undefined {
  if (!fileName || fileName === '.' || fileName === '..' || /[\/\\\0]/.test(fileName)) {
    return `"${fileName}" is not a plain file name; a draft is only ever written directly into the drafts folder.`;
  }
  return undefined;
}
