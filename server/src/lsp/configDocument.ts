/** Whether a document is a `.followup.json` (settings, not a draft: never checked as prose). */
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from '../node/configFile';
import { fileOf } from './settingsStore';

export function isConfigDocument(uri: string): boolean {
  const file = fileOf(uri);
  return !!file && path.basename(file) === CONFIG_FILE_NAME;
}
