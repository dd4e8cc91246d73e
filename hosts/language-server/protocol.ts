/**
 * The follow-up language server's own protocol, beside standard LSP: command ids, custom methods and the
 * shapes they carry. The one typed module both the server and the VS Code client import, so the two
 * cannot drift.
 */

/** Commands the server executes (`workspace/executeCommand`). */
export const Commands = {
  /** args: [word: string, uri: string] — add the word to the `.followup.json` that applies to the document. */
  addWorkspaceWord: 'followup.addWorkspaceWord',
  /** args: [word: string] — add the word to the user's dictionary (see AddUserWordRequest). */
  addUserWord: 'followup.addUserWord',
  /** args: [uri: string, date: string] — set the draft's send_date. */
  setSendDate: 'followup.setSendDate',
} as const;

/**
 * Server → client request, sent only to a client that set `initializationOptions.clientHandlesUserWords`
 * (the VS Code client, which keeps user words in the `followup.words` user setting). Other clients get the
 * word written to the user words file (`$XDG_CONFIG_HOME/followup/words.txt`).
 */
export const AddUserWordRequest = 'followup/addUserWord';
export interface AddUserWordParams {
  word: string;
}
export interface AddUserWordResult {
  /** False when the client could not add it; the server then shows nothing more (the client did). */
  added: boolean;
}

/** Client → server request: what the status bar shows for a document. */
export const DraftStatusRequest = 'followup/draftStatus';
export interface DraftStatusParams {
  uri: string;
}
export interface DraftStatus {
  isDraft: boolean;
  kind?: string;
  /** Short text for a status bar: "Thank-you: Send today". Empty for a file that is not a draft. */
  label: string;
  /** Longer text (a tooltip): the next action's reason and the draft's timeline, one item a line. */
  detail: string;
}

/** What a client may pass as `initializationOptions`. Every field is optional. */
export interface InitializationOptions {
  /** `YYYY-MM-DD`: the date "today" means, for tests and demos (the env var FOLLOWUP_TODAY does the same). */
  today?: string;
  /** The client handles AddUserWordRequest (VS Code: writes the `followup.words` user setting). */
  clientHandlesUserWords?: boolean;
  /** Editor settings for clients without `workspace/configuration`: the `followup` section's value. */
  settings?: unknown;
}

/** The settings section the server asks for with `workspace/configuration`. */
export const SETTINGS_SECTION = 'followup';

/**
 * Server → client requests of the language server in VS Code for the Web's worker (hosts/language-server/browser-host),
 * which has no file system of its own: the client answers with `vscode.workspace.fs`
 * (hosts/vscode/browser/workspaceFiles.ts). URIs are the server's file names there.
 */
export const ReadDirectoryRequest = 'followup/readDirectory';
export interface ReadDirectoryParams {
  uri: string;
}
/** The folder's entries; empty when it cannot be listed. */
export type ReadDirectoryResult = { name: string; kind: 'file' | 'folder' | 'other' }[];

export const ReadFileStartRequest = 'followup/readFileStart';
export interface ReadFileStartParams {
  uri: string;
  /** At most this many bytes from the start (a draft's front matter is at the top). */
  bytes: number;
}
/** The text, or null when the file cannot be read. */
export type ReadFileStartResult = { text: string } | null;

/** The `.followup.json` files named (all of the workspace's when `uris` is null), with their text. */
export const ReadConfigFilesRequest = 'followup/readConfigFiles';
export interface ReadConfigFilesParams {
  uris: string[] | null;
}
/** One entry per file; `text` null when it is not there or cannot be read. */
export type ReadConfigFilesResult = { uri: string; text: string | null }[];

/** Writes a whole text file (the workspace dictionary's `.followup.json`). */
export const WriteFileRequest = 'followup/writeFile';
export interface WriteFileParams {
  uri: string;
  text: string;
}
