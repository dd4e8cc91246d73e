/**
 * The language server in a third-party editor: headless Neovim 0.7 (Debian's) starts
 * `node bin/followup-language-server.js --stdio`, opens a copy of a draft, shows the findings, applies a
 * quick fix through `textDocument/codeAction` and gets fresh diagnostics for the edited text.
 * Harness: test/e2e/nvim/run-nvim.mjs + lsp-harness.lua (docs/e2e.md). Needs `bash .ci/setup-tools.sh`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliFindings, languageServerCommand, LSP_SEVERITY, offsetAt, ROOT, spellingRuleRegistered, type CliFinding } from './e2e/built';
import { missingForNvim, nvimCommand, requireTools } from './e2e/gate';
import { shownSpan } from '../hosts/language-server/diagnosticSpan';
import { runNvim, type LspDiagnostic, type RunNvimResult } from './e2e/nvim/run-nvim.mjs';

const TODAY = '2026-11-20';
const TIMEOUT_MS = 45_000;

interface Case {
  /** Draft to open, relative to the project root; its folder is the workspace (copied first). */
  file: string;
  /** Rule whose quick fix is applied and the word it flags. */
  code: string;
  word: string;
  /** The replacement expected; default: the first suggestion `followup check` gives for that finding. */
  replacement?: string;
}

function describeRun(r: RunNvimResult): string {
  return [
    `error: ${r.error}`,
    `summary: ${JSON.stringify(r.summary)}`,
    `stderr: ${r.stderr}`,
    `run folder (kept): ${r.runDir}`,
  ].join('\n');
}

const codeOf = (d: LspDiagnostic) => String(d.code);
const sortedCodes = (ds: LspDiagnostic[]) => ds.map(codeOf).sort();

/**
 * The diagnostics an LSP client must get for the draft: the CLI's findings, in LSP terms, a paragraph-long
 * info finding shown at its first word (hosts/language-server/diagnosticSpan.ts).
 */
