/**
 * vitest globalSetup: protocol tests run the BUILT server, so build dist/ first when it is missing or older
 * than any source file, then copy it to a private snapshot folder the tests run from. Others rebuild dist/
 * while tests run (the build empties it first); the snapshot keeps this run's server whole.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist');

function newest(dir: string): number {
  let latest = 0;
  if (!fs.existsSync(dir)) return latest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

function isStale(): boolean {
  const bundle = path.join(dist, 'server.js');
  if (!fs.existsSync(bundle) || !fs.existsSync(path.join(dist, 'dictionaries'))) return true;
  const sources = Math.max(
    newest(path.join(root, 'packages')),
    newest(path.join(root, 'hosts')),
    newest(path.join(root, 'templates')),
    fs.statSync(path.join(root, 'scripts', 'build.mjs')).mtimeMs,
  );
  return fs.statSync(bundle).mtimeMs < sources;
}

function build(): void {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}

export default function setup(): () => void {
  if (isStale()) build();
  const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'followup-server-'));
  const target = path.join(snapshot, 'dist');
  try {
    fs.cpSync(dist, target, { recursive: true });
  } catch {
    // dist/ was being rebuilt by someone else at that moment: build it again, then copy.
    build();
    fs.cpSync(dist, target, { recursive: true });
  }
  if (fs.existsSync(path.join(root, 'docs'))) fs.cpSync(path.join(root, 'docs'), path.join(snapshot, 'docs'), { recursive: true });
  process.env.FOLLOWUP_TEST_SERVER = path.join(target, 'server.js');
  return () => fs.rmSync(snapshot, { recursive: true, force: true });
}
