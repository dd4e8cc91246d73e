/** Whether a document is a `.followup.json` (settings, not a draft: never checked as prose). */
import { CONFIG_FILE_NAME } from '../../packages/engine/configText';
import { serverHost } from './serverHost';
import { fileOf } from './settingsStore';

export function isConfigDocument(uri: string): boolean {
  const file = fileOf(uri);
  return !!file && serverHost().paths.basename(file) === CONFIG_FILE_NAME;
}
