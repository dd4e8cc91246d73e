/**
 * Hostile files given to `followup check` (issue 18, first table): FIFOs, devices, links to devices, a
 * folder where a config should be, file names with escape sequences or bytes that are not UTF-8. Each run
 * finishes within 10 s and 300 MB, prints no stack trace, names the offending file and still checks the
 * good draft beside it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliMeasured, type MeasuredRun } from './helpers/cli';
import { draftText, INTERVIEW } from './helpers/drafts';

const GOOD = draftText({ kind: 'thank-you', ...INTERVIEW, send_date: '2026-11-20', subject: 'Thank you' }, 'Dear Ms Hale,\n\nThank you for meeting me today. I am keen to join the the team.\n\nKind regards,\nAnna Lewis\n');

let dir: string;
const posix = process.platform !== 'win32';

beforeAll(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'followup-hostile-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A fresh folder with the good draft in it. */
function folder(name: string): string {
  const d = join(dir, name);
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(join(d, 'good.md'), GOOD);
  return d;
}

function check(...paths: string[]): MeasuredRun {
  const run = runCliMeasured(['check', '--today', '2026-11-20', ...paths], { timeoutMs: 20_000 });
  console.log(`followup check ${paths.map((p) => p.replace(dir, '…')).join(' ')}: ${run.ms.toFixed(0)} ms, ${run.peakMb.toFixed(0)} MB, exit ${run.status}`);
  return run;
}

/** What every hostile run must show: bounded, no stack trace, the good draft's finding still printed. */
function expectContained(run: MeasuredRun, named: RegExp): void {
  expect(run.ms).toBeLessThan(10_000);
  expect(run.peakMb).toBeLessThan(300);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).toMatch(named);
  expect(run.stdout).toContain('grammar/repeated-word');
  expect(run.status).toBe(2);
}

describe.runIf(posix)('followup check on files that are not regular files', () => {
  it('a FIFO given as the path: one message naming it, and the good draft is still checked', () => {
    const d = folder('fifo-path');
    execFileSync('mkfifo', [join(d, 'pipe.md')]);
    const run = check(join(d, 'pipe.md'), join(d, 'good.md'));
    expectContained(run, /pipe\.md: is a named pipe \(FIFO\), not a regular file/);
  });

  it.runIf(fs.existsSync('/dev/zero'))('/dev/zero given as the path, and a link to it', () => {
    const d = folder('dev-zero');
    fs.symlinkSync('/dev/zero', join(d, 'zero.md'));
    const run = check('/dev/zero', join(d, 'zero.md'), join(d, 'good.md'));
    expectContained(run, /\/dev\/zero: is a character device, not a regular file/);
    expect(run.stderr).toMatch(/zero\.md: is a character device, not a regular file/);
  });

  it('a .followup.json that is a FIFO: one message naming it; drafts elsewhere are still checked', () => {
    const bad = folder('config-fifo/bad');
    const good = folder('config-fifo/good');
    execFileSync('mkfifo', [join(bad, '.followup.json')]);
    fs.writeFileSync(join(good, '.followup.json'), '{}');
    const run = check(bad, good);
    expectContained(run, /bad\/\.followup\.json: is a named pipe \(FIFO\), not a regular file/);
  });

  it.runIf(fs.existsSync('/dev/zero'))('a .followup.json that is a link to /dev/zero, or a folder', () => {
    const zero = folder('config-zero/zero');
    const dirConfig = folder('config-zero/folder');
    const good = folder('config-zero/good');
    fs.symlinkSync('/dev/zero', join(zero, '.followup.json'));
    fs.mkdirSync(join(dirConfig, '.followup.json'));
    fs.writeFileSync(join(good, '.followup.json'), '{}');
    const run = check(zero, dirConfig, good);
    expectContained(run, /zero\/\.followup\.json: is a character device, not a regular file/);
    expect(run.stderr).toMatch(/folder\/\.followup\.json: is a folder, not a regular file/);
  });

  it.runIf(fs.existsSync('/dev/zero'))('--config /dev/zero: one line naming it, exit 2, nothing hangs', () => {
    const d = folder('config-option');
    const run = runCliMeasured(['check', '--config', '/dev/zero', d], { timeoutMs: 20_000 });
    expect(run.ms).toBeLessThan(10_000);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual(['followup: /dev/zero: is a character device, not a regular file; only regular files are read. Make it a regular JSON file, or delete it to use the defaults.']);
  });

  it('a draft over the byte cap of the file-size limit is not read: one message saying how to raise it', () => {
    const d = folder('too-big');
    fs.writeFileSync(join(d, '.followup.json'), '{"maxFileSize": 1000}');
    fs.writeFileSync(join(d, 'huge.md'), GOOD + 'word '.repeat(2000));
    const run = check(join(d, 'huge.md'), join(d, 'good.md'));
    expectContained(run, /huge\.md: is [\d.]+ KB, over the 3\.9 KB that are read: not checked\. Raise "maxFileSize"/);
  });
});

describe.runIf(posix)('file names and text from a hostile repository', () => {
  it('a name with an escape sequence is printed escaped, never raw, in text and JSON', () => {
    const d = folder('escape');
    fs.writeFileSync(join(d, 'red\u001b[31m\u009b2J.md'), GOOD);
    fs.writeFileSync(join(d, 'gone\u001b]0;owned\u0007.md'), '\u0000binary');
    const text = check(d);
    for (const run of [text, runCliMeasured(['check', '--format', 'json', '--today', '2026-11-20', d])]) {
      expect(run.stdout + run.stderr).not.toMatch(/[\u001b\u0007\u009b]/);
    }
    expect(text.stdout).toContain('red\\x1b[31m\\x9b2J.md');
    expect(text.stderr).toContain('gone\\x1b]0;owned\\x07.md: not a text file');
  });

  it('text from a draft (a company with escape sequences) is printed escaped by check and timeline', () => {
    const d = folder('escape-text');
    fs.writeFileSync(join(d, 'bad-kind.md'), GOOD.replace('kind: thank-you', 'kind: "thank\\e[2J-you"').replace('company: Hartley & Finch LLP', 'company: "Acme\\e]0;owned\\a\\u009b2J"'));
    const runs = [
      check(d),
      runCliMeasured(['timeline', '--today', '2026-11-20', d]),
      runCliMeasured(['timeline', '--format', 'json', '--today', '2026-11-20', d]),
    ];
    for (const run of runs) expect(run.stdout + run.stderr).not.toMatch(/[\u001b\u0007\u009b]/);
    expect(runs[0].stdout).toContain('\\x1b[2J');
    expect(runs[1].stdout).toContain('Acme\\x1b]0;owned\\x07\\x9b2J');
    expect(JSON.parse(runs[2].stdout)[0].company).toBe('Acme\u001b]0;owned\u0007\u009b2J');
  });

  it.runIf(process.platform === 'linux')('a name that is not UTF-8 is read by its bytes and printed with the byte escaped', () => {
    const d = folder('latin1');
    const name = Buffer.concat([Buffer.from(join(d, 'caf')), Buffer.from([0xe9]), Buffer.from('.md')]);
    fs.writeFileSync(name, GOOD);
    const run = check(d);
    expect(run.stderr).not.toContain('ENOENT');
    expect(run.stdout).toContain('caf\\xe9.md');
    expect(run.stdout.match(/grammar\/repeated-word/g)).toHaveLength(2);
    expect(run.status).toBe(0);
  });
});
