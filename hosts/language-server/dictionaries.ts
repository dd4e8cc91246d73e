/**
 * The two dictionaries a word can be added to from a quick fix: the workspace's (`words` of the
 * `.followup.json` that applies to the draft) and the user's (the client's settings, or the user words
 * file). Either way the open documents are checked again, so the finding goes at once.
 */
import type { AddUserWordParams, AddUserWordResult } from './protocol';
import { AddUserWordRequest } from './protocol';
import type { ServerContext } from './serverContext';
import { serverHost } from './serverHost';
import { fileOf } from './settingsStore';
import type { DictionaryTarget } from './workspaceDictionaryTarget';

/** The `.followup.json` a word for this draft goes to, or why there is none. */
export function dictionaryTargetOf(server: ServerContext, file: string): DictionaryTarget {
  return serverHost().workspaceDictionaryTarget(file, server.store.workspaceFolderOf(file), server.store.configFileFor(file));
}

export async function addWorkspaceWord(server: ServerContext, word: string, uri: string): Promise<{ file: string; changed: boolean } | null> {
  const file = fileOf(uri);
  if (!word.trim()) throw new Error('No word to add to the dictionary.');
  if (!file) throw new Error('Save the draft in a folder first: the workspace dictionary is the .followup.json beside it.');
  // The `.followup.json` that applies to the draft, so the word takes effect; else a new one at the folder root.
  const where = dictionaryTargetOf(server, file);
  if (!where.ok) throw new Error(`Cannot add "${word}" to the workspace dictionary: ${where.reason}`);
  const target = where.file;
  const { changed } = await serverHost().addWordToConfigFile(target, word.trim());
  server.log(changed ? `Added "${word}" to ${target}.` : `"${word}" is already in ${target}.`);
  server.store.invalidateConfigFile(target);
  server.checks.recheckAll();
  return { file: target, changed };
}

export async function addUserWord(server: ServerContext, word: string): Promise<{ file?: string; changed: boolean } | null> {
  if (!word.trim()) throw new Error('No word to add to the dictionary.');
  if (server.state.clientHandlesUserWords) {
    const result = await server.connection.sendRequest<AddUserWordResult>(AddUserWordRequest, { word: word.trim() } satisfies AddUserWordParams);
    return { changed: !!result?.added };
  }
  const { userWords } = server;
  const changed = userWords.add(word.trim());
  const where = userWords.file ?? 'the user dictionary';
  server.log(changed ? `Added "${word}" to ${where}.` : `"${word}" is already in ${where}.`);
  server.store.invalidateEditorSettings();
  server.checks.recheckAll();
  return { file: userWords.file, changed };
}
