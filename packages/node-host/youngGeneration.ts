/**
 * Caps V8's young generation for a long-running process (the language server). By default its two
 * semispaces double, from 1 MB up to 16 MB each, as objects survive collections; in an editing session
 * they always get there, and 32 MB of the server's memory is then collection headroom. Capped at 8 MB,
 * scavenges stay rare and short while the server stays within its memory target (docs/performance.md
 * has the before and after).
 *
 * `--max-semi-space-size` only works on the command line, which a language server started by an editor
 * does not control. The growth factor, though, is read at every growth: it is set to 1 (no growth) while
 * the young generation is at the cap, and back to 2 when V8 has shrunk it below, after each collection.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import * as v8 from 'node:v8';

export function capYoungGeneration(semiSpaceMB: number): void {
  const cap = 2 * semiSpaceMB * 1024 * 1024;
  let growing = true;
  const adjust = () => {
    const size = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size;
    if (size === undefined) return;
    const grow = size < cap;
    if (grow === growing) return;
    growing = grow;
    v8.setFlagsFromString(`--semi-space-growth-factor=${grow ? 2 : 1}`);
  };
  try {
    new PerformanceObserver(adjust).observe({ entryTypes: ['gc'] });
  } catch {
    // Not a V8 that reports collections: run with its defaults.
  }
}
