/**
 * Where "Add to the workspace dictionary" may write: the `.followup.json` that applies to the draft (or a
 * new one at its workspace folder's root), only when the draft is inside a workspace folder, and only when
 * that file, followed through any symbolic link, is inside the same folder. Otherwise the action is not
 * offered, and the command says why. (A draft outside every folder would get a `.followup.json` in its own
 * folder that then applies to every file there; a link to a file elsewhere would rewrite that file.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DictionaryTarget } from '../../hosts/language-server/workspaceDictionaryTarget';
import { CONFIG_FILE_NAME } from './configFile';

function inside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function realpathOrUndefined(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

export function workspaceDictionaryTarget(draft: string, folder: string | undefined, configFile: string | undefined): DictionaryTarget {
  if (!folder) {
    return {
      ok: false,
      reason: `${path.basename(draft)} is not inside a workspace folder, so it has no workspace dictionary. Open its folder as a workspace, or add the word to the user dictionary.`,
    };
  }
  const file = configFile ?? path.join(folder, CONFIG_FILE_NAME);
  const realFolder = realpathOrUndefined(folder) ?? folder;
  let real: string | undefined;
  let stat: fs.Stats | undefined;
  try {
    stat = fs.lstatSync(file);
  } catch {
    // Not there yet: it will be created in its folder, which must itself be inside the workspace.
  }
  if (stat) {
    real = realpathOrUndefined(file);
    if (!real) return { ok: false, reason: `${file} is a link to a file that does not exist; the workspace dictionary is not written through it.` };
  } else {
    const dir = realpathOrUndefined(path.dirname(file));
    real = dir && path.join(dir, path.basename(file));
  }
  if (!real || !inside(realFolder, real) || !inside(folder, file)) {
    return { ok: false, reason: `${file} leads outside the workspace folder (to ${real ?? 'a folder that does not exist'}); the workspace dictionary is only written inside it. Add the word to the user dictionary instead.` };
  }
  return { ok: true, file };
}