function asLsp(findings: CliFinding[]) {
  return findings
    .map((f) => ({
      code: f.rule,
      severity: LSP_SEVERITY[f.severity],
      range: shownSpan({
        severity: f.severity,
        actual: f.actual,
        suggestions: f.suggestions,
        range: { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } },
      }).range,
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

async function fixInNeovim(c: Case): Promise<void> {
  const file = path.join(ROOT, c.file);
  const original = fs.readFileSync(file, 'utf8');
  expect(original, `${c.file} must contain "${c.word}" for this test`).toContain(c.word);
  const expected = cliFindings([file], TODAY).get(file) ?? [];
  const finding = expected.find((f) => f.rule === c.code && f.actual === c.word);
  expect(finding, `\`followup check\` reports ${c.code} for "${c.word}" in ${c.file}`).toBeDefined();
  const replacement = c.replacement ?? finding!.suggestions[0];
  expect(replacement, `a suggestion for "${c.word}"`).toBeTruthy();

  const r = await runNvim({
    cmd: languageServerCommand({ FOLLOWUP_TODAY: TODAY }),
    file,
    workspace: path.dirname(file),
    actionCode: c.code,
    actionTitle: `'${replacement}'`,
    actionAt: { line: finding!.line - 1, character: finding!.column - 1 },
    nvim: nvimCommand(),
    timeoutMs: TIMEOUT_MS,
    waitMs: 20_000,
  });
  expect(r.ok, `Neovim run failed\n${describeRun(r)}`).toBe(true);
  const before = r.diagnostics ?? [];

  // Neovim got what the engine finds: same rules, severities and UTF-16 ranges, from source "followup".
  const got = before
    .map((d) => ({ code: codeOf(d), severity: d.severity, range: d.range }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  expect(got, 'diagnostics in Neovim = `followup check` findings').toEqual(asLsp(expected));
  for (const d of before) expect(d.source, `source of ${codeOf(d)}`).toBe('followup');
  expect(r.summary?.nvim_diagnostics_count, 'diagnostics Neovim itself holds for the buffer').toBe(before.length);

  // The flagged word sits exactly under the diagnostic of that rule that starts where the engine says.
  const target = before.find(
    (d) => codeOf(d) === c.code && d.range.start.line === finding!.line - 1 && d.range.start.character === finding!.column - 1,
  );
  expect(target, `a ${c.code} diagnostic among: ${sortedCodes(before).join(', ')}`).toBeDefined();
  const start = offsetAt(original, target!.range.start);
  const end = offsetAt(original, target!.range.end);
  expect(original.slice(start, end), `text under the ${c.code} diagnostic`).toBe(c.word);

  // The quick fix replaced exactly that word and nothing else.
  expect(r.summary?.action_title, `chosen action (offered: ${r.summary?.action_titles?.join(' | ')})`).toContain(replacement);
  expect(r.summary?.buffer_changed, 'the buffer changed').toBe(true);
  expect(r.text, 'buffer text after the quick fix').toBe(original.slice(0, start) + replacement + original.slice(end));

  // The re-check of the edited buffer dropped that finding and kept the others.
  const after = r.diagnosticsAfter ?? [];
  const remaining = sortedCodes(before);
  remaining.splice(remaining.indexOf(c.code), 1);
  expect(sortedCodes(after), 'diagnostics after the fix: the same minus the fixed one').toEqual(remaining);
  for (const d of after) {
    const text = r.text!;
    expect(text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end)), `${codeOf(d)} after the fix`).not.toBe(c.word);
  }
}

describe('Neovim as the LSP client (headless, Neovim 0.7)', () => {
  it('fixes the misspelt "recieve" in the example check-in with the spelling quick fix', { timeout: TIMEOUT_MS + 15_000 }, async (ctx) => {
    requireTools('Neovim', missingForNvim(), ctx.skip);
    if (!spellingRuleRegistered()) ctx.skip('the engine has no spelling/unknown-word rule yet');
    await fixInNeovim({ file: 'examples/check-in-hartley-finch.md', code: 'spelling/unknown-word', word: 'recieve', replacement: 'receive' });
  });

  it('applies a tone quick fix in the example check-in', { timeout: TIMEOUT_MS + 15_000 }, async (ctx) => {
    requireTools('Neovim', missingForNvim(), ctx.skip);
    await fixInNeovim({ file: 'examples/check-in-hartley-finch.md', code: 'tone/pushy', word: 'ASAP' });
  });

  it('places ranges in UTF-16 columns after accents and an emoji, and applies a tone fix there', { timeout: TIMEOUT_MS + 15_000 }, async (ctx) => {
    requireTools('Neovim', missingForNvim(), ctx.skip);
    await fixInNeovim({ file: 'test/e2e/nvim/workspace/thank-you-wide-characters.md', code: 'tone/pushy', word: 'ASAP' });
  });

  it('applies the spelling fix after accents and an emoji', { timeout: TIMEOUT_MS + 15_000 }, async (ctx) => {
    requireTools('Neovim', missingForNvim(), ctx.skip);
    if (!spellingRuleRegistered()) ctx.skip('the engine has no spelling/unknown-word rule yet');
    await fixInNeovim({ file: 'test/e2e/nvim/workspace/thank-you-wide-characters.md', code: 'spelling/unknown-word', word: 'recieve', replacement: 'receive' });
  });
});

/** The Neovim 0.7 config of docs/editors.md, read from the page (the first Lua block after its heading). */
function docConfig(): string {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'editors.md'), 'utf8');
  const from = doc.indexOf('**Neovim 0.7**');
  expect(from, 'docs/editors.md has a **Neovim 0.7** section').toBeGreaterThan(0);
  const block = /```lua\n([\s\S]*?)```/.exec(doc.slice(from));
  expect(block, 'a Lua block in the Neovim 0.7 section').not.toBeNull();
  return block![1];
}

interface DocRun {
  ok: boolean;
  error?: string;
  filetype: string;
  diagnostics: Array<{ code: string; line: number; col: number; source?: string }>;
  clients: Array<{ name: string; init_options?: Record<string, unknown>; settings?: Record<string, unknown> }>;
  notes: Array<{ msg: string; level: number }>;
  errmsg: string;
  messages: string;
}

const DRAFT_WITH_SETTINGS_TO_SHOW = `---
kind: thank-you
company: Hartley & Finch LLP
interviewer: Margaret Hale
interview_date: ${TODAY}
send_date: ${TODAY}
subject: Thank you
---

Dear Ms Hale,

Thank you for your time today. I enjoyed hearing how you organise the casework, and I think I could help the team!!

Kind regards,
Anna Lewis
`;

/** Runs headless Neovim with the doc's config as its init file, `PATH` as given, on copies of `files`. */
function runDocConfig(files: Record<string, string>, pathDirs: string[], expectServer: boolean): DocRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followup-nvim-doc-'));
  const workspace = path.join(dir, 'workspace');
  fs.mkdirSync(workspace);
  for (const n of ['xdg-cache', 'xdg-state', 'xdg-config', 'xdg-data', 'home']) fs.mkdirSync(path.join(dir, n));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(workspace, name), text);
  const init = path.join(dir, 'init.lua');
  fs.writeFileSync(init, docConfig());
  const result = path.join(dir, 'result.json');
  const run = spawnSync(nvimCommand(), ['--headless', '-u', init, '-c', `luafile ${path.join(ROOT, 'test', 'e2e', 'nvim', 'doc-config-driver.lua')}`], {
    cwd: workspace,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    env: {
      PATH: pathDirs.join(':'),
      HOME: path.join(dir, 'home'),
      XDG_CACHE_HOME: path.join(dir, 'xdg-cache'),
      XDG_STATE_HOME: path.join(dir, 'xdg-state'),
      XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
      XDG_DATA_HOME: path.join(dir, 'xdg-data'),
      FOLLOWUP_TODAY: TODAY,
      FOLLOWUP_DOC_FILES: JSON.stringify(Object.keys(files)),
      FOLLOWUP_DOC_EXPECT_SERVER: expectServer ? '1' : '0',
      FOLLOWUP_DOC_TIMEOUT_MS: '20000',
      FOLLOWUP_DOC_RESULT: result,
    },
  });
  expect(fs.existsSync(result), `Neovim wrote no result (status ${run.status}, signal ${run.signal})\n${run.stderr}`).toBe(true);
  return JSON.parse(fs.readFileSync(result, 'utf8')) as DocRun;
}

