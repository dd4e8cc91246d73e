/**
 * The few POSIX path operations the client and the browser server need on URI paths (always forward
 * slashes), written out so the same code runs on the desktop and in the browser, which has no `node:path`.
 */

/** `.` and `..` segments resolved, repeated slashes collapsed; `..` above the root stays at the root. */
export function normalize(p: string): string {
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const segment of p.split('/')) {
    if (!segment || segment === '.') continue;
    if (segment === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(segment);
  }
  const joined = out.join('/');
  if (absolute) return `/${joined}`;
  return joined || '.';
}

export function join(...parts: string[]): string {
  const nonEmpty = parts.filter((part) => part.length > 0);
  return nonEmpty.length ? normalize(nonEmpty.join('/')) : '.';
}

export function dirname(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  if (!trimmed) return p.startsWith('/') ? '/' : '.';
  const at = trimmed.lastIndexOf('/');
  if (at < 0) return '.';
  if (at === 0) return '/';
  return trimmed.slice(0, at);
}

export function basename(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
