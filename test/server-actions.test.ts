/** Quick fixes and dictionary commands over the real protocol, applied as an editor applies them. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { findingToDiagnostic } from '../hosts/language-server/diagnostics';
import { SourceText } from '../packages/engine/source';
import { LspClient } from './helpers/lspClient';
import { CHECK_IN, expectedDiagnostics, TODAY, visible } from './helpers/serverDrafts';

let client: LspClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

const MESSY = `---
kind: check-in
company: Hartley & Finch LLP
interviewer: Margaret Hale
interview_date: 2026-11-20
reply_deadline: 2026-11-27
subject: Checking in
---

Dear Ms Hale,

I expect to hear from you ASAP about the role. Is there anything else you need from me?

  I recieve your emails promptly!! I was wondering if maybe the team has decided.

Kind regards,
Anna Lewis
`;

function actionsFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client!.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], triggerKind: 1 },
  });
}

async function apply(action: CodeAction | undefined): Promise<void> {
  expect(action, 'the code action').toBeDefined();
  await client!.applyWorkspaceEdit(action!.edit!);
}

/** A diagnostic exactly as the server publishes it, for a finding the engine reports at `actual`. */
function diagnosticAt(text: string, actual: string, rule: string, data?: object, suggestions: string[] = []): Diagnostic {
  const start = text.indexOf(actual);
  const source = new SourceText(text);
  return findingToDiagnostic({
    rule,
    severity: 'warning',
    message: 'm',
    start,
    end: start + actual.length,
    range: source.rangeOf(start, start + actual.length),
    actual,
    suggestions,
    ...(data ? { data: data as never } : {}),
  });
}

describe('quick fixes from published diagnostics', () => {
  it('renames an unknown field to the closest known one', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('check-in.md', CHECK_IN);
    const diagnostic = (await client.diagnosticsFor(uri, 1)).find((d) => d.code === 'frontmatter/unknown-field')!;
    const actions = await actionsFor(uri, diagnostic);
    expect(actions.map((a) => a.title)).toEqual(["Rename field to 'subject'"]);
    await apply(actions[0]);
    expect(client.text(uri)).toContain('\nsubject: Checking in\n');
    const after = await client.diagnosticsFor(uri, 2);
    expect(after.map((d) => d.code)).not.toContain('frontmatter/unknown-field');
  });

  it('sets an existing send_date to the earliest good date', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('check-in.md', CHECK_IN);
    const diagnostic = (await client.diagnosticsFor(uri, 1)).find((d) => d.code === 'timing/check-in-too-early')!;
    const actions = await actionsFor(uri, diagnostic);
    const set = actions.find((a) => a.title === 'Set send_date to 2026-12-01');
    await apply(set);
    expect(client.text(uri)).toContain('\nsend_date: 2026-12-01\n');
    expect((await client.diagnosticsFor(uri, 2)).map((d) => d.code)).not.toContain('timing/check-in-too-early');
  });

  it('adds a send_date line before the closing fence, keeping CRLF line endings', async () => {
    client = await LspClient.start({ today: TODAY });
    const crlf = MESSY.replace(/\n/g, '\r\n');
    const uri = await client.open('crlf.md', crlf);
    const diagnostic = (await client.diagnosticsFor(uri, 1)).find((d) => d.code === 'timing/check-in-too-early')!;
    await apply((await actionsFor(uri, diagnostic)).find((a) => a.title === 'Set send_date to 2026-12-01'));
    expect(client.text(uri)).toContain('subject: Checking in\r\nsend_date: 2026-12-01\r\n---\r\n');
    expect(client.text(uri).replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('offers every tone suggestion as a replacement, and "disable for this line" with the line indentation', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('messy.md', MESSY);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const asap = diagnostics.find((d) => d.code === 'tone/pushy' && (d.data as { actual: string }).actual === 'ASAP')!;
    const suggestions = (asap.data as { suggestions: string[] }).suggestions;
    expect(suggestions.length).toBeGreaterThan(0);
    const actions = await actionsFor(uri, asap);
    expect(actions.map((a) => a.title)).toEqual([...suggestions.map((s) => `Change to '${s}'`), 'Disable tone/pushy for this line']);
    expect(actions[0].isPreferred).toBe(true);
    await apply(actions[0]);
    expect(client.text(uri)).toContain(`from you ${suggestions[0]} about`);

    const hedge = (await client.diagnosticsFor(uri, 2)).find((d) => d.code === 'tone/hedging')!;
    await apply((await actionsFor(uri, hedge)).find((a) => a.title === 'Disable tone/hedging for this line'));
    expect(client.text(uri)).toContain('\n\n  <!-- followup-disable-next-line tone/hedging -->\n  I recieve');
    const after = await client.diagnosticsFor(uri, 3);
    expect(after.map((d) => d.code)).not.toContain('tone/hedging');
    expect(visible(after)).toEqual(expectedDiagnostics(client.text(uri)));
  });

  it('every offered edit applies to the current version and writes what its title says', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('messy.md', MESSY);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    let edits = 0;
    for (const diagnostic of diagnostics) {
      for (const action of await actionsFor(uri, diagnostic)) {
        expect(action.kind).toBe('quickfix');
        expect(action.diagnostics).toEqual([diagnostic]);
        if (!action.edit) continue;
        const change = action.edit.documentChanges![0] as { textDocument: { version: number }; edits: Array<{ newText: string }> };
        expect(change.textDocument.version).toBe(1);
        const quoted = /^(?:Change to|Rename field to) '(.*)'$/.exec(action.title);
        if (quoted) expect(change.edits[0].newText).toBe(quoted[1]);
        edits++;
      }
    }
    expect(edits).toBeGreaterThan(3);
  });

  it('offers no fix for a diagnostic whose text has changed since it was published', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('messy.md', MESSY);
    const asap = (await client.diagnosticsFor(uri, 1)).find((d) => d.code === 'tone/pushy' && (d.data as { actual: string }).actual === 'ASAP')!;
    await client.replace(uri, 'ASAP', 'soon');
    expect(await actionsFor(uri, asap)).toEqual([]);
  });
});

