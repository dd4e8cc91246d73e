/** Runs the built `followup` CLI as a child process, as a user or CI would. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'bin', 'followup.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run "npm run build" first');
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface MeasuredRun extends CliRun {
  /** Wall-clock time of the whole run, start-up included. */
  ms: number;
  /** Peak resident memory of the CLI process, in MB. */
  peakMb: number;
}

/** Runs the CLI like `runCli` , measuring its time and peak memory. */
export function runCliMeasured(args: string[], options: { cwd?: string; timeoutMs?: number; maxBuffer?: number } = {}): MeasuredRun {
  const scratch = mkdtempSync(join(tmpdir(), 'followup-peak-'));
  const peakFile = join(scratch, 'peak');
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', join(__dirname, 'peak-memory.cjs'), CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FOLLOWUP_PEAK_MEMORY_FILE: peakFile },
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: options.maxBuffer ?? 1024 * 1024,
  });
  const ms = performance.now() - started;
  const peakKb = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) : NaN;
  rmSync(scratch, { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms, peakMb: peakKb / 1024 };
}

/** The text a 1-based, UTF-16, end-exclusive range covers. */
export function textAt(text: string, line: number, column: number, endLine: number, endColumn: number): string {
  const lines = text.split(/(?<=\r\n|\n|\r(?!\n))/);
  const offset = (l: number, c: number) => lines.slice(0, l - 1).reduce((n, s) => n + s.length, 0) + c - 1;
  return text.slice(offset(line, column), offset(endLine, endColumn));
}
