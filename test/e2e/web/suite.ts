/**
 * End-to-end suite for the extension in VS Code for the Web: bundled by test/e2e-web.test.ts for the
 * browser and run by the workbench in its *web worker* extension host (no Node: no `process`, `fs`,
 * `assert`), next to the extension under test. Inputs come from `.followup-e2e/input.json` in the
 * workspace copy; the report goes to `.followup-e2e-result.json` there (the launcher returns it).
 * Resolving = pass; throwing = fail.
 */
import * as vscode from 'vscode';

interface CliFinding { rule: string; severity: string; line: number; column: number; endLine: number; endColumn: number; actual: string; suggestions?: string[] }
interface Input { draft: string; warmUpDraft: string; findings: CliFinding[]; today: string; company: string; waitMs: number }
interface Step { name: string; ok: boolean; ms: number; error?: string }

const EXTENSION_ID = 'followup-assistant.interview-followup';
const SOURCE = 'followup';
const RESULT_FILE = '.followup-e2e-result.json';
const SEVERITY_NAME: Record<number, string> = { 0: 'error', 1: 'warning', 2: 'info', 3: 'hint' };

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const folder = () => {
  const f = vscode.workspace.workspaceFolders?.[0];
  check(f, 'a workspace folder is open');
  return f;
};
const inWorkspace = (...parts: string[]) => vscode.Uri.joinPath(folder().uri, ...parts);
const codeOf = (d: vscode.Diagnostic) => String(d.code !== null && typeof d.code === 'object' ? d.code.value : d.code);
const diagnosticsOf = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
const rangeText = (r: vscode.Range) => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
const describe = (ds: readonly vscode.Diagnostic[]) => ds.map((d) => `${codeOf(d)} at ${rangeText(d.range)}`).join('; ') || 'none';