describe('spelling fixes and dictionaries', () => {
  const TEXT = MESSY;
  const spelling = () => diagnosticAt(TEXT, 'recieve', 'spelling/unknown-word', { type: 'spelling', word: 'recieve', dialect: 'en-GB' });

  it('offers suggestions computed on demand, best first, then both dictionaries', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('messy.md', TEXT);
    const actions = await actionsFor(uri, spelling());
    expect(actions[0].title).toBe("Change to 'receive'");
    expect(actions[0].isPreferred).toBe(true);
    const titles = actions.map((a) => a.title);
    expect(titles).toContain("Add 'recieve' to the workspace dictionary");
    expect(titles).toContain("Add 'recieve' to the user dictionary");
    await apply(actions[0]);
    expect(client.text(uri)).toContain('  I receive your emails');
  });

  it('publishes a probable name as a hint whose first fix is adding it to the words, with no ordinary word offered', async () => {
    client = await LspClient.start({ today: TODAY });
    const text = MESSY.replace('Is there anything else', 'Chef Oyelaran asked whether there is anything else');
    const uri = await client.open('names.md', text);
    const diagnostic = await client.waitFor('the hint', () => client!.published.find((p) => p.uri === uri)?.diagnostics.find((d: Diagnostic) => d.code === 'spelling/possible-name'));
    expect(diagnostic.range.end.character - diagnostic.range.start.character).toBe('Oyelaran'.length);
    expect(diagnostic.severity).toBe(4);
    const actions = await actionsFor(uri, diagnostic);
    expect(actions[0].title).toBe("Add 'Oyelaran' to the workspace dictionary");
    expect(actions[0].isPreferred).toBe(true);
    expect(actions.some((a) => a.title.startsWith('Change to'))).toBe(false);
  });

  it('publishes a lower-case word far from every dictionary word as a hint whose first fix is adding it, suggestions after', async () => {
    client = await LspClient.start({ today: TODAY });
    const text = MESSY.replace('Is there anything else', 'I can cut a brunoise if there is anything else');
    const uri = await client.open('terms.md', text);
    const diagnostic = await client.waitFor('the hint', () => client!.published.find((p) => p.uri === uri)?.diagnostics.find((d: Diagnostic) => d.code === 'spelling/possible-term'));
    expect(diagnostic.range.end.character - diagnostic.range.start.character).toBe('brunoise'.length);
    expect(diagnostic.severity).toBe(4);
    const actions = await actionsFor(uri, diagnostic);
    expect(actions[0].title).toBe("Add 'brunoise' to the workspace dictionary");
    expect(actions[0].isPreferred).toBe(true);
    expect(actions.filter((a) => a.isPreferred)).toHaveLength(1);
  });

  it('adds a word to a new .followup.json at the workspace root', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('drafts/messy.md', TEXT);
    const add = (await actionsFor(uri, spelling())).find((a) => a.title.includes('workspace dictionary'))!;
    await client.request('workspace/executeCommand', add.command);
    expect(JSON.parse(client.readFile('.followup.json')!)).toEqual({ words: ['recieve'] });
  });

  it('adds to the existing words list, keeping other keys, indentation and CRLF', async () => {
    const original = '{\r\n    "dialect": "en-GB",\r\n    "words": [\r\n        "Hartley"\r\n    ],\r\n    "rules": { "tone/hedging": "off" }\r\n}\r\n';
    client = await LspClient.start({ today: TODAY, files: { '.followup.json': original } });
    const uri = await client.open('messy.md', TEXT);
    await client.request('workspace/executeCommand', { command: 'followup.addWorkspaceWord', arguments: ['recieve', uri] });
    const text = client.readFile('.followup.json')!;
    expect(JSON.parse(text)).toEqual({ dialect: 'en-GB', words: ['Hartley', 'recieve'], rules: { 'tone/hedging': 'off' } });
    expect(text).toContain('\r\n        "recieve"\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text.startsWith('{\r\n    "dialect": "en-GB",\r\n')).toBe(true);
    // No temp file left behind.
    expect(fs.readdirSync(client.workspace).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses, with a message and no crash, to edit a .followup.json that is not valid JSON', async () => {
    const broken = '{ "words": ["Hartley", }\n';
    client = await LspClient.start({ today: TODAY, files: { '.followup.json': broken } });
    const uri = await client.open('messy.md', TEXT);
    await client.request('workspace/executeCommand', { command: 'followup.addWorkspaceWord', arguments: ['recieve', uri] });
    await client.waitFor('an error message', () => client!.shownMessages.find((m) => m.includes('not valid JSON') && m.includes('recieve')));
    expect(client.readFile('.followup.json')).toBe(broken);
    expect((await client.diagnosticsFor(uri, 1)).length).toBeGreaterThan(0);
  });

  it('writes user words to $XDG_CONFIG_HOME/followup/words.txt for editors other than VS Code', async () => {
    client = await LspClient.start({ today: TODAY });
    const uri = await client.open('messy.md', TEXT);
    const add = (await actionsFor(uri, spelling())).find((a) => a.title.includes('user dictionary'))!;
    await client.request('workspace/executeCommand', add.command);
    await client.request('workspace/executeCommand', add.command);
    const file = path.join(client.home, 'config', 'followup', 'words.txt');
    expect(fs.readFileSync(file, 'utf8')).toBe('recieve\n');
  });

  it('asks a client that handles user words (VS Code) to add the word itself', async () => {
    client = await LspClient.start({ today: TODAY, initializationOptions: { clientHandlesUserWords: true } });
    const uri = await client.open('messy.md', TEXT);
    await client.request('workspace/executeCommand', { command: 'followup.addUserWord', arguments: ['Hartley'] });
    expect(client.addUserWordRequests).toEqual(['Hartley']);
    expect(fs.existsSync(path.join(client.home, 'config', 'followup', 'words.txt'))).toBe(false);
    expect(uri).toBeTruthy();
  });
});
