/**
 * How a worker runs its bundle: from V8's code cache beside it (`<bundle>.cache`, written by
 * scripts/build.mjs) when there is one, as bin/bundle.js does for the server and CLI bundles. That spares
 * V8 parsing the 1.7 MB check worker bundle in every new worker (at start, and again after each check
 * stopped at its time limit). A cache V8 rejects (another Node, other V8 flags) is ignored: V8 then
 * compiles the source as usual.
 */
import { existsSync } from 'node:fs';

/**
 * The loader, run as the worker's script (`eval`). The bundle's path is in `workerData.bundle`; it runs as
 * `require` would run it, with its own `__dirname`, so it finds its data beside it.
 */
const CACHED_LOADER = `
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');
const file = require('node:worker_threads').workerData.bundle;
const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: readFileSync(file + '.cache') });
const bundle = new Module(file);
bundle.filename = file;
bundle.paths = Module._nodeModulePaths(dirname(file));
script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, dirname(file));
`;

/** What `new Worker` is given for `script`: the cached loader and the path it loads, or the script itself. */
export function workerScript(script: string): { source: string; eval: boolean; bundle?: string } {
  return existsSync(`${script}.cache`) ? { source: CACHED_LOADER, eval: true, bundle: script } : { source: script, eval: false };
}
