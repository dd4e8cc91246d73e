/**
 * Where the compiled language data is: beside the bundle (dist/dictionaries/, the folder the build
 * writes), or, from the TypeScript sources in tests, in the build's dist/dictionaries above them; and
 * where a source package is in node_modules, for data compiled on first use when no build is found.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function upwards(relatives: (dir: string) => string[]): string | undefined {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    for (const candidate of relatives(dir)) if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A compiled data file (a path under dictionaries/), from the bundle's folder or the build's dist/. */
export function compiledFile(name: string): string | undefined {
  return upwards((dir) => [join(dir, 'dictionaries', name), join(dir, 'dist', 'dictionaries', name)]);
}

/** A file of an installed package (a path under node_modules/). */
export function packageFile(path: string): string | undefined {
  return upwards((dir) => [join(dir, 'node_modules', path)]);
}
