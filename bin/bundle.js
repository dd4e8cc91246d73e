'use strict';
/**
 * Runs a bundle of dist/ as `require` would, but compiled from V8's code cache beside it
 * (dist/<name>.cache, written by scripts/build.mjs), which spares V8 parsing the 2 MB bundle at every
 * start. A cache V8 rejects (another Node, other V8 flags) is ignored: V8 then compiles the source as
 * usual. Without a cache file this is `require('../dist/<name>')`.
 */
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

module.exports = function runBundle(name) {
  const file = join(__dirname, '..', 'dist', name);
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    return require(file);
  }
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const bundle = new Module(file, module);
  bundle.filename = file;
  bundle.paths = Module._nodeModulePaths(dirname(file));
  require.cache[file] = bundle;
  script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, dirname(file));
  bundle.loaded = true;
  return bundle.exports;
};
