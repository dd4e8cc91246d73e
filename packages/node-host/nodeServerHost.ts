/**
 * The language server's host on Node (the stdio server, and the tests that drive the server core): file
 * names are paths, files are read and written here, with the bounds, locks and atomic writes of the Node
 * host layer, and checks run in the check worker beside the bundle.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FolderEntry, ServerHost } from '../../hosts/language-server/serverHost';
import { findConfigFile, readConfigText } from './configFile';
import { UserWords } from './userWordsFile';
import { checkRunnerBesideBundle } from './workerCheckRunner';
import { addWordToConfigFile } from './workspaceDictionaryFile';
import { workspaceDictionaryTarget } from './workspaceDictionaryTarget';

// The bundle is dist/server.js, so the docs are one folder up.
const RULES_DOC = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules.md')).href;

export function nodeServerHost(): ServerHost {
  return {
    paths: path,
    fileOf(uri) {
      if (!uri.startsWith('file:')) return undefined;
      try {
        return fileURLToPath(uri);
      } catch {
        return undefined;
      }
    },
    uriOf: (file) => pathToFileURL(file).href,
    rulesDocUrl: () => RULES_DOC,
    findConfigFile,
    readConfigText,
    fileSignature(file) {
      try {
        const stat = fs.statSync(file);
        return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
      } catch {
        return 'none';
      }
    },
    async listFolder(dir) {
      try {
        const entries = await fs.promises.readdir(dir, { withFileTypes: true });
        return entries.map((entry): FolderEntry => ({ name: entry.name, kind: entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other' }));
      } catch {
        return [];
      }
    },
    readFileStart,
    workspaceDictionaryTarget,
    addWordToConfigFile: async (file, word) => addWordToConfigFile(file, word),
    userWords: (warn) => new UserWords(undefined, warn),
    checkRunner: (log) => checkRunnerBesideBundle(log),
    unrefTimer: (timer) => (timer as NodeJS.Timeout).unref?.(),
  };
}

async function readFileStart(file: string, bytes: number): Promise<string | undefined> {
  try {
    // Without blocking (a FIFO with no writer would hold a thread for ever), and only a regular file.
    const handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
      if (!(await handle.stat()).isFile()) throw new Error('not a regular file');
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}
