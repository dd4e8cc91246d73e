/**
 * Nothing leaves the machine: the CLI runs a whole check, and the language server a whole session, with
 * every network API made to throw and report (test/helpers/no-network.cjs).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from './helpers/cli';
import { SourceText } from '../packages/engine/source';
import { findingToDiagnostic } from '../hosts/language-server/diagnostics';
import { LspClient } from './helpers/lspClient';
import { TODAY } from './helpers/serverDrafts';

const GUARD = join(__dirname, 'helpers', 'no-network.cjs');

describe('no network', () => {
  it('the guard really catches a network call (so the test below can fail)', () => {
    const run = spawnSync(process.execPath, ['--require', GUARD, '-e', "require('node:http').get('http://127.0.0.1:9/')"], { encoding: 'utf8' });
    expect(run.stderr).toContain('NETWORK ATTEMPT: http.get');
    expect(run.status).not.toBe(0);
  });

  it('followup check over the examples opens no socket and makes no DNS look-up', () => {
    const run = spawnSync(process.execPath, ['--require', GUARD, CLI, 'check', '--format', 'json', 'examples'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toContain('no-network guard installed');
    expect(run.stderr).not.toContain('NETWORK ATTEMPT');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).length).toBe(6);
  });

  it('the language server opens no socket and makes no DNS look-up through a whole session', async () => {
    const client = await LspClient.start({ today: TODAY, nodeArgs: ['--require', GUARD] });
    try {
      const uri = await client.open('drafts/check-in.md', DRAFT);
      expect((await client.diagnosticsFor(uri, 1)).length).toBeGreaterThan(0);
      // A spelling diagnostic as the server publishes it: its fixes are computed on demand.
      const spelling = spellingDiagnostic(DRAFT, 'recieve');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: spelling.range,
        context: { diagnostics: [spelling] },
      });
      expect(actions[0].title).toBe("Change to 'receive'");
      const addWord = actions.find((a) => a.title.includes('workspace dictionary'))!;
      await client.request('workspace/executeCommand', addWord.command);
      expect(JSON.parse(client.readFile('.followup.json')!)).toEqual({ words: ['recieve'] });
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 18 } });
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } });
      await client.request('textDocument/codeLens', { textDocument: { uri } });
      await client.request('followup/draftStatus', { uri });
    } finally {
      expect(await client.stop()).toBe(0);
    }
    const stderr = client.stderr.join('');
    expect(stderr).toContain('no-network guard installed');
    expect(stderr).not.toContain('NETWORK ATTEMPT');
    expect(client.logs.join('\n')).not.toContain('network access is forbidden');
  });
});

const DRAFT = `---
kind: check-in
company: Hartley & Finch LLP
interviewer: Margaret Hale
interview_date: 2026-11-20
reply_deadline: 2026-11-27
subject: Checking in
---

Dear Ms Hale,

I hope you are well. I recieve your emails promptly. Is there anything else you need from me?

Kind regards,
Anna Lewis
`;

function spellingDiagnostic(text: string, word: string): Diagnostic {
  const start = text.indexOf(word);
  const end = start + word.length;
  return findingToDiagnostic({
    rule: 'spelling/unknown-word',
    severity: 'warning',
    message: `"${word}" is not in the dictionary.`,
    start,
    end,
    range: new SourceText(text).rangeOf(start, end),
    actual: word,
    suggestions: [],
    data: { type: 'spelling', word, dialect: 'en-GB' } as never,
  });
}
