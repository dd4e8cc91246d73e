/**
 * The extension in VS Code for the Web, in a real browser: code-server's VS Code server serves the web
 * workbench to headless Chromium (docs/e2e.md) and runs the extension, from its `browser` entry, in the
 * browser's web worker extension host (`extensionDevelopmentKind=web`), as vscode.dev does; its language
 * server runs in a worker of its own. The suite (test/e2e/web/suite.ts, bundled here for the worker)
 * opens an example draft, waits for the squiggles and checks they are the findings of `followup check`,
 * applies a spelling fix and a tone fix and runs "New Thank-You Email". Prints the time from opening the
 * draft to its first diagnostics (measured, not asserted). Needs `bash .ci/setup-tools.sh`.
 * Screenshot: `FOLLOWUP_WRITE_DOCS=1` writes docs/images/vscode-web-draft.png; otherwise a temporary file.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { builtRoot, cliFindings, ROOT, shownInEditor } from './e2e/built';
import { missingForVSCode, requireTools } from './e2e/gate';
import { installedExtension } from './e2e/packaged';
import { runVSCodeTests } from './e2e/vscode/launch.mjs';

const LAUNCH_TIMEOUT_MS = 120_000;
const EXAMPLE = 'check-in-hartley-finch.md';
/** Opened first, so the example draft is timed in a running editor (startup is reported on its own). */
const WARM_UP = 'linkedin-request-hartley-finch.md';
const COMPANY = 'Hartley & Finch LLP';
const DOCS_SCREENSHOT = path.join(ROOT, 'docs', 'images', 'vscode-web-draft.png');

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'followup-e2e-web-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** The date the browser's clock gives (no FOLLOWUP_TODAY reaches a web worker): the CLI checks against it too. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A workspace with the example draft and the suite's input: what `followup check` finds in that draft. */
function workspace(today: string): string {
  const ws = path.join(temp, 'workspace');
  fs.mkdirSync(path.join(ws, '.followup-e2e'), { recursive: true });
  for (const name of [EXAMPLE, WARM_UP]) fs.copyFileSync(path.join(ROOT, 'examples', name), path.join(ws, name));
  const findings = cliFindings([path.join(ROOT, 'examples', EXAMPLE)], today).get(path.join(ROOT, 'examples', EXAMPLE));
  if (!findings?.length) throw new Error(`followup check found nothing in examples/${EXAMPLE}`);
  // As the editor shows them: a paragraph-long info finding on its first word.
  // A workspace dictionary the browser server must read through the client (the suite adds a word to it).
  fs.writeFileSync(path.join(ws, '.followup.json'), '{\n  "words": ["quillfeather"]\n}\n');
  const input = { draft: EXAMPLE, warmUpDraft: WARM_UP, findings: findings.map(shownInEditor), today, company: COMPANY, waitMs: 40_000 };
  fs.writeFileSync(path.join(ws, '.followup-e2e', 'input.json'), JSON.stringify(input, null, 2));
  return ws;
}

/**
 * The suite as one CommonJS file for the web worker extension host (which loads no other modules),
 * inside the extension's folder: the workbench runs tests in the host of the development extension whose
 * folder holds them (elsewhere they would run in the server's Node host).
 */
async function suiteBundle(extension: string): Promise<string> {
  const out = path.join(extension, 'e2e-suite', 'index.js');
  await build({ entryPoints: [path.join(ROOT, 'test', 'e2e', 'web', 'suite.ts')], outfile: out, bundle: true, platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], logLevel: 'warning' });
  return out;
}

describe('the extension in VS Code for the Web (web worker extension host)', () => {
  it('checks an example draft as `followup check` does, applies a spelling and a tone fix, and creates a thank-you', { timeout: LAUNCH_TIMEOUT_MS + 30_000, retry: 1 }, async (ctx) => {
    requireTools('VS Code for the Web', missingForVSCode(), ctx.skip);
    // The build makes both web bundles (scripts/build.mjs); a missing one is a failure, not a skip.
    for (const bundle of ['browserExtension.js', 'browserServer.js']) expect(fs.existsSync(path.join(builtRoot(), 'dist', bundle)), `dist/${bundle} is built`).toBe(true);
    const screenshotPath = process.env.FOLLOWUP_WRITE_DOCS === '1' ? DOCS_SCREENSHOT : path.join(temp, 'vscode-web-draft.png');
    fs.mkdirSync(path.dirname(screenshotPath), { recursive: true });
    const today = localToday();

    const extension = installedExtension(temp);
    const r = await runVSCodeTests({
      extensionDevelopmentPath: extension,
      extensionTestsPath: await suiteBundle(extension),
      extensionDevelopmentKind: 'web',
      workspace: workspace(today),
      userSettings: { 'followup.senderName': 'Anna Lewis' },
      timeoutMs: LAUNCH_TIMEOUT_MS,
      screenshotPath,
    });

    const result = r.result as { steps?: Array<{ name: string; ok: boolean; ms: number; error?: string }>; firstDiagnosticsMs?: number; startupToFirstDiagnosticsMs?: number; diagnostics?: string[] } | undefined;
    const steps = (result?.steps ?? []).map((s) => `  ${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.ms} ms)${s.error ? `\n       ${s.error.replace(/\n/g, '\n       ')}` : ''}`);
    const report = [
      `VS Code for the Web e2e ${r.ok ? 'passed' : 'FAILED'} in ${(r.durationMs / 1000).toFixed(1)} s (today ${today})`,
      `  first diagnostics of examples/${EXAMPLE}: ${result?.firstDiagnosticsMs ?? '?'} ms after opening it (server running)`,
      `  startup (activation to the first diagnostics of examples/${WARM_UP}): ${result?.startupToFirstDiagnosticsMs ?? '?'} ms`,
      ...steps,
      ...(r.ok ? [] : [`error: ${r.error}`, `run folder kept: ${r.runDir} (extension-host.log, server.log, page-console.log, logs/)`]),
    ].join('\n');
    console.log(report);
    expect(r.ok, report).toBe(true);
    expect(steps.length, 'the suite reported its steps').toBeGreaterThanOrEqual(5);
    expect(result?.diagnostics?.length, 'the draft has findings').toBeGreaterThan(0);
    const png = fs.readFileSync(screenshotPath);
    expect(png.subarray(1, 4).toString(), `${screenshotPath} is a PNG`).toBe('PNG');
  });
});
