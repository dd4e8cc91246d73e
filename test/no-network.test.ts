/** Nothing leaves the machine: the CLI runs a whole check with every network API made to throw. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from './helpers/cli';

const GUARD = join(__dirname, 'helpers', 'no-network.cjs');

describe('no network', () => {
  it('the guard really catches a network call (so the test below can fail)', () => {
    const run = spawnSync(process.execPath, ['--require', GUARD, '-e', "require('node:http').get('http://127.0.0.1:9/')"], { encoding: 'utf8' });
    expect(run.stderr).toContain('NETWORK ATTEMPT: http.get');
    expect(run.status).not.toBe(0);
  });

  it('followup check over the examples opens no socket and makes no DNS look-up', () => {
    const run = spawnSync(process.execPath, ['--require', GUARD, CLI, 'check', '--format', 'json', 'examples'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toContain('no-network guard installed');
    expect(run.stderr).not.toContain('NETWORK ATTEMPT');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).length).toBe(6);
  });
});
