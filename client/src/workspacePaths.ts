/**
 * Folders named in settings (`followup.draftsFolder`, `followup.templatesFolder`) must stay inside the
 * workspace folder: a setting that climbs out with `..` or names another place is refused with a message
 * rather than followed. Paths are URI paths (forward slashes), so this works for remote workspaces too.
 */
import { posix } from 'node:path';

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
