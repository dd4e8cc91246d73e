/**
 * The user dictionary, for clients that do not keep it themselves (VS Code keeps it in its settings or
 * global storage): the host says where it lives (packages/node-host/userWordsFile.ts: a words file).
 */
export interface UserWordsSource {
  /** Where the words are kept, for the log and the command's answer (undefined: nowhere). */
  readonly file?: string;
  /** The words, the same array while they are unchanged (the merged settings are cached by identity). */
  words(): string[];
  /** Adds a word (no duplicate); false when it was already there. Throws with a user-facing reason. */
  add(word: string): boolean;
}
