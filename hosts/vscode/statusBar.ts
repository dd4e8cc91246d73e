/**
 * The status bar item for the active draft: its kind and what to do when, from the server's
 * `followup/draftStatus`. Hidden for files that are not drafts. Refreshed when the active editor changes
 * and when the active document's diagnostics change (the server has checked the new text).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DraftStatusRequest, type DraftStatus, type DraftStatusParams } from '../language-server/protocol';
import { statusBarContent } from './statusText';

export function createDraftStatusBar(running: Promise<BaseLanguageClient>): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('followup.draftStatus', vscode.StatusBarAlignment.Left, 100);
  item.name = 'Follow-Up: Draft Status';
  let generation = 0;

  const refresh = async () => {
    const mine = ++generation;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') {
      item.hide();
      return;
    }
    let status: DraftStatus | undefined;
    try {
      const client = await running;
      const params: DraftStatusParams = { uri: document.uri.toString() };
      status = await client.sendRequest<DraftStatus>(DraftStatusRequest, params);
    } catch {
      status = undefined;
    }
    if (mine !== generation) return; // a newer refresh is under way
    const content = statusBarContent(status);
    if (!content.visible) {
      item.hide();
      return;
    }
    item.text = content.text;
    item.tooltip = content.tooltip;
    item.show();
  };

  const subscriptions = [
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) void refresh();
    }),
  ];
  void refresh();
  return vscode.Disposable.from(...subscriptions);
}
