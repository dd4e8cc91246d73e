/** The client's own settings, read when a command runs; `.followup.json` wins over editor settings. */
import * as vscode from 'vscode';
import { readBoundedText } from './boundedRead';
import { applySettings, defaultSettings } from '../../../packages/engine/settings';
import { CONFIG_FILE_NAME, parseConfigText } from '../../../packages/engine/configText';
import { SETTINGS_SECTION } from '../../language-server/protocol';

export interface ClientSettings {
  draftsFolder: string;
  templatesFolder: string;
  senderName: string;
  checkInWaitDays: number;
}

export async function readClientSettings(folder: vscode.WorkspaceFolder | undefined): Promise<ClientSettings> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, folder?.uri);
  let { settings } = applySettings(defaultSettings(), { checkInWaitDays: config.get('checkInWaitDays') });
  if (folder) {
    const file = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    try {
      const text = await readBoundedText(file);
      const raw = parseConfigText(text, file.fsPath) as Record<string, unknown> | undefined;
      ({ settings } = applySettings(settings, { checkInWaitDays: raw?.checkInWaitDays }));
    } catch {
      // No file, or a broken one: the language server reports a broken file; editor settings apply.
    }
  }
  return {
    draftsFolder: config.get<string>('draftsFolder') || 'followups',
    templatesFolder: config.get<string>('templatesFolder') ?? '',
    senderName: (config.get<string>('senderName') ?? '').trim(),
    checkInWaitDays: settings.checkInWaitDays,
  };
}

/** Remembers the sender's name so later drafts do not ask again. */
export async function rememberSenderName(name: string): Promise<void> {
  await vscode.workspace.getConfiguration(SETTINGS_SECTION).update('senderName', name, vscode.ConfigurationTarget.Global);
}
