/**
 * "Add 'WORD' to the workspace dictionary" on Node: the `.followup.json` rewritten atomically under its lock.
 */
import { addWordToConfigText } from '../../hosts/language-server/workspaceDictionary';
import { removeStaleTemps, replaceFileAtomic } from './atomicWrite';
import { isRunning, lockTarget, withFileLock } from './fileLock';
import { readRegularTextIfExists, SETTINGS_FILE_MAX_BYTES } from './boundedRead';

/**
 * Adds the word to the file (created when absent), atomically, holding the file's lock and re-reading it
 * under the lock, so words added at once by several servers are all kept. Throws with a user-facing reason.
 */
export function addWordToConfigFile(file: string, word: string): { changed: boolean } {
  return withFileLock(lockTarget(file), () => {
    removeStaleTemps(file, isRunning);
    return addUnlocked(file, word);
  });
}

function addUnlocked(file: string, word: string): { changed: boolean } {
  let text = '';
  try {
    text = readRegularTextIfExists(file, SETTINGS_FILE_MAX_BYTES) ?? '';
  } catch (error) {
    throw new Error(`Cannot add "${word}" to ${file}: it ${(error as Error).message}.`);
  }
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const result = addWordToConfigText(text.slice(bom.length), word);
  if (!result.ok) throw new Error(`Cannot add "${word}" to ${file}: ${result.reason}`);
  if (result.changed) replaceFileAtomic(file, bom + result.text);
  return { changed: result.changed };
}
