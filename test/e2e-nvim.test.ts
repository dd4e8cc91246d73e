/**
 * The language server in a third-party editor: headless Neovim 0.7 (Debian's) starts
 * `node bin/followup-language-server.js --stdio`, opens a copy of a draft, shows the findings, applies a
 * quick fix through `textDocument/codeAction` and gets fresh diagnostics for the edited text.
 * Harness: test/e2e/nvim/run-nvim.mjs + lsp-harness.lua (docs/e2e.md). Needs `bash .ci/setup-tools.sh`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliFindings, languageServerCommand, LSP_SEVERITY, offsetAt, ROOT, spellingRuleRegistered, type CliFinding } from './e2e/built';
import { missingForNvim, nvimCommand, requireTools } from './e2e/gate';
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

/** The diagnostics an LSP client must get for the draft: the CLI's findings, in LSP terms. */
function asLsp(findings: CliFinding[]) {
  return findings
    .map((f) => ({
      code: f.rule,
      severity: LSP_SEVERITY[f.severity],
      range: { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } },
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
