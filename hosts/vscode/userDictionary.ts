/**
 * Where "Add to user dictionary" keeps the user's words. On the desktop: the user-level `followup.words`
 * setting. In the browser: the extension's global storage (synced with Settings Sync), because a web
 * workbench may keep no user settings file of its own; the words reach the server merged into the
 * `followup` settings it asks for, so the server treats both the same way.
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';
import { SETTINGS_SECTION, type AddUserWordResult } from '../language-server/protocol';
import { withWord } from './userWords';

export interface UserDictionary {
  /** Adds a word; `added: false` when it could not be kept (the user was told why). */
  add(word: string): Promise<AddUserWordResult>;
  /** Set once the language client runs: how to tell the server that the words changed. */
  onChanged?: () => void;
  /** Lays the stored words over the settings the server asks for, where they are not in the settings. */
  middleware?: Middleware;
}

/** Desktop: the `followup.words` user setting (a settings change re-checks by itself). */
export function settingUserDictionary(): UserDictionary {
  return {
    async add(word) {
      const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
      const next = withWord(config.inspect<string[]>('words')?.globalValue, word);
      if (!next) return { added: true };
      try {
        await config.update('words', next, vscode.ConfigurationTarget.Global);
        return { added: true };
      } catch (error) {
        void vscode.window.showErrorMessage(`Could not add "${word}" to your followup.words setting: ${(error as Error).message}`);
        return { added: false };
      }
    },
  };
}

/** The global-storage key of the browser's user dictionary (also registered for Settings Sync). */
export const USER_WORDS_KEY = 'followup.userWords';

/** Browser: the extension's global storage, laid into the `followup.words` the server receives. */
export function globalStorageUserDictionary(memento: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }): UserDictionary {
  memento.setKeysForSync([USER_WORDS_KEY]);
  const stored = (): string[] => {
    const value = memento.get<unknown>(USER_WORDS_KEY);
    return Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string') : [];
  };
  const dictionary: UserDictionary = {
    async add(word) {
      const next = withWord(memento.get<unknown>(USER_WORDS_KEY), word);
      if (!next) return { added: true };
      await memento.update(USER_WORDS_KEY, next);
      dictionary.onChanged?.();
      return { added: true };
    },
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const results = await next(params, token);
          if (!Array.isArray(results)) return results;
          return results.map((result: unknown, i) => (params.items[i]?.section === SETTINGS_SECTION ? withUserWords(result, stored()) : result));
        },
      },
    },
  };
  return dictionary;
}

/** The `followup` settings object with the user's words added to its `words`. */
export function withUserWords(settings: unknown, words: readonly string[]): unknown {
  if (!words.length || !settings || typeof settings !== 'object' || Array.isArray(settings)) return settings;
  const current = (settings as { words?: unknown }).words;
  const list = Array.isArray(current) ? current.filter((w): w is string => typeof w === 'string') : [];
  return { ...settings, words: [...list, ...words.filter((w) => !list.includes(w))] };
}
