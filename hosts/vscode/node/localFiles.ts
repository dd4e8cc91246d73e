/** Local files on the desktop: real paths with `fs.realpathSync`, new drafts written atomically. */
import * as fs from 'node:fs';
import { createFileAtomic, isAlreadyExists } from '../../../packages/node-host/atomicWrite';
import type { LocalFiles } from '../editor/localFiles';

export const nodeLocalFiles: LocalFiles = {
  realpath(p) {
    try {
      return fs.realpathSync(p);
    } catch {
      return undefined;
    }
  },
  createNew(p, text) {
    try {
      createFileAtomic(p, text);
      return true;
    } catch (error) {
      if (isAlreadyExists(error)) return false;
      throw error;
    }
  },
};
