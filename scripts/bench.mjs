#!/usr/bin/env node
// `npm run bench`: measures the built language server (`followup-language-server --stdio`, the package's bin)
// over real JSON-RPC on stdio, and the built CLI, on a corpus the bench generates (scripts/bench/corpus.mjs).
// Prints a table, or JSON with --json. `--quick` runs a few rounds only: the CI smoke run, no thresholds.
// `--check` exits with 1 when a target of docs/performance.md is missed, naming it. `--peers` also runs
// harper.js (when it is installed, e.g. `npm install --no-save harper.js@2.10.0`) behind the same floor.
//
// Every figure is printed next to its ratio to a floor measured in the same run: a server built from the
// same vscode-languageserver that publishes empty diagnostics and does nothing else (bench/floorServer.mjs),
// started the same way; and, for the CLI, `node -e 0`. Absolute times drift on a shared machine, ratios
// much less.
//
// Every timed edit types a new character, so the text is one the server has never seen and no cache can
// answer it; every suggestion is asked for a word never asked before.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { draft, longDocument, names, typing, typos } from './bench/corpus.mjs';
import { TARGETS } from './bench/targets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const asJson = args.has('--json');
const check = args.has('--check');
const peers = args.has('--peers');
const COLD_RUNS = quick ? 1 : 7;
const CLI_ONE_RUNS = quick ? 1 : 7;
const EDITS_300 = quick ? 10 : 300;
const EDITS_10K = quick ? 5 : 100;
const SUGGESTIONS = quick ? 4 : 60;
const CLI_DRAFTS = quick ? 30 : 1000;
const CLI_RUNS = quick ? 1 : 3;
const TODAY = '2026-11-20';

const SERVER_BIN = join(root, 'bin', 'followup-language-server.js');
const CLI_BIN = join(root, 'bin', 'followup.js');
for (const file of ['server.js', 'cli.js']) {
  if (!existsSync(join(root, 'dist', file))) {
    console.error(`bench: dist/${file} is missing; run "npm run build" first (npm run bench does).`);
    process.exit(2);
  }
}

const percentile = (values, p) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const median = (values) => percentile(values, 50);
const spread = (values) => ({ p50: median(values), p95: percentile(values, 95), samples: values.length });
const now = () => performance.now();

