/** Runs the built `followup` CLI as a child process, as a user or CI would. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

/** The text a 1-based, UTF-16, end-exclusive range covers. */
export function textAt(text: string, line: number, column: number, endLine: number, endColumn: number): string {
  const lines = text.split(/(?<=\r\n|\n|\r(?!\n))/);
  const offset = (l: number, c: number) => lines.slice(0, l - 1).reduce((n, s) => n + s.length, 0) + c - 1;
  return text.slice(offset(line, column), offset(endLine, endColumn));
}
