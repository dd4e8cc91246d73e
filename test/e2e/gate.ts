/**
 * Whether a real-editor end-to-end test can run here. The editors come from `bash .ci/setup-tools.sh`
 * (outside the project tree); without them a test is skipped with the reason, unless
 * FOLLOWUP_E2E=required (set by .ci/run after the setup script), where a missing tool is a failure.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { toolPaths } from './vscode/launch.mjs';

export const E2E_REQUIRED = process.env.FOLLOWUP_E2E === 'required';

/** What is missing for the Neovim test (empty when it can run). */
export function missingForNvim(): string[] {
  const nvim = nvimCommand();
  const probe = spawnSync(nvim, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return probe.status === 0 && /^NVIM v/m.test(probe.stdout) ? [] : [`Neovim (\`${nvim} --version\` failed)`];
}

export function nvimCommand(): string {
  return process.env.NVIM || 'nvim';
}

/** What is missing for the VS Code test (empty when it can run): the same parts launch.mjs needs. */
export function missingForVSCode(): string[] {
  const tools = toolPaths();
  const parts: Array<[string, string]> = [
    ['Node 24', tools.node24],
    ['the VS Code server (code-server)', tools.serverMain],
    ['playwright-core', tools.playwrightCore],
    ['chromium', tools.chromium],
  ];
  return parts.filter(([, file]) => !fs.existsSync(file)).map(([name, file]) => `${name} (${file})`);
}

/**
 * Call first in a test: skips it (with the reason) when tools are missing, or throws when they are
 * required. `skip` is the test context's `skip`.
 */
export function requireTools(what: string, missing: string[], skip: (note: string) => never): void {
  if (missing.length === 0) return;
  const reason = `${what} end-to-end test: missing ${missing.join(', ')}. Install them with: bash .ci/setup-tools.sh`;
  if (E2E_REQUIRED) throw new Error(`${reason} (FOLLOWUP_E2E=required, so this is a failure, not a skip)`);
  if (!warned.has(reason)) console.warn(`skipped: ${reason} (set FOLLOWUP_E2E=required to make this a failure)`);
  warned.add(reason);
  skip(reason);
}

const warned = new Set<string>();
