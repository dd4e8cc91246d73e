/**
 * Settings for the Follow-Ups view, per workspace folder: the engine's defaults, then the `followup.*`
 * editor settings, then the folder's `.followup.json` (which wins, as SPEC section 3 says). The plan needs
 * only the timing settings, but the engine takes a whole `Settings`.
 */
import * as vscode from 'vscode';
import { readBoundedText } from './boundedRead';
import { applySettings, defaultSettings, SETTING_KEYS, type Settings } from '../../../packages/engine/settings';
import { CONFIG_FILE_NAME, parseConfigText } from '../../../packages/engine/configText';
import { SETTINGS_SECTION } from '../../language-server/protocol';

export async function folderSettings(folder: vscode.WorkspaceFolder): Promise<Settings> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, folder.uri);
  const editor: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value = config.get(key);
    if (value !== undefined) editor[key] = value;
  }
  let { settings } = applySettings(defaultSettings(), editor);
  const file = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  try {
    const text = await readBoundedText(file);
    ({ settings } = applySettings(settings, parseConfigText(text, file.fsPath)));
  } catch {
    // No file, or a broken one: the language server reports a broken file; editor settings apply.
  }
  return settings;
}
