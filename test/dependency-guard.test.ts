/**
 * The dependency guard (.dependency-cruiser.cjs, run by `npm run deps` in `npm test`): the real sources
 * pass it, and a copy of its rules rejects a planted cycle, a planted `node:fs` import in the engine, an
 * engine import of a host, and a Node import (built-in or packages/node-host) in the shared server core, in
 * a small fixture tree (never in the real source).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

function guard(cwd: string, ...paths: string[]) {
  const run = spawnSync(process.execPath, [DEPCRUISE, ...paths, '--config', join(cwd, '.dependency-cruiser.cjs'), '--output-type', 'err'], {
    cwd,
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const fixtures: string[] = [];
afterAll(() => {
  for (const dir of fixtures) rmSync(dir, { recursive: true, force: true });
});

/** A tree laid out like the project, with the project's guard config and the given files. */
function fixtureTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'followup-guard-'));
  fixtures.push(dir);
  copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', types: [] }, include: ['packages', 'hosts'] }));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const CLEAN = {
  'packages/engine/check.ts': "import { words } from './words';\nexport const check = (text: string) => words(text);\n",
  'packages/engine/words.ts': 'export const words = (text: string) => text.split(/\\s+/);\n',
  'hosts/language-server/server.ts': "import { check } from '../engine/check';\nexport const serve = (text: string) => check(text);\n",
};

describe('dependency guard', { timeout: 120_000 }, () => {
  it('finds no cycle and no forbidden import in the real sources', () => {
    const run = guard(ROOT, 'packages', 'hosts');
    expect(run.output).toContain('no dependency violations found');
    expect(run.status).toBe(0);
  });

  it('passes a fixture tree laid out like the project with no cycle and a pure engine', () => {
    const run = guard(fixtureTree(CLEAN), 'packages', 'hosts');
    expect(run.output).toContain('no dependency violations found');
    expect(run.status).toBe(0);
  });

  it('rejects a planted import cycle', () => {
    const dir = fixtureTree({ ...CLEAN, 'packages/engine/words.ts': "import type { check } from './check';\nexport const words = (text: string): ReturnType<typeof check> => text.split(/\\s+/);\n" });
    const run = guard(dir, 'packages', 'hosts');
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/no-circular/);
  });

  it('rejects a planted node:fs import in the engine, and a bare "fs" too', () => {
    const dir = fixtureTree({
      ...CLEAN,
      'packages/engine/words.ts': "import { readFileSync } from 'node:fs';\nexport const words = (text: string) => [...text.split(/\\s+/), readFileSync('x', 'utf8')];\n",
      'packages/engine/lexicon.ts': "import * as fs from 'fs';\nexport const lexicon = () => fs.existsSync('x');\n",
    });
    const run = guard(dir, 'packages', 'hosts');
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/engine-imports-no-node-builtin[^\n]*\n?[^\n]*packages\/engine\/words\.ts/);
    expect(run.output).toMatch(/engine-imports-no-node-builtin[^\n]*\n?[^\n]*packages\/engine\/lexicon\.ts/);
  });

  it('rejects an engine import of a host, and lets the hosts use Node', () => {
    const dir = fixtureTree({
      ...CLEAN,
      'packages/engine/words.ts': "import { log } from '../node-host/log';\nexport const words = (text: string) => (log(text), text.split(/\\s+/));\n",
      'packages/node-host/log.ts': "import { appendFileSync } from 'node:fs';\nexport const log = (line: string) => appendFileSync('log.txt', line);\n",
    });
    const run = guard(dir, 'packages', 'hosts');
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/engine-imports-no-host/);
    expect(run.output).not.toMatch(/engine-imports-no-node-builtin/);
  });

  it('rejects a Node built-in or a Node host module imported by the shared server core (hosts/language-server)', () => {
    const dir = fixtureTree({
      ...CLEAN,
      'hosts/language-server/server.ts': "import { check } from '../../packages/engine/check';\nimport { readConfig } from '../../packages/node-host/config';\nexport const serve = (text: string) => check(text + readConfig());\n",
      'hosts/language-server/drafts.ts': "import * as path from 'node:path';\nexport const draftName = (file: string) => path.basename(file);\n",
      'packages/node-host/config.ts': "import { readFileSync } from 'node:fs';\nexport const readConfig = () => readFileSync('.followup.json', 'utf8');\n",
    });
    const run = guard(dir, 'packages', 'hosts');
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/server-core-imports-no-node[^\n]*\n?[^\n]*hosts\/language-server\/server\.ts/);
    expect(run.output).toMatch(/server-core-imports-no-node-builtin[^\n]*\n?[^\n]*hosts\/language-server\/drafts\.ts/);
    // The Node host layer itself may use Node.
    expect(run.output).not.toMatch(/: packages\/node-host\/config\.ts →/);
  });
});
