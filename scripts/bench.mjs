#!/usr/bin/env node
// `npm run bench`: measures the built language server (`followup-language-server --stdio`, the package's bin)
// over real JSON-RPC on stdio, and the built CLI, on a corpus the bench generates (scripts/bench/corpus.mjs).
// Prints a table, or JSON with --json. `--quick` runs a few rounds only: the CI smoke run, no thresholds.
//
// Every timed edit types a new character, so the text is one the server has never seen and no cache can
// answer it; every suggestion is asked for a word never asked before.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { draft, longDocument, names, typing, typos } from './bench/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const asJson = args.has('--json');
const COLD_RUNS = quick ? 1 : 7;
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
async function startServer(workspace, settings) {
  const spawned = now();
  const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
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
  connection.sendNotification('initialized', {});
  const diagnostics = (uri, version, timeout = 60_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${timeout} ms`)), timeout);
      waiters.push({ uri, version, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
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
  return { connection, diagnostics, stop, spawned, status };
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

async function measureServer(workspace, results) {
  // Cold start: spawn to the first diagnostics of a 300-word draft, in a fresh empty workspace each run.
  const cold = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const folder = join(workspace, `cold-${i}`);
    mkdirSync(folder);
    const server = await startServer(folder, {});
    await open(server, pathToFileURL(join(folder, 'draft.md')).href, draft(i + 1, 300));
    cold.push(now() - server.spawned);
    await server.stop();
  }
  results.coldStartMs = { median: median(cold), runs: cold };

  // One server for the rest, as an editor would keep it; its peak memory is read at the end.
  const folder = join(workspace, 'warm');
  mkdirSync(folder);
  const server = await startServer(folder, { checkAllMarkdown: true });

  const shortUri = pathToFileURL(join(folder, 'draft.md')).href;
  const shortText = draft(42, 300);
  await open(server, shortUri, shortText);
  results.edit300 = spread(await typeInto(server, shortUri, shortText, middleParagraphLine(shortText), typing(1, EDITS_300)));

  const longUri = pathToFileURL(join(folder, 'notes.md')).href;
  const longText = longDocument(7, 10_000);
  const firstLong = now();
  await open(server, longUri, longText);
  results.open10kMs = now() - firstLong;
  results.edit10k = spread(await typeInto(server, longUri, longText, middleParagraphLine(longText), typing(2, EDITS_10K)));
  results.longWords = longText.split(/\s+/).filter(Boolean).length;

  const typoTimes = await suggestionTimes(server, folder, typos(3, SUGGESTIONS), 100);
  const nameTimes = await suggestionTimes(server, folder, names(4, SUGGESTIONS), 1000);
  results.suggestTypos = spread(typoTimes);
  results.suggestNames = spread(nameTimes);
  results.suggestion = spread([...typoTimes, ...nameTimes]);

  results.peakMemoryMB = server.status('VmHWM');
  results.finalRssMB = server.status('VmRSS');
  await server.stop();
}

function measureCli(workspace, results) {
  const drafts = join(workspace, 'drafts');
  mkdirSync(drafts);
  for (let i = 0; i < CLI_DRAFTS; i++) writeFileSync(join(drafts, `draft-${String(i).padStart(4, '0')}.md`), draft(1000 + i, 150 + (i % 5) * 40));
  const runs = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    const t0 = now();
    const run = spawnSync(process.execPath, [CLI_BIN, 'check', '--today', TODAY, drafts], { encoding: 'utf8', maxBuffer: 1 << 28 });
    runs.push((now() - t0) / 1000);
    // 0: no errors, 1: a draft has an error; 2 and signals are failures of the CLI itself.
    if (run.status !== 0 && run.status !== 1) throw new Error(`CLI failed (status ${run.status}): ${run.stderr}`);
    if (!run.stdout.includes('draft-0000.md')) throw new Error('CLI output does not list the drafts');
  }
  results.cli = { drafts: CLI_DRAFTS, seconds: median(runs), runs };
}

function printTable(results) {
  const f = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
  const rows = [
    ['cold start: spawn to first diagnostics, 300-word draft (median)', `${f(results.coldStartMs.median)} ms`, '≤ 400 ms'],
    ['edit → diagnostics, 300-word draft, p50 / p95', `${f(results.edit300.p50)} / ${f(results.edit300.p95)} ms`, '≤ 5 / ≤ 10 ms'],
    [`edit → diagnostics, ${results.longWords.toLocaleString('en')}-word Markdown, p50 / p95`, `${f(results.edit10k.p50)} / ${f(results.edit10k.p95)} ms`, 'p95 ≤ 50 ms'],
    ['spelling suggestion code action, typos, p50 / p95', `${f(results.suggestTypos.p50)} / ${f(results.suggestTypos.p95)} ms`, 'p95 ≤ 50 ms'],
    ['spelling code action on a probable name (hint), p50 / p95', `${f(results.suggestNames.p50)} / ${f(results.suggestNames.p95)} ms`, 'p95 ≤ 50 ms'],
    ['peak memory of the server (VmHWM), one dialect', `${f(results.peakMemoryMB)} MB`, '≤ 120 MB'],
    [`CLI: ${results.cli.drafts.toLocaleString('en')} drafts checked (median of ${results.cli.runs.length})`, `${results.cli.seconds.toFixed(2)} s`, quick ? '(quick run)' : '≤ 5 s'],
  ];
  const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length)), Math.max(...rows.map((r) => r[2].length))];
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  console.log(line(['measure', 'result', 'target']));
  console.log(line(w.map((n) => '-'.repeat(n))));
  for (const r of rows) console.log(line(r));
  console.log(`(first check of the 10,000-word file on open: ${f(results.open10kMs)} ms; server RSS at the end: ${f(results.finalRssMB)} MB)`);
  if (quick) console.log('(quick run: a few rounds only; the figures are not representative)');
}

async function main() {
  const workspace = mkdtempSync(join(tmpdir(), 'followup-bench-'));
  const results = { quick };
  try {
    await measureServer(workspace, results);
    measureCli(workspace, results);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
  if (asJson) console.log(JSON.stringify(results, null, 2));
  else printTable(results);
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exit(1);
});
