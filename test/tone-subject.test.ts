/**
 * The subject line is the first thing the reader sees: it is checked for tone and capitals like the body,
 * with exact ranges, in the CLI (its JSON output) and in the editor (the built server over JSON-RPC).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { runCli, textAt } from './helpers/cli';
import { LspClient } from './helpers/lspClient';

const draft = (subject: string, body = 'I am writing to ask whether there is any news about the role.') =>
  [
    '---',
    'kind: check-in',
    'company: Hartley & Finch LLP',
    'interviewer: Margaret Hale',
    'interview_date: 2026-11-10',
    'reply_deadline: 2026-11-14',
    'send_date: 2026-11-19',
    `subject: ${subject}`,
    '---',
    '',
    'Dear Ms Hale,',
    '',
    body,
    '',
    'Kind regards,',
    'Anna Lewis',
    '',
  ].join('\n');

interface JsonFinding {
  rule: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  actual: string;
  suggestions: string[];
}

const dir = mkdtempSync(join(tmpdir(), 'followup-subject-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cliTone(name: string, text: string): JsonFinding[] {
  const file = join(dir, name);
  writeFileSync(file, text);
  const run = runCli(['check', '--format', 'json', '--today', '2026-11-19', file]);
  const [result] = JSON.parse(run.stdout) as Array<{ findings: JsonFinding[] }>;
  for (const f of result.findings) expect(textAt(text, f.line, f.column, f.endLine, f.endColumn)).toBe(f.actual);
  return result.findings.filter((f) => f.rule.startsWith('tone/'));
}

describe('the subject line in the CLI', () => {
  it('reports capitals in the subject, on the subject line, with the lower-case fix', () => {
    const text = draft('THANK YOU FOR THE INTERVIEW');
    const [f, ...rest] = cliTone('caps.md', text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'tone/shouting', line: 8, column: 10, endLine: 8, endColumn: 37, actual: 'THANK YOU FOR THE INTERVIEW' });
    expect(f.suggestions).toEqual(['Thank you for the interview']);
  });

  it('reports tone phrases in a quoted subject, inside the quotes', () => {
    const text = draft('"Re: still waiting to hear back"');
    const findings = cliTone('quoted.md', text);
    expect(findings.map((f) => [f.rule, f.line, f.column, f.actual])).toEqual([['tone/passive-aggressive', 8, 15, 'still waiting to hear back']]);
  });

  it('counts exclamation marks in the subject on their own: one is fine there and one in the body', () => {
    expect(cliTone('one.md', draft('Thank you for today!', 'It was a pleasure to meet the team!'))).toEqual([]);
    const findings = cliTone('two.md', draft('Thank you so much!!'));
    expect(findings.map((f) => [f.rule, f.line, f.column, f.actual, f.suggestions])).toEqual([['tone/exclamation', 8, 28, '!', ['']]]);
  });

  it('leaves a polite subject with an acronym alone', () => {
    expect(cliTone('polite.md', draft('Following up on our conversation about the PMO role'))).toEqual([]);
  });
});

describe('the subject line in the editor', () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('publishes subject-line tone findings with exact ranges and a fix that edits the front matter', async () => {
    client = await LspClient.start({ today: '2026-11-19' });
    const uri = await client.open('check-in.md', draft('hey, URGENT follow-up'));
    const diagnostics = (await client.diagnosticsFor(uri, 1)).filter((d) => String(d.code).startsWith('tone/'));
    expect(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character])).toEqual([
      ['tone/informal', 7, 9, 13],
      ['tone/shouting', 7, 14, 20],
      ['tone/pushy', 7, 14, 30],
    ]);
    const informal = diagnostics[0];
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: informal.range,
      context: { diagnostics: [informal] },
    });
    const change = actions.find((a) => a.title.includes('Hello,'));
    expect(change?.edit).toBeDefined();
    await client.applyWorkspaceEdit(change!.edit!);
    expect(client.text(uri)).toContain('subject: Hello, URGENT follow-up\n');
  });
});
