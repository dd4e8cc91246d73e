// Bundles the CLI, the language server and the VS Code client into dist/, and copies the
// dictionaries beside them, so the package runs without its node_modules.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

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
      define: { 'process.env.FOLLOWUP_VERSION': JSON.stringify(version) },
      sourcemap: true,
      logLevel: 'warning',
    }),
  ),
);

for (const [dialect, pkg] of [['en-US', 'dictionary-en'], ['en-GB', 'dictionary-en-gb']]) {
  const from = join(root, 'node_modules', pkg);
  const to = join(dist, 'dictionaries', dialect);
  mkdirSync(to, { recursive: true });
  for (const file of ['index.aff', 'index.dic', 'license']) cpSync(join(from, file), join(to, file));
}
