#!/usr/bin/env node
// `npm run bench`: measures the built language server over real JSON-RPC on stdio, and the CLI.
// Prints a table (or JSON with --json). `--quick` runs a few rounds only (the CI smoke run).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { draft, longDocument } from './bench/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const asJson = args.has('--json');
const ROUNDS = quick ? 5 : 200;
const LONG_ROUNDS = quick ? 3 : 60;
const SUGGEST_ROUNDS = quick ? 5 : 60;
const COLD_RUNS = quick ? 1 : 5;
const CLI_DRAFTS = quick ? 50 : 1000;

if (!existsSync(join(root, 'dist', 'server.js'))) {
  console.error('bench: dist/server.js is missing; run "npm run build" first.');
  process.exit(2);
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const median = (values) => percentile(values, 50);
const ms = () => Number(process.hrtime.bigint()) / 1e6;

/** Starts the server and returns a connection plus helpers to wait for diagnostics of a version. */
async function startServer(workspace, settings) {
  const started = ms();
  const child = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, FOLLOWUP_TODAY: '2026-11-20' } });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  const latest = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    latest.set(params.uri, params);
    for (const w of [...waiters]) {
      if (w.uri === params.uri && (w.version === undefined || params.version === w.version)) {
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
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'bench' }],
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } } },
  });
  connection.sendNotification('initialized', {});
  const diagnostics = (uri, version, timeout = 30_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${timeout} ms`)), timeout);
      waiters.push({ uri, version, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  const stop = async () => {
    try {
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
    } catch {}
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    connection.dispose();
  };
  const peakMemoryMB = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
    } catch {
      return NaN;
    }
  };
  return { connection, diagnostics, stop, started, peakMemoryMB, latest };
}

function open(server, uri, text, version = 1) {
  const waiting = server.diagnostics(uri, version);
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  return waiting;
}

/** Types a character then deletes it, alternately, at `offsetLine`, and times each edit to its diagnostics. */
async function editLatencies(server, uri, text, rounds, line) {
  const times = [];
  let version = 1;
  for (let i = 0; i < rounds; i++) {
    const insert = i % 2 === 0;
    version++;
    const change = insert
      ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }
      : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };
    const t0 = ms();
    const waiting = server.diagnostics(uri, version);
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await waiting;
    times.push(ms() - t0);
  }
  return times;
}

async function main() {
  const workspace = mkdtempSync(join(tmpdir(), 'followup-bench-'));
  const results = {};
  try {
    // Cold start: spawn to the first diagnostics of a 300-word draft.
    const cold = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      const server = await startServer(workspace, {});
      await open(server, pathToFileURL(join(workspace, `cold-${i}.md`)).href, draft(i + 1, 300));
      cold.push(ms() - server.started);
      await server.stop();
    }
    results.coldStartMs = median(cold);

    const server = await startServer(workspace, { checkAllMarkdown: true });
    const shortUri = pathToFileURL(join(workspace, 'draft.md')).href;
    const shortText = draft(42, 300);
    await open(server, shortUri, shortText);
    const shortTimes = await editLatencies(server, shortUri, shortText, ROUNDS, 14);
    results.edit300 = { p50: median(shortTimes), p95: percentile(shortTimes, 95) };

    const longUri = pathToFileURL(join(workspace, 'notes.md')).href;
    const longText = longDocument(7, 10_000);
    await open(server, longUri, longText);
    const middle = Math.floor(longText.split('\n').length / 2);
    const longTimes = await editLatencies(server, longUri, longText, LONG_ROUNDS, middle % 2 === 0 ? middle : middle + 1);
    results.edit10k = { p50: median(longTimes), p95: percentile(longTimes, 95) };

    // Spelling suggestions: a code action on a fresh unknown word each round (typos and names).
    const words = ['recieve', 'definately', 'accomodate', 'seperate', 'occured', 'tommorow', 'Okafour', 'Natarjan', 'Gallager', 'intervew', 'expereince', 'oppertunity', 'collegue', 'Brightwel', 'Hartely', 'availabe', 'sincerly', 'comittee', 'profesional', 'responsibilty'];
    const suggestTimes = [];
    for (let i = 0; i < SUGGEST_ROUNDS; i++) {
      const word = words[i % words.length] + (i >= words.length ? 'x'.repeat(Math.floor(i / words.length)) : '');
      const uri = pathToFileURL(join(workspace, `suggest-${i}.md`)).href;
      const text = draft(100 + i, 80).replace('Kind regards,', `I spoke to ${word} about it.\n\nKind regards,`);
      const published = await open(server, uri, text);
      const diagnostic = published.diagnostics.find((d) => d.code === 'spelling/unknown-word');
      if (!diagnostic) continue;
      const t0 = ms();
      await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });
      suggestTimes.push(ms() - t0);
      server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    results.suggestion = { p50: median(suggestTimes), p95: percentile(suggestTimes, 95), samples: suggestTimes.length };
    results.peakMemoryMB = server.peakMemoryMB();
    await server.stop();

    // CLI throughput on generated drafts.
    const drafts = join(workspace, 'drafts');
    mkdirSync(drafts);
    for (let i = 0; i < CLI_DRAFTS; i++) writeFileSync(join(drafts, `draft-${String(i).padStart(4, '0')}.md`), draft(1000 + i, 150 + (i % 5) * 40));
    const t0 = ms();
    const run = spawnSync(process.execPath, [join(root, 'bin', 'followup.js'), 'check', '--today', '2026-11-20', drafts], { encoding: 'utf8', maxBuffer: 1 << 28 });
    results.cli = { drafts: CLI_DRAFTS, seconds: (ms() - t0) / 1000, exitStatus: run.status };
    if (run.status === 2 || run.status === null) throw new Error(`CLI failed: ${run.stderr}`);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }

  if (asJson) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  const f = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
  const rows = [
    ['cold start to first diagnostics (300 words)', `${f(results.coldStartMs)} ms`, '≤ 400 ms'],
    ['edit → diagnostics, 300-word draft, p50 / p95', `${f(results.edit300.p50)} / ${f(results.edit300.p95)} ms`, '≤ 5 / 10 ms'],
    ['edit → diagnostics, 10,000 words, p50 / p95', `${f(results.edit10k.p50)} / ${f(results.edit10k.p95)} ms`, 'p95 ≤ 50 ms'],
    ['spelling suggestion code action, p50 / p95', `${f(results.suggestion.p50)} / ${f(results.suggestion.p95)} ms`, 'p95 ≤ 50 ms'],
    ['peak memory (VmHWM)', `${f(results.peakMemoryMB)} MB`, '≤ 120 MB'],
    [`CLI, ${results.cli.drafts} drafts`, `${results.cli.seconds.toFixed(2)} s`, quick ? '(quick run)' : '≤ 5 s'],
  ];
  const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
  console.log(`| ${'measure'.padEnd(w[0])} | ${'result'.padEnd(w[1])} | target |`);
  console.log(`| ${'-'.repeat(w[0])} | ${'-'.repeat(w[1])} | ------ |`);
  for (const r of rows) console.log(`| ${r[0].padEnd(w[0])} | ${r[1].padEnd(w[1])} | ${r[2]} |`);
  if (quick) console.log('(quick run: a few rounds only; figures are not representative)');
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
