/**
 * File names in the browser worker are the documents' URIs themselves (`vscode-vfs://github/o/r/a.md`,
 * `vscode-remote://host/w/a.md`, `file:///w/a.md`): there is no file system to map them onto. These are
 * the path operations of the server core (lsp/serverHost.ts `FilePaths`) on such URIs: POSIX rules on
 * the path, the `scheme://authority` kept as the root. A query or fragment is not part of a file name.
 */
import { normalize } from '../../../packages/engine/posixPath';
import type { FilePaths } from '../serverHost';

/** `scheme://authority` and the path after it ('' and the name itself for a plain path). */
function split(name: string): { root: string; path: string } {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)([^?#]*)/i.exec(name);
  return m ? { root: m[1], path: m[2] || '/' } : { root: '', path: name };
}

export const uriPaths: FilePaths = {
  sep: '/',
  join(...parts) {
    const [first = '', ...rest] = parts;
    const { root, path } = split(first);
    return root + normalize([path, ...rest].filter((part) => part.length > 0).join('/') || '.');
  },
  dirname(name) {
    const { root, path } = split(name);
    const trimmed = path.replace(/\/+$/, '');
    const at = trimmed.lastIndexOf('/');
    if (at < 0) return root ? `${root}/` : '.';
    return root + (at === 0 ? '/' : trimmed.slice(0, at));
  },
  basename(name) {
    const trimmed = split(name).path.replace(/\/+$/, '');
    return trimmed.slice(trimmed.lastIndexOf('/') + 1);
  },
  resolve(name) {
    const { root, path } = split(name);
    return root + normalize(root ? path : path.startsWith('/') ? path : `/${path}`);
  },
  /** From one name to another under the same root; the other name itself (absolute) across roots. */
  relative(from, to) {
    const a = split(from);
    const b = split(to);
    if (a.root !== b.root) return to;
    const fromParts = normalize(a.path).split('/').filter(Boolean);
    const toParts = normalize(b.path).split('/').filter(Boolean);
    let common = 0;
    while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
    return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
  },
  isAbsolute: (name) => split(name).root !== '' || name.startsWith('/'),
};
