#!/usr/bin/env node
// Runs lsp-harness.lua in headless Neovim against a language server, on a copy of the workspace.
//
// Library:  import { runNvim } from './run-nvim.mjs'
//           const r = await runNvim({ cmd: ['node', 'bin/followup-language-server.js', '--stdio'],
//                                     file: 'fixtures/x/draft.md', workspace: 'fixtures/x',
//                                     actionCode: 'spelling', actionTitle: 'their', timeoutMs: 20000 })
//           r.ok, r.exitCode, r.diagnostics, r.text, r.diagnosticsAfter, r.summary, r.durationMs, r.stderr
// CLI:      node test/e2e/nvim/run-nvim.mjs --cmd '["node","server.js","--stdio"]' --file F
//               [--workspace DIR] [--code CODE] [--title TEXT] [--settings JSON] [--filetype FT]
//               [--timeout MS] [--keep]
//           prints the summary, the diagnostics and the text after the fix; exit 0 ok, 1 fail, 2 usage.
// The workspace (default: the file's folder) is copied into a fresh folder under os.tmpdir(), so fixtures
// are never touched; XDG_CACHE_HOME/XDG_STATE_HOME/XDG_CONFIG_HOME/HOME point there too (nvim's lsp.log).
// nvim runs in its own process group, killed as a whole (server included) on timeout.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const HARNESS = path.join(here, 'lsp-harness.lua');

function readJsonLines(p) {
  if (!fs.existsSync(p)) return undefined;
  return fs.readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/**
 * @param {object} o
 * @param {string[]|string} o.cmd     server command (array, or a string split on whitespace by the harness)
 * @param {string} o.file             file to open (inside o.workspace when that is given)
 * @param {string} [o.workspace]      folder to copy and use as root_dir (default: the file's folder)
 * @param {string} [o.actionCode]     diagnostic code whose first quick fix is applied
 * @param {string} [o.actionTitle]    substring of the action title to choose
 * @param {{line: number, character: number}} [o.actionAt]  the diagnostic's start (0-based), when several share a code
 * @param {object} [o.settings]       client settings
 * @param {string} [o.filetype]       default markdown
 * @param {number} [o.timeoutMs]      whole run (default 30000); each wait inside nvim gets waitMs
 * @param {number} [o.waitMs]         per-wait timeout inside the harness (default min(10000, timeoutMs))
 * @param {string} [o.cwd]            working directory for the server (default process.cwd())
 * @param {boolean} [o.keepRunDir]
 * @param {string} [o.nvim]           default $NVIM or 'nvim'
 */
export async function runNvim(o) {
  const t0 = Date.now();
  const timeoutMs = o.timeoutMs ?? 30000;
  const runDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'followup-nvim-'));
  const d = (n) => path.join(runDir, n);
  const srcFile = path.resolve(o.file);
  const srcWs = path.resolve(o.workspace ?? path.dirname(srcFile));
  const rel = path.relative(srcWs, srcFile);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`file ${srcFile} is not inside workspace ${srcWs}`);
  await fsp.cp(srcWs, d('workspace'), { recursive: true, filter: (s) => !/[\\/](\.git|node_modules)$/.test(s) });
  for (const n of ['xdg-cache', 'xdg-state', 'xdg-config', 'xdg-data', 'home', 'tmp']) await fsp.mkdir(d(n));
  const file = path.join(d('workspace'), rel);
  const out = { diag: d('diagnostics.jsonl'), after: d('diagnostics-after.jsonl'), text: d('text-after.txt'), result: d('result.json') };

  const env = {
    ...process.env,
    HOME: d('home'),
    TMPDIR: d('tmp'),
    XDG_CACHE_HOME: d('xdg-cache'),
    XDG_STATE_HOME: d('xdg-state'),
    XDG_CONFIG_HOME: d('xdg-config'),
    XDG_DATA_HOME: d('xdg-data'),
    FOLLOWUP_LSP_CMD: Array.isArray(o.cmd) ? JSON.stringify(o.cmd) : String(o.cmd),
    FOLLOWUP_LSP_FILE: file,
    FOLLOWUP_LSP_ROOT: d('workspace'),
    FOLLOWUP_LSP_TIMEOUT_MS: String(o.waitMs ?? Math.min(10000, timeoutMs)),
    FOLLOWUP_LSP_DIAG_OUT: out.diag,
    FOLLOWUP_LSP_RESULT: out.result,
    FOLLOWUP_LSP_FILETYPE: o.filetype ?? 'markdown',
  };
  if (o.actionCode) {
    env.FOLLOWUP_LSP_ACTION_CODE = o.actionCode;
    env.FOLLOWUP_LSP_TEXT_OUT = out.text;
    env.FOLLOWUP_LSP_DIAG_AFTER_OUT = out.after;
  }
  if (o.actionTitle) env.FOLLOWUP_LSP_ACTION_TITLE = o.actionTitle;
  if (o.actionAt) env.FOLLOWUP_LSP_ACTION_AT = `${o.actionAt.line}:${o.actionAt.character}`;
  if (o.settings) env.FOLLOWUP_LSP_SETTINGS = JSON.stringify(o.settings);

  const nvim = o.nvim ?? process.env.NVIM ?? 'nvim';
  // -n: no swap file; -i NONE: no shada; -u NONE: no user config or plugins
  const args = ['--headless', '-n', '-i', 'NONE', '-u', 'NONE', '-c', `luafile ${HARNESS.replace(/ /g, '\\ ')}`];
  const child = spawn(nvim, args, { cwd: o.cwd ?? process.cwd(), env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = ''; let stderr = '';
  child.stdout.on('data', (c) => { stdout += c; });
  child.stderr.on('data', (c) => { stderr += c; });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  }, timeoutMs);
  const exitCode = await new Promise((resolve) => {
    child.on('error', (e) => { stderr += `\nspawn ${nvim}: ${e.message}`; resolve(127); });
    child.on('exit', (code, sig) => resolve(code ?? (sig ? 128 : 1)));
  });
  clearTimeout(timer);
  // whatever the harness left behind (e.g. a server that ignored shutdown) goes with the group
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }

  let summary;
  try { summary = JSON.parse(fs.readFileSync(out.result, 'utf8')); } catch { /* none written */ }
  const res = {
    ok: !timedOut && exitCode === 0 && summary?.ok === true,
    exitCode,
    timedOut,
    durationMs: Date.now() - t0,
    summary,
    diagnostics: readJsonLines(out.diag),
    diagnosticsAfter: readJsonLines(out.after),
    text: fs.existsSync(out.text) ? fs.readFileSync(out.text, 'utf8') : undefined,
    stdout,
    stderr: stderr.trim(),
    runDir,
  };
  if (!res.ok) {
    res.error = timedOut ? `nvim timed out after ${timeoutMs} ms (lsp log: ${d('xdg-cache')}/nvim/lsp.log)`
      : (summary?.error ?? (res.stderr || `nvim exited with ${exitCode}`));
  }
  if (res.ok && !o.keepRunDir && process.env.FOLLOWUP_E2E_KEEP !== '1') await fsp.rm(runDir, { recursive: true, force: true });
  return res;
}

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    switch (a) {
      case '--cmd': { const v = val(); o.cmd = v.startsWith('[') ? JSON.parse(v) : v; break; }
      case '--file': o.file = val(); break;
      case '--workspace': o.workspace = val(); break;
      case '--code': o.actionCode = val(); break;
      case '--title': o.actionTitle = val(); break;
      case '--settings': o.settings = JSON.parse(val()); break;
      case '--filetype': o.filetype = val(); break;
      case '--timeout': o.timeoutMs = Number(val()); break;
      case '--keep': o.keepRunDir = true; break;
      case '--help': case '-h': o.help = true; break;
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  return o;
}