/** Spawns the server, initializes it, and returns a connection with helpers. */
async function startServer(workspace, settings, bin = SERVER_BIN) {
  const spawned = now();
  const child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    for (const w of [...waiters]) {
      if (w.uri === params.uri && params.version === w.version) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(params);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => {});
  connection.listen();
  const folder = pathToFileURL(workspace).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folder,
    workspaceFolders: [{ uri: folder, name: 'bench' }],
    initializationOptions: { today: TODAY },
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } },
    },
  });
  const initializedAt = now();
  connection.sendNotification('initialized', {});
  const diagnostics = (uri, version, timeout = 60_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${timeout} ms`)), timeout);
      waiters.push({ uri, version, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  // CPU time of the server process so far (user + system, in 10 ms ticks): unlike wall time, hardly
  // changed by other processes on a busy machine.
  const cpuMs = () => {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  const status = (field) => {
    const text = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)[1]) / 1024;
  };
  const stop = async () => {
    try {
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
    } catch {}
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    connection.dispose();
  };
  return { connection, diagnostics, stop, spawned, initializedAt, status, cpuMs };
}

function open(server, uri, text, version = 1) {
  const waiting = server.diagnostics(uri, version);
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  return waiting;
}

/** Types `typed` one character per edit at the end of line `line`, timing each edit to its diagnostics. */
async function typeInto(server, uri, text, line, typed) {
  const times = [];
  let character = text.split('\n')[line].length;
  let version = 1;
  for (const c of typed) {
    version++;
    const change = { range: { start: { line, character }, end: { line, character } }, text: c };
    character++;
    const t0 = now();
    const waiting = server.diagnostics(uri, version);
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await waiting;
    times.push(now() - t0);
  }
  return times;
}

/** The line of the paragraph nearest the middle of a text. */
function middleParagraphLine(text) {
  const lines = text.split('\n');
  for (let i = Math.floor(lines.length / 2); i < lines.length; i++) if (/^[A-Z]/.test(lines[i]) && lines[i].length > 200) return i;
  throw new Error('no paragraph in the second half of the text');
}

/** Times the spelling code action for each word, put in a fresh draft so the server has never seen it. */
async function suggestionTimes(server, workspace, words, seed) {
  const times = [];
  for (const [i, word] of words.entries()) {
    const uri = pathToFileURL(join(workspace, `suggest-${seed}-${i}.md`)).href;
    const base = draft(seed + i, 80);
    const sentence = `I spoke to ${word} about it.`;
    const text = base.replace('\nKind regards,', `\n${sentence}\n\nKind regards,`);
    const line = text.split('\n').indexOf(sentence);
    const published = await open(server, uri, text);
    const character = sentence.indexOf(word);
    const diagnostic = published.diagnostics.find((d) => (d.code === 'spelling/unknown-word' || d.code === 'spelling/possible-name') && d.range.start.line === line && d.range.start.character === character);
    if (!diagnostic) {
      // The slip made another real word: nothing to suggest for.
      server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      continue;
    }
    const t0 = now();
    const actions = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    times.push(now() - t0);
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    if (!Array.isArray(actions) || !actions.some((a) => a.title.startsWith(`Add '${word}'`))) throw new Error(`no spelling code actions for "${word}"`);
  }
  return times;
}

/** A draft in American English (its front matter names the dialect), so a second dictionary is loaded. */
const americanDraft = (seed, words) => draft(seed, words).replace('kind: thank-you', 'kind: thank-you\ndialect: en-US').replace(/organis/g, 'organiz').replace(/programme/g, 'program');

/** Bundles the floor server (bench/floorServer.mjs) as the build bundles ours: esbuild, CommonJS, node20. */
async function buildFloor(workspace) {
  const outfile = join(workspace, 'floor', 'server.js');
  await build({ entryPoints: [join(root, 'scripts', 'bench', 'floorServer.mjs')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  return outfile;
}

/** Spawn to the first diagnostics of a 300-word draft opened right after `initialized`, in a fresh workspace. */
async function coldStart(workspace, name, bin) {
  const folder = mkdtempSync(join(workspace, `cold-${name}-`));
  const server = await startServer(folder, {}, bin);
  await open(server, pathToFileURL(join(folder, 'draft.md')).href, draft(1, 300));
  const total = now() - server.spawned;
  const cpu = server.cpuMs();
  const initialize = server.initializedAt - server.spawned;
  await server.stop();
  return { total, initialize, cpu };
}

/** Times `count` empty code action requests: the floor's answer time for a request. */
async function roundTrips(server, uri, count) {
  const times = [];
  const range = { start: { line: 20, character: 0 }, end: { line: 20, character: 5 } };
  for (let i = 0; i < count; i++) {
    const t0 = now();
    await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['quickfix'] } });
    times.push(now() - t0);
  }
  return times;
}

/**
 * The editing session: a 300-word draft typed into, a 10,000-word notes file typed into, suggestions, then
 * (memory read in between) an American draft as well. The floor goes through the same session, with
 * empty code actions for the suggestions.
 */
async function session(workspace, name, bin, floor) {
  const out = {};
  const folder = join(workspace, `warm-${name}`);
  mkdirSync(folder);
  const server = await startServer(folder, { checkAllMarkdown: true }, bin);

  const shortUri = pathToFileURL(join(folder, 'draft.md')).href;
  const shortText = draft(42, 300);
  await open(server, shortUri, shortText);
  out.edit300 = spread(await typeInto(server, shortUri, shortText, middleParagraphLine(shortText), typing(1, EDITS_300)));

  const longUri = pathToFileURL(join(folder, 'notes.md')).href;
  const longText = longDocument(7, 10_000);
  const firstLong = now();
  await open(server, longUri, longText);
  out.open10kMs = now() - firstLong;
  out.edit10k = spread(await typeInto(server, longUri, longText, middleParagraphLine(longText), typing(2, EDITS_10K)));
  out.longWords = longText.split(/\s+/).filter(Boolean).length;

  if (floor) {
    out.suggestion = spread(await roundTrips(server, shortUri, 2 * SUGGESTIONS));
  } else {
    const typoTimes = await suggestionTimes(server, folder, typos(3, SUGGESTIONS), 100);
    const nameTimes = await suggestionTimes(server, folder, names(4, SUGGESTIONS), 1000);
    out.suggestTypos = spread(typoTimes);
    out.suggestNames = spread(nameTimes);
    out.suggestion = spread([...typoTimes, ...nameTimes]);
  }
  out.peakMemoryMB = server.status('VmHWM');

  // Both dialects: an American draft opened and typed into beside the British ones.
  const usUri = pathToFileURL(join(folder, 'us-draft.md')).href;
  const usText = americanDraft(43, 300);
  await open(server, usUri, usText);
  await typeInto(server, usUri, usText, middleParagraphLine(usText), typing(5, Math.min(EDITS_300, 40)));
  if (!floor) await suggestionTimes(server, folder, typos(6, Math.min(SUGGESTIONS, 10)), 5000);
  out.peakMemoryBothMB = server.status('VmHWM');
  out.finalRssMB = server.status('VmRSS');
  await server.stop();
  return out;
}

async function measureServer(workspace, results, floorBin) {
  // Cold starts, ours and the floor's taking turns, so that both see the same machine.
  const ours = [];
  const floor = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const pair = i % 2 ? [['floor', floorBin, floor], ['ours', SERVER_BIN, ours]] : [['ours', SERVER_BIN, ours], ['floor', floorBin, floor]];
    for (const [name, bin, into] of pair) into.push(await coldStart(workspace, name, bin));
  }
  const summary = (runs) => ({ median: median(runs.map((r) => r.total)), initialize: median(runs.map((r) => r.initialize)), cpu: median(runs.map((r) => r.cpu)), runs: runs.map((r) => r.total) });
  results.coldStartMs = summary(ours);
  results.floor = { coldStartMs: summary(floor) };

  Object.assign(results.floor, await session(workspace, 'floor', floorBin, true));
  Object.assign(results, await session(workspace, 'ours', SERVER_BIN, false));
}

/** Wall time of a process, in ms. */
function timed(argv, expectOutput) {
  const t0 = now();
  const run = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = now() - t0;
  // 0: no errors, 1: a draft has an error; 2 and signals are failures of the CLI itself.
  if (run.status !== 0 && run.status !== 1) throw new Error(`${argv.join(' ')} failed (status ${run.status}): ${run.stderr}`);
  if (expectOutput && !run.stdout.includes(expectOutput)) throw new Error(`${argv.join(' ')} did not print ${expectOutput}`);
  return ms;
}

function measureCli(workspace, results) {
  // One draft, the whole process, against `node -e 0` (Node's own start), taking turns.
  const one = join(workspace, 'one-draft.md');
  writeFileSync(one, draft(7, 250));
  const cli = [];
  const bare = [];
  for (let i = 0; i < CLI_ONE_RUNS; i++) {
    bare.push(timed(['-e', '0']));
    cli.push(timed([CLI_BIN, 'check', '--today', TODAY, one], 'one-draft.md'));
  }
  results.cliOne = { ms: median(cli), runs: cli };
  results.floor.nodeMs = { ms: median(bare), runs: bare };

  const drafts = join(workspace, 'drafts');
  mkdirSync(drafts);
  for (let i = 0; i < CLI_DRAFTS; i++) writeFileSync(join(drafts, `draft-${String(i).padStart(4, '0')}.md`), draft(1000 + i, 150 + (i % 5) * 40));
  const runs = [];
  for (let i = 0; i < CLI_RUNS; i++) runs.push(timed([CLI_BIN, 'check', '--today', TODAY, drafts], 'draft-0000.md') / 1000);
  results.cli = { drafts: CLI_DRAFTS, seconds: median(runs), runs };
}

/** harper.js behind the floor server, when installed (`--peers`). */
async function measurePeers(workspace, results) {
  let harperEntry;
  try {
    harperEntry = fileURLToPath(import.meta.resolve('harper.js'));
    if (!existsSync(harperEntry)) throw new Error('not installed');
  } catch {
    results.peers = { harper: 'not installed (npm install --no-save harper.js@2.10.0)' };
    return;
  }
  const outfile = join(workspace, 'harper', 'server.mjs');
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, readFileSync(join(root, 'scripts', 'bench', 'harperServer.mjs'), 'utf8').replace("'HARPER_ENTRY'", JSON.stringify(pathToFileURL(harperEntry).href)).replace("'HARPER_BINARY'", JSON.stringify(import.meta.resolve('harper.js/binaryInlined'))).replace("'LSP_ENTRY'", JSON.stringify(pathToFileURL(createRequire(join(root, 'package.json')).resolve('vscode-languageserver/node')).href)));
  const runs = [];
  let memory = NaN;
  for (let i = 0; i < Math.max(1, Math.ceil(COLD_RUNS / 2)); i++) {
    const folder = mkdtempSync(join(workspace, 'cold-harper-'));
    const server = await startServer(folder, {}, outfile);
    const uri = pathToFileURL(join(folder, 'draft.md')).href;
    await open(server, uri, draft(1, 300));
    runs.push(now() - server.spawned);
    if (i === 0) {
      const longUri = pathToFileURL(join(folder, 'notes.md')).href;
      await open(server, longUri, longDocument(7, 10_000));
      memory = server.status('VmHWM');
    }
    await server.stop();
  }
  results.peers = { harper: { coldStartMs: median(runs), runs, peakMemoryMB: memory } };
}

/** Every figure with its ratio to the floor, and whether it meets its target. */
function figures(results) {
  const fl = results.floor;
  const ms = (n) => `${Number.isFinite(n) ? n.toFixed(1) : 'n/a'} ms`;
  const mb = (n) => `${Number.isFinite(n) ? n.toFixed(1) : 'n/a'} MB`;
  const rows = [
    { id: 'coldStart', label: 'cold start: spawn to first diagnostics, 300-word draft (median)', value: results.coldStartMs.median, floor: fl.coldStartMs.median, unit: ms,
      note: `initialize ${ms(results.coldStartMs.initialize)}, floor ${ms(fl.coldStartMs.initialize)}` },
    { id: 'coldStartCpu', label: 'cold start: CPU time of the server to first diagnostics (median)', value: results.coldStartMs.cpu, floor: fl.coldStartMs.cpu, unit: ms, note: 'in 10 ms ticks; hardly changed by a busy machine' },
    { id: 'edit300', label: 'edit → diagnostics, 300-word draft, p95', value: results.edit300.p95, floor: fl.edit300.p95, unit: ms, note: `p50 ${ms(results.edit300.p50)}` },
    { id: 'edit10k', label: `edit → diagnostics, ${results.longWords.toLocaleString('en')}-word Markdown, p95`, value: results.edit10k.p95, floor: fl.edit10k.p95, unit: ms, note: `p50 ${ms(results.edit10k.p50)}, first check on open ${ms(results.open10kMs)}` },
    { id: 'suggestion', label: 'spelling code action (typos and names), p95', value: results.suggestion.p95, floor: fl.suggestion.p95, unit: ms,
      note: `typos p50/p95 ${results.suggestTypos.p50.toFixed(1)}/${results.suggestTypos.p95.toFixed(1)}, names ${results.suggestNames.p50.toFixed(1)}/${results.suggestNames.p95.toFixed(1)}` },
    { id: 'memory', label: 'peak memory (VmHWM) after the session, one dialect', value: results.peakMemoryMB, floor: fl.peakMemoryMB, unit: mb },
    { id: 'memoryBoth', label: 'peak memory (VmHWM), drafts of both dialects open', value: results.peakMemoryBothMB, floor: fl.peakMemoryBothMB, unit: mb, note: `RSS at the end ${mb(results.finalRssMB)}` },
    { id: 'cliOne', label: '`followup check` of one draft, whole process (median)', value: results.cliOne.ms, floor: fl.nodeMs.ms, unit: ms, note: 'floor: `node -e 0`' },
    { id: 'cli1000', label: `CLI: ${results.cli.drafts.toLocaleString('en')} drafts (median of ${results.cli.runs.length})`, value: results.cli.seconds * 1000, floor: fl.nodeMs.ms, unit: ms },
  ];
  const harper = results.peers?.harper;
  if (harper && typeof harper === 'object') {
    rows.push({ id: 'harperColdStart', label: 'cold start, ours / harper.js', value: results.coldStartMs.median, floor: harper.coldStartMs, unit: ms, note: `harper.js ${ms(harper.coldStartMs)}` });
    rows.push({ id: 'harperMemory', label: 'peak memory, ours / harper.js', value: results.peakMemoryMB, floor: harper.peakMemoryMB, unit: mb, note: `harper.js ${mb(harper.peakMemoryMB)} (300-word draft and the 10,000-word file open)` });
  }
  for (const row of rows) {
    row.ratio = row.value / row.floor;
    const target = TARGETS[row.id];
    if (target) {
      row.target = target.text;
      row.met = target.ratio !== undefined ? row.ratio <= target.ratio : row.value <= target.value;
    }
  }
  return rows;
}

function printTable(rows, results) {
  const table = rows.map((r) => [r.label, r.unit(r.value), `${r.ratio.toFixed(2)} ×`, r.target ?? '', r.target ? (r.met ? 'met' : 'MISSED') : '']);
  const head = ['measure', 'result', 'to floor', 'target', ''];
  const w = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(line(w.map((n) => '-'.repeat(n))));
  for (const r of table) console.log(line(r));
  const f = results.floor;
  console.log(`floor (same run): cold start ${f.coldStartMs.median.toFixed(1)} ms, edit p95 ${f.edit300.p95.toFixed(2)} / ${f.edit10k.p95.toFixed(2)} ms, request p95 ${f.suggestion.p95.toFixed(2)} ms, memory ${f.peakMemoryMB.toFixed(1)} / ${f.peakMemoryBothMB.toFixed(1)} MB; node -e 0 ${f.nodeMs.ms.toFixed(1)} ms`);
  for (const r of rows) if (r.note) console.log(`  ${r.id}: ${r.note}`);
  if (typeof results.peers?.harper === 'string') console.log(`harper.js: ${results.peers.harper}`);
  if (quick) console.log('(quick run: a few rounds only; the figures are not representative)');
}

async function main() {
  const workspace = mkdtempSync(join(tmpdir(), 'followup-bench-'));
  const results = { quick };
  let rows;
  try {
    const floorBin = await buildFloor(workspace);
    await measureServer(workspace, results, floorBin);
    measureCli(workspace, results);
    if (peers) await measurePeers(workspace, results);
    rows = figures(results);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
  if (asJson) console.log(JSON.stringify({ ...results, figures: rows.map(({ unit, ...r }) => r) }, null, 2));
  else printTable(rows, results);
  if (check) {
    const missed = rows.filter((r) => r.target && !r.met);
    for (const r of missed) console.error(`bench --check: missed ${r.id}: ${r.unit(r.value)} (${r.ratio.toFixed(2)} × floor), target ${r.target}`);
    if (missed.length) process.exit(1);
    console.error('bench --check: every target met');
  }
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exit(1);
});
