/**
 * What `--ics` and `--out` may overwrite (issue 18, second table): `--ics` never replaces a file that is
 * not a calendar without `--force`, and neither ever replaces a FIFO, a device or a folder (a FIFO once
 * hung `followup new --out FIFO --force`, or was replaced by a regular file).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliMeasured } from './helpers/cli';
import { draftText, INTERVIEW } from './helpers/drafts';

const dir = fs.mkdtempSync(join(tmpdir(), 'followup-outputs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const draft = draftText({ kind: 'check-in', ...INTERVIEW, reply_deadline: '2026-11-27', subject: 'Legal Secretary role' });
fs.writeFileSync(join(dir, 'check-in.md'), draft);

const timeline = (...args: string[]) => runCliMeasured(['timeline', '--today', '2026-11-25', ...args, join(dir, 'check-in.md')], { timeoutMs: 20_000 });

describe('followup timeline --ics', () => {
  it('refuses to overwrite a draft (not a calendar) without --force, and leaves it as it was', () => {
    const run = timeline('--ics', join(dir, 'check-in.md'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/check-in\.md exists and is not a calendar .*add --force to replace it/);
    expect(fs.readFileSync(join(dir, 'check-in.md'), 'utf8')).toBe(draft);
  });

  it('replaces a calendar, and anything else with --force', () => {
    const ics = join(dir, 'plan.ics');
    expect(timeline('--ics', ics).status).toBe(0);
    expect(timeline('--ics', ics).status).toBe(0);
    fs.writeFileSync(join(dir, 'notes.txt'), 'notes');
    expect(timeline('--ics', join(dir, 'notes.txt'), '--force').status).toBe(0);
    expect(fs.readFileSync(join(dir, 'notes.txt'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });

  it.runIf(process.platform === 'linux')('refuses a FIFO, a device and a folder, even with --force, within the bounds', () => {
    execFileSync('mkfifo', [join(dir, 'plan-fifo.ics')]);
    fs.mkdirSync(join(dir, 'plan-folder.ics'));
    for (const [target, what] of [[join(dir, 'plan-fifo.ics'), 'a named pipe (FIFO)'], ['/dev/null', 'a device'], [join(dir, 'plan-folder.ics'), 'a folder']]) {
      const run = timeline('--ics', target, '--force');
      expect(run.ms).toBeLessThan(10_000);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`${target} is ${what}; --ics only writes a new file or replaces a regular one`);
    }
    expect(fs.statSync(join(dir, 'plan-fifo.ics')).isFIFO()).toBe(true);
  });
});

describe.runIf(process.platform === 'linux')('followup new --out', () => {
  it('refuses a FIFO even with --force: no hang, and the FIFO is still a FIFO', () => {
    const fifo = join(dir, 'draft-fifo.md');
    execFileSync('mkfifo', [fifo]);
    const run = runCliMeasured(['new', 'thank-you', '--company', 'Acme', '--interviewer', 'Sam Smith', '--out', fifo, '--force'], { timeoutMs: 20_000 });
    console.log(`new --out FIFO --force: ${run.ms.toFixed(0)} ms, exit ${run.status}`);
    expect(run.ms).toBeLessThan(10_000);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${fifo} is a named pipe (FIFO); --out only writes a new file or replaces a regular one`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });
});
