/**
 * Regular expressions compiled once, to machine code, on first use. By default V8 first compiles a regular
 * expression to bytecode, then compiles it again to machine code once it has run; the tone rules' phrase
 * expressions are large (about 150 KB of source in all), so on the first check each was compiled twice,
 * about 170 ms of CPU of the server's start (docs/performance.md). The flag is read when an expression is
 * compiled, so setting it at start, before any expression has run, is enough.
 */
import * as v8 from 'node:v8';

export function compileRegExpsOnce(): void {
  v8.setFlagsFromString('--no-regexp-tier-up');
}
