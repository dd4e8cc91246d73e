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
import { checkVsixEntries, listZip, readZipEntry, shippedPaths } from '../scripts/vsix-contents.mjs';
// @ts-expect-error -- a plain .mjs script without type declarations
import { linkedFile, packagedReadme, relativeLinks } from '../scripts/vsix-readme.mjs';

const ROOT = join(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'followup-vsix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Packages the .vsix as `npm run package` does (its packaged README first), once for the tests below. */
let packaged: Buffer | undefined;
function vsix(): Buffer {
  if (packaged) return packaged;
  if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/ is missing: run "npm run build" first');
  const script = /vsce package [^&]*/.exec(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.package)![0];
  const readmePath = /--readme-path (\S+)/.exec(script)![1];
  // vsce reads the readme from inside the project: dist/vsix/README.md, a build output, as in `npm run package`.
  const readme = spawnSync(process.execPath, [join(ROOT, 'scripts', 'vsix-readme.mjs'), readmePath], { cwd: ROOT, encoding: 'utf8' });
  expect(readme.status, readme.stderr).toBe(0);
  const out = join(dir, 'followup.vsix');
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  // The same options as `npm run package`, but the package in a temporary folder.
  const args = script.trim().split(/\s+/).slice(2).map((arg) => (arg === 'interview-followup.vsix' ? out : arg));
  const run = spawnSync(process.execPath, [vsce, 'package', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
  packaged = readFileSync(out);
  return packaged;
}

describe('vsix', () => {
  it('contains what the extension needs and nothing else', () => {
    const names: string[] = listZip(vsix());
    expect(checkVsixEntries(names)).toEqual([]);
    expect(names.some((n) => /\.(ts|map)$/.test(n) || n.includes('node_modules') || n.includes('/test/'))).toBe(false);
  });

  it('offers VS Code for the Web its browser entry, which it ships, and says what is limited in virtual workspaces', () => {
    const bytes = vsix();
    const manifest = JSON.parse(readZipEntry(bytes, 'extension/package.json')!.toString('utf8'));
    expect(manifest.browser).toBe('./dist/browserExtension.js');
    expect(listZip(bytes)).toEqual(expect.arrayContaining(['extension/dist/browserExtension.js', 'extension/dist/browserServer.js']));
    expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
    expect(manifest.capabilities.virtualWorkspaces.description).toMatch(/checkTimeoutSeconds/);
  });

  it('its README links only to files the package holds, and keeps the picture', () => {
    const bytes = vsix();
    const names: string[] = listZip(bytes);
    const readme = readZipEntry(bytes, 'extension/readme.md')!.toString('utf8');
    const links: Array<{ image: boolean; target: string }> = relativeLinks(readme);
    expect(links.some((l) => l.image)).toBe(true);
    const allowed: Set<string> = shippedPaths();
    for (const link of links) {
      expect(allowed.has(linkedFile(link.target)), link.target).toBe(true);
      expect(names, link.target).toContain(`extension/${linkedFile(link.target)}`);
    }
    // The repository's README is the source: its links to files that ship are kept, the others become text.
    const source = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const kept = (relativeLinks(source) as Array<{ target: string }>).filter((l) => allowed.has(linkedFile(l.target)));
    expect(links.map((l) => l.target)).toEqual(kept.map((l) => l.target));
  });

  it('the packaged README turns a link to a file that does not ship into its text', () => {
    const text = '![pic](docs/images/none.png) See [the rules](docs/rules.md#tone), [notes](docs/notes.md), [site](https://example.org/x.md).\n```\n[kept](in/code.md)\n```\n';
    expect(packagedReadme(text, new Set(['docs/rules.md']))).toBe(
      ' See [the rules](docs/rules.md#tone), notes, [site](https://example.org/x.md).\n```\n[kept](in/code.md)\n```\n',
    );
  });

  it('the contents check does catch a stray file', () => {
    expect(checkVsixEntries(['extension/dist/extension.js.map', 'extension/hosts/vscode/extension.ts'])).toEqual(
      expect.arrayContaining(['not allowed: extension/dist/extension.js.map', 'not allowed: extension/hosts/vscode/extension.ts', 'missing: extension/dist/server.js']),
    );
  });
});
