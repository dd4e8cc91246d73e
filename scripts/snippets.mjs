// Writes snippets/markdown.json from the bundled templates (hosts/shared/templates/snippets.ts), or with
// --check fails when the committed file differs from what the templates generate.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'snippets', 'markdown.json');

const bundled = await build({
  entryPoints: [join(root, 'hosts/shared/templates/snippets.ts')],
  bundle: true,
  write: false,
  format: 'cjs',
  platform: 'node',
  loader: { '.md': 'text' },
  logLevel: 'warning',
});
const temp = mkdtempSync(join(tmpdir(), 'followup-snippets-'));
let text;
try {
  writeFileSync(join(temp, 'snippets.cjs'), bundled.outputFiles[0].text);
  text = createRequire(import.meta.url)(join(temp, 'snippets.cjs')).snippetsFileText();
} finally {
  rmSync(temp, { recursive: true, force: true });
}

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('snippets/markdown.json is out of date with templates/: run "npm run snippets" and commit the result.');
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
