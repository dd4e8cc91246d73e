/**
 * The build writes V8's code cache beside the server and CLI bundles, and bin/bundle.js starts them with
 * it. This Node must accept each cache (a rejected one costs nothing but helps nothing), and a bundle
 * started through the loader must behave as when required directly.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');

describe('code cache of the bundles', () => {
  for (const name of ['server.js', 'cli.js']) {
    it(`${name}.cache is accepted by this Node`, () => {
      const file = join(ROOT, 'dist', name);
      const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: readFileSync(`${file}.cache`) });
      expect(script.cachedDataRejected).toBe(false);
    });
  }

  it('the CLI started through the loader checks the examples as the README says', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'followup.js'), 'check', join(ROOT, 'examples')], { encoding: 'utf8' });
    expect(run.stdout.trim().split('\n').at(-1)).toBe('✖ 15 problems (1 error, 9 warnings, 5 infos)');
  });
});