/** A folder with `followup-language-server` in it, as `npm link` puts one on PATH: the built server. */
function serverOnPath(): string {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'followup-bin-'));
  const [program, ...args] = languageServerCommand();
  const shim = path.join(bin, 'followup-language-server');
  fs.writeFileSync(shim, `#!/bin/sh\nexec ${[program, ...args.filter((a) => a !== '--stdio')].map((a) => `'${a}'`).join(' ')} "$@"\n`);
  fs.chmodSync(shim, 0o755);
  return bin;
}

describe('the Neovim 0.7 config of docs/editors.md, as a user would paste it', () => {
  it('passes its settings to the server, and they apply (dialect and a rule set to off)', { timeout: TIMEOUT_MS + 15_000 }, async (ctx) => {
    requireTools('Neovim', missingForNvim(), ctx.skip);
    const r = runDocConfig({ 'draft.md': DRAFT_WITH_SETTINGS_TO_SHOW }, [serverOnPath(), path.dirname(process.execPath), '/usr/bin', '/bin'], true);
    expect(r.ok, `${r.error}\n${r.messages}`).toBe(true);
    expect(r.filetype).toBe('markdown');
    expect(r.notes).toEqual([]);
    expect(r.messages).not.toMatch(/Error|traceback/);
    const client = r.clients.find((c) => c.name === 'followup');
    expect(client, 'the config started a client named followup').toBeDefined();
    // The settings as the doc's config gave them to Neovim (nested under `followup`).
    const section = ((client!.init_options ?? client!.settings) as { followup?: Record<string, unknown> }).followup;
    expect(section, 'the doc config passes a followup section').toBeDefined();

    // What `followup check` finds with those settings (as a .followup.json) and with none.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followup-nvim-expected-'));
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, DRAFT_WITH_SETTINGS_TO_SHOW);
    const byDefault = (cliFindings([draft], TODAY).get(draft) ?? []).map((f) => f.rule).sort();
    fs.writeFileSync(path.join(dir, '.followup.json'), JSON.stringify(section));
    const withSettings = cliFindings([draft], TODAY).get(draft) ?? [];
    expect(withSettings.map((f) => f.rule).sort(), 'the doc settings change what is found in this draft').not.toEqual(byDefault);

    const got = r.diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`).sort();
    expect(got, 'diagnostics in Neovim = `followup check` with the doc settings').toEqual(withSettings.map((f) => `${f.rule}@${f.line - 1}:${f.column - 1}`).sort());
    console.log(`Neovim with the doc config: ${got.join(', ')} (defaults would give: ${byDefault.join(', ')})`);
  });

  it('says once, without a Lua error, that followup-language-server is not on PATH', { timeout: TIMEOUT_MS + 15_000 }, async (ctx) => {
    requireTools('Neovim', missingForNvim(), ctx.skip);
    const r = runDocConfig({ 'one.md': DRAFT_WITH_SETTINGS_TO_SHOW, 'two.md': DRAFT_WITH_SETTINGS_TO_SHOW }, ['/usr/bin', '/bin'], false);
    expect(r.ok, `${r.error}\n${r.messages}`).toBe(true);
    expect(r.filetype).toBe('markdown');
    expect(r.notes.map((n) => n.msg)).toEqual([expect.stringMatching(/followup-language-server is not on PATH/)]);
    expect(r.errmsg).toBe('');
    expect(r.messages).not.toMatch(/E5108|traceback|Error/);
    expect(r.clients).toEqual([]);
  });
});
