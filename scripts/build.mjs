// Bundles the CLI, the language server and the VS Code client into dist/, and copies the
// dictionaries beside them, so the package runs without its node_modules.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// retext-spell checks the spelling; its `nspell(dictionary)` is served by nspellCompatible.ts, which answers
// from the dictionary's compiled word list (see below) and hands any other dictionary to nspell itself.
const nspellForRetextSpell = {
  name: 'nspell-for-retext-spell',
  setup(b) {
    b.onResolve({ filter: /^nspell$/ }, (args) =>
      /[\\/]retext-spell[\\/]/.test(args.importer) ? { path: join(root, 'server/src/engine/spelling/nspellCompatible.ts') } : undefined,
    );
  },
};

const entries = [
  ['server/src/cli.ts', 'cli.js'],
  ['server/src/server.ts', 'server.js'],
  ['client/src/extension.ts', 'extension.js'],
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
      plugins: [nspellForRetextSpell],
      define: { 'process.env.FOLLOWUP_VERSION': JSON.stringify(version) },
      sourcemap: true,
      logLevel: 'warning',
    }),
  ),
);

// Each dictionary is also compiled to its word list (server/src/engine/spelling/wordList.ts), which loads in
// under 20 ms, off the JavaScript heap, where nspell takes 110-250 ms and 30 MB on every start.
const compiler = await build({
  entryPoints: [join(root, 'server/src/engine/spelling/wordList.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  logLevel: 'warning',
});
const wordList = { exports: {} };
new Function('module', 'exports', 'require', compiler.outputFiles[0].text)(wordList, wordList.exports, createRequire(import.meta.url));

for (const [dialect, pkg] of [['en-US', 'dictionary-en'], ['en-GB', 'dictionary-en-gb']]) {
  const from = join(root, 'node_modules', pkg);
  const to = join(dist, 'dictionaries', dialect);
  mkdirSync(to, { recursive: true });
  for (const file of ['index.aff', 'index.dic', 'license']) cpSync(join(from, file), join(to, file));
  writeFileSync(join(to, 'index.words'), wordList.exports.compileWordList(readFileSync(join(from, 'index.aff')), readFileSync(join(from, 'index.dic'))));
}
