// Minimal extension for the e2e harness self-test: one command that returns a value and edits a file.
const vscode = require('vscode');

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('followupSmoke.hello', async (name) => {
      const editor = vscode.window.activeTextEditor;
      if (editor) {
        await editor.edit((b) => b.insert(new vscode.Position(0, 0), `Hello, ${name}!\n`));
      }
      return `hello ${name}`;
    }),
  );
}

function deactivate() {}

module.exports = { activate, deactivate };
