/** Progress on stderr and colours follow the terminal, as a user sees them. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../hosts/cli/check';
import type { Io } from '../hosts/cli/io';
import { CLI, ROOT } from './helpers/cli';
import { draftText, INTERVIEW } from './helpers/drafts';

function fakeIo(tty: boolean, colour: boolean) {
  const out: string[] = [];
  const progress: string[] = [];
  const errors: string[] = [];
  const io: Io = { out: (t) => out.push(t), error: (l) => errors.push(l), progress: (l) => progress.push(l), colour, stderrIsTTY: tty };
  return { io, out, progress, errors };
}

const folder = mkdtempSync(join(tmpdir(), 'followup-progress-'));
for (let i = 0; i < 25; i++) {
  writeFileSync(join(folder, `draft-${String(i).padStart(2, '0')}.md`), draftText({ kind: 'thank-you', ...INTERVIEW, send_date: '2026-11-25', subject: 'Thanks' }));
}
const today = { year: 2026, month: 11, day: 23 } // before the late send_date: a thank-you going out today once its window closed has nothing to fix;

describe('CLI progress and colours', () => {
  it('shows progress on a terminal when checking many files, and clears it at the end', async () => {
    const { io, progress } = fakeIo(true, false);
    await runCheck({ paths: [folder], format: 'text', today, allMarkdown: false }, io);
    expect(progress.length).toBe(26);
    expect(progress[0]).toMatch(/^Checking 1\/25 draft-00\.md$/);
    expect(progress.at(-1)).toBe('');
  });

  it('shows no progress when stderr is not a terminal, or for JSON', async () => {
    const piped = fakeIo(false, false);
    await runCheck({ paths: [folder], format: 'text', today, allMarkdown: false }, piped.io);
    expect(piped.progress).toEqual([]);
    const json = fakeIo(true, false);
    await runCheck({ paths: [folder], format: 'json', today, allMarkdown: false }, json.io);
    expect(json.progress).toEqual([]);
  });

  it('colours the report only when asked', async () => {
    const plain = fakeIo(false, false);
    await runCheck({ paths: [folder], format: 'text', today, allMarkdown: false }, plain.io);
    expect(plain.out.join('')).toContain('thank-you-late');
    expect(plain.out.join('')).not.toContain('\u001b[');
    const coloured = fakeIo(false, true);
    await runCheck({ paths: [folder], format: 'text', today, allMarkdown: false }, coloured.io);
    expect(coloured.out.join('')).toMatch(/\u001b\[33mwarning/);
  });
});

describe('colours in a real terminal', () => {
  // `script` (util-linux) gives the CLI a pseudo-terminal, as a user's shell does.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  const inTerminal = (env: string) =>
    spawnSync('script', ['-qec', `${env} ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check examples`, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '' },
    }).stdout;

  it.skipIf(!hasScript)('colours on a terminal, and not with NO_COLOR', () => {
    expect(inTerminal('')).toContain('\u001b[33mwarning');
    expect(inTerminal('NO_COLOR=1')).not.toContain('\u001b[');
  });
});
