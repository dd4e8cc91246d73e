/**
 * The extension laid out as the .vsix installs it (the files `.vscodeignore` allows), with dist/ from this
 * run's build snapshot, so a concurrent rebuild cannot disturb a running editor. Shared by the desktop
 * (test/e2e-vscode.test.ts) and the browser (test/e2e-web.test.ts) end-to-end tests.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtRoot, ROOT } from './built';

/** The files `.vscodeignore` lets into the package (`!path`, `!dir/**`, `!dir/*.ext`). */
export function packagedFiles(): string[] {
  const patterns = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l.startsWith('!')).map((l) => l.slice(1));
  const files: string[] = [];
  const walk = (dir: string): string[] => fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  for (const pattern of patterns) {
    if (pattern.endsWith('/**')) files.push(...walk(pattern.slice(0, -3)));
    else if (pattern.includes('*')) {
      const dir = path.dirname(pattern);
      const re = new RegExp(`^${path.basename(pattern).split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
      files.push(...fs.readdirSync(path.join(ROOT, dir)).filter((n) => re.test(n)).map((n) => path.join(dir, n)));
    } else files.push(pattern);
  }
  return files;
}

/** Copies the packaged files into `folder/extension` and returns that folder. */
export function installedExtension(folder: string): string {
  const ext = path.join(folder, 'extension');
  const built = builtRoot();
  for (const file of packagedFiles()) {
    const from = path.join(file.startsWith(`dist${path.sep}`) ? built : ROOT, file);
    if (!fs.existsSync(from)) continue; // e.g. docs not generated yet: the package test's concern, not needed to run
    fs.mkdirSync(path.dirname(path.join(ext, file)), { recursive: true });
    fs.copyFileSync(from, path.join(ext, file));
  }
  return ext;
}
