/**
 * The .vsix: packaged offline from the built dist/ with vsce, it holds the bundled client and server,
 * dictionaries, templates, snippets, README, LICENSE and docs, and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { checkVsixEntries, listZip } from '../scripts/vsix-contents.mjs';

const ROOT = join(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'followup-vsix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('vsix', () => {
  it('contains what the extension needs and nothing else', () => {
    if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/ is missing: run "npm run build" first');
    const out = join(dir, 'followup.vsix');
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const names: string[] = listZip(readFileSync(out));
    expect(checkVsixEntries(names)).toEqual([]);
    expect(names.some((n) => /\.(ts|map)$/.test(n) || n.includes('node_modules') || n.includes('/test/'))).toBe(false);
  });

  it('the contents check does catch a stray file', () => {
    expect(checkVsixEntries(['extension/dist/extension.js.map', 'extension/client/src/extension.ts'])).toEqual(
      expect.arrayContaining(['not allowed: extension/dist/extension.js.map', 'not allowed: extension/client/src/extension.ts', 'missing: extension/dist/server.js']),
    );
  });
});
