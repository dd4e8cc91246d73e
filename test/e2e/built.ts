/**
 * The built project as the end-to-end tests run it: the snapshot of dist/ the vitest globalSetup made
 * (test/helpers/buildOnce.ts), so an engineer rebuilding dist/ meanwhile cannot pull the files from
 * under a running editor; dist/ itself when there is no snapshot (a test file run on its own).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../packages/engine/rules';

export const ROOT = path.join(__dirname, '..', '..');

/** The folder holding `dist/` (and `docs/`): the snapshot when there is one, else the project root. */
export function builtRoot(): string {
  const server = process.env.FOLLOWUP_TEST_SERVER;
  const root = server ? path.dirname(path.dirname(server)) : ROOT;
  for (const file of ['dist/server.js', 'dist/cli.js', 'dist/extension.js']) {
    if (!fs.existsSync(path.join(root, file))) throw new Error(`${path.join(root, file)} is missing: run "npm run build" first`);
  }
  return root;
}

/**
 * The language server command a user of another editor runs: `node bin/followup-language-server.js
 * --stdio`. The bin script loads `../dist/server.js` through `bin/bundle.js`, so copies of both sit beside
 * the snapshot's dist/.
 */
export function languageServerCommand(env: Record<string, string> = {}): string[] {
  const root = builtRoot();
  const bin = path.join(root, 'bin', 'followup-language-server.js');
  if (root !== ROOT) {
    fs.mkdirSync(path.dirname(bin), { recursive: true });
    // The bin script and the loader it runs the bundle with (bin/bundle.js, with V8's code cache).
    for (const name of ['bundle.js', 'followup-language-server.js']) {
      const copy = path.join(root, 'bin', name);
      if (fs.existsSync(copy)) continue;
      const temp = `${copy}.${process.pid}.tmp`;
      fs.copyFileSync(path.join(ROOT, 'bin', name), temp);
      fs.renameSync(temp, copy);
    }
  }
  const vars = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  return vars.length ? ['/usr/bin/env', ...vars, process.execPath, bin, '--stdio'] : [process.execPath, bin, '--stdio'];
}

/** A finding as `followup check --format json` prints it. */
import { shownSpan } from '../../hosts/language-server/diagnosticSpan';
import type { JsonFinding as CliFinding } from '../../hosts/cli/format';
export type { CliFinding };

/** What the CLI finds in each file, by absolute path: what an editor must show for the same text. */
export function cliFindings(files: string[], today: string): Map<string, CliFinding[]> {
  const cli = path.join(builtRoot(), 'dist', 'cli.js');
  const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--today', today, ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`followup check failed (${run.status}): ${run.stderr}`);
  const report = JSON.parse(run.stdout) as Array<{ file: string; findings: CliFinding[] }>;
  return new Map(report.map((r) => [path.resolve(ROOT, r.file), r.findings]));
}

/** A finding of `followup check` as the editor shows it: a paragraph-long info finding on its first word (hosts/language-server/diagnosticSpan.ts). */
export function shownInEditor(f: CliFinding): CliFinding {
  const range = { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } };
  const span = shownSpan({ severity: f.severity, range, actual: f.actual, suggestions: f.suggestions });
  return { ...f, actual: span.actual, endLine: span.range.end.line + 1, endColumn: span.range.end.character + 1 };
}

/** Whether the engine has the spelling rule yet (other engineers are still writing it). */
export function spellingRuleRegistered(): boolean {
  return allRules().some((rule) => rule.id === 'spelling/unknown-word');
}

/** LSP severities by name. */
export const LSP_SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

/** Offset in `text` of a 0-based line and UTF-16 character (the LSP default position encoding). */
export function offsetAt(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) throw new Error(`line ${position.line} is past the end of the text`);
    offset = next + 1;
  }
  return offset + position.character;
}
