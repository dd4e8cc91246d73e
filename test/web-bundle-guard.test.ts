/** The web bundles' guard (scripts/noNodeBuiltins.mjs): a Node built-in imported anywhere below a web entry fails the build, naming the importer. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module of the build, without types
import { noNodeBuiltins } from '../scripts/noNodeBuiltins.mjs';

const dir = mkdtempSync(join(tmpdir(), 'followup-web-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(files: Record<string, string>): Promise<string[]> {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    await build({ entryPoints: [join(dir, 'entry.ts')], bundle: true, write: false, platform: 'browser', logLevel: 'silent', plugins: [noNodeBuiltins] });
    return [];
  } catch (error) {
    return (error as { errors: Array<{ text: string }> }).errors.map((e) => e.text);
  }
}

describe('the web bundle guard', () => {
  it('fails on a planted node:fs import two modules down, naming the module', async () => {
    const errors = await bundle({ 'entry.ts': "import { n } from './engineish';\nconsole.log(n);", 'engineish.ts': "import { readFileSync } from 'node:fs';\nexport const n = readFileSync;" });
    expect(errors.join('\n')).toMatch(/Node built-in "node:fs" \(imported by .*engineish\.ts\)/);
  });
  it('fails on bare built-in names and their subpaths too', async () => {
    expect((await bundle({ 'entry.ts': "import * as p from 'path';\nconsole.log(p);" })).join()).toMatch(/"path"/);
    expect((await bundle({ 'entry.ts': "import * as p from 'fs/promises';\nconsole.log(p);" })).join()).toMatch(/"fs\/promises"/);
  });
  it('fails on a Node global (Buffer, __dirname) in our own code, naming the module', async () => {
    const errors = await bundle({ 'entry.ts': "import { read } from './reader';\nconsole.log(read());", 'reader.ts': "export const read = () => Buffer.from('x').readUInt32LE(0) + __dirname.length;" });
    expect(errors.join('\n')).toMatch(/Node global "Buffer" \(used by .*reader\.ts\)/);
    expect(errors.join('\n')).toMatch(/Node global "__dirname" \(used by .*reader\.ts\)/);
  });
  it('lets plain code through', async () => {
    expect(await bundle({ 'entry.ts': "export const x = new TextDecoder().decode(new Uint8Array([104, 105]));" })).toEqual([]);
  });
});