function waitForDiagnostics(uri: vscode.Uri, what: string, predicate: (ds: vscode.Diagnostic[]) => boolean, timeoutMs: number): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const test = () => {
      const ds = diagnosticsOf(uri);
      if (!predicate(ds)) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(ds);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) test();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics now: ${describe(diagnosticsOf(uri))}`));
    }, timeoutMs);
    test();
  });
}

async function readJson<T>(uri: vscode.Uri): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as T;
}

/** The quick fix replacing exactly the flagged text with `replacement`, applied; the text after it. */
async function applyQuickFix(document: vscode.TextDocument, code: string, word: string, replacement: string, waitMs: number): Promise<string> {
  const uri = document.uri;
  const [target] = (await waitForDiagnostics(uri, `${code} on "${word}"`, (ds) => ds.some((d) => codeOf(d) === code && document.getText(d.range) === word), waitMs))
    .filter((d) => codeOf(d) === code && document.getText(d.range) === word);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value, 20)) ?? [];
  const action = actions.find((a) => {
    const edits = a.edit?.get(uri) ?? [];
    return edits.length === 1 && edits[0].range.isEqual(target.range) && edits[0].newText === replacement;
  });
  check(action?.edit, `a quick fix replacing "${word}" (${code}) with "${replacement}"; offered: ${actions.map((a) => a.title).join(' | ')}`);
  check(await vscode.workspace.applyEdit(action.edit), `applying "${action.title}"`);
  // The server re-checks the edited text: the fixed finding goes, nothing new appears on the replacement.
  await waitForDiagnostics(uri, `${code} on "${word}" to go after the fix`, (ds) => !ds.some((d) => codeOf(d) === code && document.getText(d.range) === word), waitMs);
  return document.getText();
}

/**
 * Asks the launcher (test/e2e/vscode/launch.mjs) for its screenshot once `waitFor` (CSS selectors) is on
 * screen, and waits for its answer in a file of the workspace copy (this host has no environment to
 * name one in; the workspace is a folder on the same machine, `vscode-remote:` here).
 */
async function requestScreenshot(waitFor: string[], timeoutMs: number): Promise<void> {
  const done = inWorkspace('.followup-e2e', 'screenshot.done');
  console.log(`followup-e2e:screenshot-now ${JSON.stringify({ waitFor, doneFile: done.path })}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const outcome = new TextDecoder().decode(await vscode.workspace.fs.readFile(done));
      check(outcome.startsWith('ok'), `screenshot: ${outcome}`);
      return;
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError)) throw error;
    }
    check(Date.now() < deadline, `the launcher did not take the screenshot within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function run(): Promise<void> {
  const steps: Step[] = [];
  const report: Record<string, unknown> = { steps };
  const step = async (name: string, body: () => Promise<void>) => {
    const t0 = Date.now();
    try {
      await body();
      steps.push({ name, ok: true, ms: Date.now() - t0 });
    } catch (error) {
      steps.push({ name, ok: false, ms: Date.now() - t0, error: String((error as Error)?.stack ?? error) });
      throw error;
    }
  };
  try {
    const input = await readJson<Input>(inWorkspace('.followup-e2e', 'input.json'));
    const draftUri = inWorkspace(input.draft);

    await step('the extension runs in the web worker extension host', async () => {
      report.uiKind = vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop';
      check(vscode.env.uiKind === vscode.UIKind.Web, 'the workbench is VS Code for the Web');
      // A web worker's global scope has importScripts; Node has not (a `process` shim may exist in either).
      check(typeof (globalThis as { importScripts?: unknown }).importScripts === 'function', 'this extension host is a web worker');
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      check(ext, `the extension ${EXTENSION_ID} is installed`);
      await ext.activate();
      check(ext.isActive, 'the extension activated from its browser entry');
    });

    // Startup: from activation to the first diagnostics of another draft (the worker starts, receives the
    // language data and checks). Then the example draft is opened in the running editor and timed alone.
    await step(`the server starts in its worker and checks ${input.warmUpDraft}`, async () => {
      const started = performance.now();
      const warm = await vscode.workspace.openTextDocument(inWorkspace(input.warmUpDraft));
      await vscode.window.showTextDocument(warm, { preview: false });
      await waitForDiagnostics(warm.uri, 'the first diagnostics of any draft', (ds) => ds.length > 0, input.waitMs);
      report.startupToFirstDiagnosticsMs = Math.round(performance.now() - started);
    });

    let document!: vscode.TextDocument;
    await step(`opens ${input.draft} and shows the findings of \`followup check\``, async () => {
      const opened = performance.now();
      document = await vscode.workspace.openTextDocument(draftUri);
      await vscode.window.showTextDocument(document, { preview: false });
      const first = await waitForDiagnostics(draftUri, 'the first diagnostics', (ds) => ds.length > 0, input.waitMs);
      report.firstDiagnosticsMs = Math.round(performance.now() - opened);
      report.firstDiagnosticsCount = first.length;
      const want = input.findings.map((f) => `${f.rule} ${f.severity} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} "${f.actual}"`).sort();
      const key = (d: vscode.Diagnostic) => `${codeOf(d)} ${SEVERITY_NAME[d.severity]} ${rangeText(d.range)} "${document.getText(d.range)}"`;
      const ds = await waitForDiagnostics(draftUri, `the ${want.length} findings of followup check`, (d) => d.length === want.length, input.waitMs);
      const got = ds.map(key).sort();
      report.diagnostics = got;
      check(JSON.stringify(got) === JSON.stringify(want), `the diagnostics are the findings of \`followup check\`:\n  got  ${got.join('\n       ')}\n  want ${want.join('\n       ')}`);
    });

    await step('hover, code lens and status come from the worker server', async () => {
      const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', draftUri, 10)) ?? [];
      report.codeLens = lenses.map((l) => l.command?.title).filter(Boolean);
      check(lenses.some((l) => l.command?.title), 'the draft has a code lens with a title');
    });

    await step('applies a spelling fix and a tone fix', async () => {
      const suggestion = (rule: string, actual: string) => input.findings.find((f) => f.rule === rule && f.actual === actual)?.suggestions?.[0];
      const spelling = suggestion('spelling/unknown-word', 'recieve');
      const tone = suggestion('tone/pushy', 'ASAP');
      check(spelling && tone, 'followup check suggests a fix for "recieve" and for "ASAP"');
      await applyQuickFix(document, 'spelling/unknown-word', 'recieve', spelling, input.waitMs);
      const text = await applyQuickFix(document, 'tone/pushy', 'ASAP', tone, input.waitMs);
      check(text.includes(spelling) && text.includes(tone) && !/\brecieve\b|\bASAP\b/.test(text), 'both replacements are in the text');
      report.fixes = { recieve: spelling, ASAP: tone };
    });

    await step('"New Thank-You Email" writes a draft through workspace.fs and opens it', async () => {
      const answers = { company: input.company, interviewer: 'Margaret Hale', position: 'Legal Secretary', interviewDate: input.today, sender: 'Anna Lewis' };
      const result = await vscode.commands.executeCommand<{ uris?: string[]; error?: string }>('followup.newThankYou', answers);
      check(result?.uris?.length === 1, `the command returns the draft it wrote (got ${JSON.stringify(result)})`);
      const uri = vscode.Uri.parse(result.uris[0]);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      check(/^---\n[\s\S]*kind: thank-you[\s\S]*\n---\n/.test(text) && text.includes('Margaret'), `the new draft is a thank-you to Margaret:\n${text}`);
      check(vscode.window.activeTextEditor?.document.uri.toString() === uri.toString(), 'the new draft is open in the editor');
      report.newDraft = vscode.workspace.asRelativePath(uri);
    });

    // The workspace's .followup.json (words: quillfeather) is read through the client; "Add to the workspace
    // dictionary" writes it through workspace.fs, and the finding goes.
    await step('the workspace dictionary: .followup.json read and written through workspace.fs', async () => {
      const warm = new TextDecoder().decode(await vscode.workspace.fs.readFile(inWorkspace(input.warmUpDraft)));
      const uri = inWorkspace('dictionary-words.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${warm.trimEnd()}\n\nI use quillfeather and zorblatt daily.\n`));
      const words = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(words, { preview: false });
      // Made-up words far from every dictionary word are reported as possible terms (a hint); the
      // workspace dictionary quiets either kind of spelling finding.
      const spellingCode = (d: vscode.Diagnostic) => codeOf(d) === 'spelling/unknown-word' || codeOf(d) === 'spelling/possible-term';
      const flagged = (ds: vscode.Diagnostic[], word: string) => ds.some((d) => spellingCode(d) && words.getText(d.range) === word);
      const [target] = (await waitForDiagnostics(uri, '"zorblatt" flagged and "quillfeather" (in .followup.json) not', (ds) => flagged(ds, 'zorblatt') && !flagged(ds, 'quillfeather'), input.waitMs))
        .filter((d) => spellingCode(d) && words.getText(d.range) === 'zorblatt');
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value, 20)) ?? [];
      const add = actions.find((a) => a.title === "Add 'zorblatt' to the workspace dictionary");
      check(add?.command && !add.disabled, `the workspace dictionary quick fix is offered; offered: ${actions.map((a) => `${a.title}${a.disabled ? ` (disabled: ${a.disabled.reason})` : ''}`).join(' | ')}`);
      await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
      await waitForDiagnostics(uri, '"zorblatt" to go once it is in the workspace dictionary', (ds) => !flagged(ds, 'zorblatt'), input.waitMs);
      const config = await readJson<{ words?: string[] }>(inWorkspace('.followup.json'));
      check(JSON.stringify(config.words) === JSON.stringify(['quillfeather', 'zorblatt']), `.followup.json has both words: ${JSON.stringify(config)}`);
    });

    // The scene for the screenshot the launcher takes at the end: the example draft with its squiggles and
    // the Problems panel (the fixed document reverted to the file's text, so every finding shows).
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeOtherEditors');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.window.showTextDocument(document, { preview: false });
    await waitForDiagnostics(draftUri, 'the findings after revert', (d) => d.length === input.findings.length, input.waitMs);
    // Taken now, while the extension host (so the squiggles and the status bar item) is alive.
    await step('the screenshot: the draft with its squiggles and the Problems panel', async () => {
      await requestScreenshot(['.squiggly-warning', '.markers-panel .monaco-list-row', '.statusbar-item[id*="followup"]'], input.waitMs);
    });
    report.ok = true;
  } catch (error) {
    report.ok = false;
    report.error = String((error as Error)?.stack ?? error);
    throw error;
  } finally {
    await vscode.workspace.fs.writeFile(inWorkspace(RESULT_FILE), new TextEncoder().encode(JSON.stringify(report, null, 2)));
  }
}