async function main() {
  let o;
  try { o = parseArgs(process.argv.slice(2)); } catch (e) { console.error(`run-nvim: ${e.message}`); process.exit(2); }
  if (o.help || !o.cmd || !o.file) {
    console.error('usage: node test/e2e/nvim/run-nvim.mjs --cmd \'["node","server.js","--stdio"]\' --file F [--workspace DIR]\n'
      + '         [--code CODE] [--title TEXT] [--settings JSON] [--filetype FT] [--timeout MS] [--keep]');
    process.exit(o.help ? 0 : 2);
  }
  let r;
  try { r = await runNvim(o); } catch (e) { console.error(`run-nvim: ${e.message}`); process.exit(2); }
  console.log(`summary: ${JSON.stringify(r.summary)}`);
  for (const dgn of r.diagnostics ?? []) console.log(`diagnostic: ${JSON.stringify(dgn)}`);
  if (r.text !== undefined) console.log(`--- text after the action ---\n${r.text}--- end ---`);
  for (const dgn of r.diagnosticsAfter ?? []) console.log(`diagnostic after: ${JSON.stringify(dgn)}`);
  if (r.ok) console.log(`nvim e2e: PASS in ${(r.durationMs / 1000).toFixed(2)} s`);
  else console.error(`nvim e2e: FAIL after ${(r.durationMs / 1000).toFixed(2)} s: ${r.error}\nrun folder kept: ${r.runDir}`);
  process.exit(r.ok ? 0 : 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
