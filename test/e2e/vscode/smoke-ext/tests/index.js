// Extension-host test module (same contract as @vscode/test-electron suites): VS Code requires this
// file inside the extension host and awaits run(); resolving = pass (exit code 0), throwing = fail.
// It also writes a JSON result to $FOLLOWUP_E2E_RESULT_FILE (set by launch.mjs) so the launcher can
// report details; launch.mjs treats the exit code from the workbench as the verdict.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

async function run() {
  const checks = {};
  const result = { ok: false, checks };
  try {
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    assert.ok(folder, 'a workspace folder is open');
    checks.workspaceFolder = folder.uri.toString();

    // user settings written by launch.mjs are honoured
    checks.autoSave = vscode.workspace.getConfiguration('files').get('autoSave');
    assert.strictEqual(checks.autoSave, 'off', 'files.autoSave is off');
    checks.smokeSetting = vscode.workspace.getConfiguration('followupSmoke').get('marker');
    assert.strictEqual(checks.smokeSetting, 'from-launcher', 'extra user setting arrives');

    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'draft.md'));
    await vscode.window.showTextDocument(doc);
    checks.languageId = doc.languageId;

    const ret = await vscode.commands.executeCommand('followupSmoke.hello', 'e2e');
    assert.strictEqual(ret, 'hello e2e', 'command return value');
    checks.commandReturn = ret;
    assert.ok(doc.getText().startsWith('Hello, e2e!\n'), 'command edited the document');
    checks.firstLine = doc.lineAt(0).text;
    checks.dirty = doc.isDirty;
    checks.extensionActive = vscode.extensions.getExtension('followup-assistant.followup-e2e-smoke').isActive;
    // harness self-checks of the failure and timeout paths (launch.mjs --env FOLLOWUP_SMOKE_MODE=fail|hang)
    if (process.env.FOLLOWUP_SMOKE_MODE === 'fail') assert.fail('deliberate failure (FOLLOWUP_SMOKE_MODE=fail)');
    if (process.env.FOLLOWUP_SMOKE_MODE === 'hang') await new Promise(() => {});
    result.ok = true;
  } catch (err) {
    result.error = String(err && err.stack || err);
    throw err;
  } finally {
    const out = process.env.FOLLOWUP_E2E_RESULT_FILE;
    if (out) fs.writeFileSync(out, JSON.stringify(result, null, 2));
    console.log('[smoke-test] ' + JSON.stringify(result));
  }
}

module.exports = { run };
