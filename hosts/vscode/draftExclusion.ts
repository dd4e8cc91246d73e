/**
 * Which files of a workspace folder the Follow-Ups view leaves out, by the same rules as the language
 * server's scan (packages/engine/exclude.ts): node_modules, build output and dot-folders always; the
 * folder's `exclude` setting (`.followup.json` at the folder root, else `followup.exclude`, else the
 * default test-like folders); and VS Code's `files.exclude`.
 */
import * as vscode from 'vscode';
import { alwaysSkippedDir, ExcludeMatcher, filesExcludePatterns } from '../../packages/engine/exclude';
import type { Settings } from '../../packages/engine/settings';

export type Exclusion = (uri: vscode.Uri) => boolean;

export function folderExclusion(folder: vscode.WorkspaceFolder, settings: Settings): Exclusion {
  const own = new ExcludeMatcher(settings.exclude);
  const editor = new ExcludeMatcher(filesExcludePatterns(vscode.workspace.getConfiguration('files', folder.uri).get('exclude')));
  const root = folder.uri.path.replace(/\/+$/, '');
  return (uri) => {
    if (!uri.path.startsWith(`${root}/`)) return false;
    const relative = uri.path.slice(root.length + 1);
    const folders = relative.split('/').slice(0, -1);
    return folders.some(alwaysSkippedDir) || own.excludes(relative) || editor.excludes(relative);
  };
}
