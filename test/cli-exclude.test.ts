/** The `exclude` setting: what a folder walk leaves out, in the CLI (check and timeline) and as globs. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDE, ExcludeMatcher, filesExcludePatterns } from '../packages/engine/exclude';
import { applySettings, defaultSettings } from '../packages/engine/settings';
import { draftText, INTERVIEW } from './helpers/drafts';
import { runCli } from './helpers/cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followup-exclude-'));
});

const DRAFT = draftText({ kind: 'thank-you', ...INTERVIEW, send_date: '2026-11-20', subject: 'Thank you' });

function write(name: string, text = DRAFT): void {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
}

/** The files `followup check --format json` looked at, relative to the temporary folder. */
function checked(args: string[]): string[] {
  const run = runCli(['check', '--format', 'json', '--today', '2026-11-20', ...args], { cwd: dir });
  expect(run.status, run.stderr).not.toBe(2);
  return (JSON.parse(run.stdout) as Array<{ file: string }>).map((r) => r.file.replace(/\\/g, '/')).sort();
}

describe('followup check FOLDER and exclude', () => {
  beforeEach(() => {
    for (const name of ['a.md', 'test/b.md', 'fixtures/c.md', 'archive/d.md', 'drafts/old/e.md', 'drafts/f.md', 'deep/tests/g.md']) write(name);
  });

  it('leaves test-like folders out by default', () => {
    expect(checked(['.'])).toEqual(['a.md', 'archive/d.md', 'drafts/f.md', 'drafts/old/e.md']);
  });

  it('walks a folder the user names, even when its name is excluded', () => {
    expect(checked(['test'])).toEqual(['test/b.md']);
    expect(checked(['test/b.md'])).toEqual(['test/b.md']);
  });

  it('takes the list from .followup.json, replacing the default; path patterns from its folder', () => {
    write('.followup.json', JSON.stringify({ exclude: ['archive', 'drafts/old/**'] }));
    expect(checked(['.'])).toEqual(['a.md', 'deep/tests/g.md', 'drafts/f.md', 'fixtures/c.md', 'test/b.md']);
    write('.followup.json', JSON.stringify({ exclude: [] }));
    expect(checked(['.'])).toHaveLength(7);
  });

  it('the timeline walks the same files', () => {
    write('.followup.json', JSON.stringify({ exclude: ['archive', 'drafts', 'test*', 'fixtures'] }));
    const run = runCli(['timeline', '--format', 'json', '--today', '2026-11-20', '.'], { cwd: dir });
    const files = (JSON.parse(run.stdout) as Array<{ drafts: Array<{ file: string }> }>).flatMap((g) => g.drafts.map((d) => d.file)).sort();
    expect(files).toEqual(['a.md']);
  });

  it('a wrong value is a warning naming the file, and the default stays', () => {
    write('.followup.json', JSON.stringify({ exclude: 'archive' }));
    const run = runCli(['check', '--format', 'json', '.'], { cwd: dir });
    expect(run.stderr).toMatch(/\.followup\.json: "exclude" must be a list of glob patterns/);
    expect((JSON.parse(run.stdout) as Array<{ file: string }>).map((r) => r.file)).not.toContain(join('test', 'b.md'));
  });
});

describe('the exclude setting', () => {
  it('is checked for type and size like the other keys', () => {
    expect(defaultSettings().exclude).toEqual(DEFAULT_EXCLUDE);
    expect(applySettings(defaultSettings(), { exclude: ['archive', ' '] }).settings.exclude).toEqual(['archive']);
    expect(applySettings(defaultSettings(), { exclude: [1] }).problems[0].message).toMatch(/must be a list of glob patterns/);
    const long = applySettings(defaultSettings(), { exclude: ['x'.repeat(201), 'ok'] });
    expect(long.settings.exclude).toEqual(['ok']);
    expect(long.problems[0].message).toMatch(/1 "exclude" pattern is longer than 200 characters/);
    const many = applySettings(defaultSettings(), { exclude: Array.from({ length: 5000 }, (_, i) => `p${i}`) });
    expect(many.settings.exclude).toHaveLength(100);
    expect(many.problems[0].message).toMatch(/5,000 patterns; the first 100 are used/);
  });

  it.each([
    [['fixtures'], 'a/fixtures/x.md', true],
    [['fixtures'], 'fixtures-old/x.md', false],
    [['**/fixtures'], 'a/b/fixtures/x.md', true],
    [['*.notes.md'], 'a/today.notes.md', true],
    [['drafts/old/**'], 'drafts/old/x.md', true],
    [['drafts/old/**'], 'x/drafts/old/x.md', false],
    [['/drafts/*.md'], 'drafts/x.md', true],
    [['{archive,old}'], 'old/x.md', true],
    [['arch?ve'], 'archive/x.md', true],
    [['**/build/**/*.md'], 'p/build/q/r.md', true],
    [['a.b'], 'aXb/x.md', false],
  ])('%j excludes %s: %s', (patterns, file, expected) => {
    expect(new ExcludeMatcher(patterns).excludes(file)).toBe(expected);
  });

  it('has the same default in the VS Code setting followup.exclude', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
    expect(manifest.contributes.configuration.properties['followup.exclude'].default).toEqual(DEFAULT_EXCLUDE);
  });

  it('takes the true entries of VS Code files.exclude', () => {
    expect(filesExcludePatterns({ '**/.git': true, '**/notes': true, '**/*.js': { when: '$(basename).ts' }, off: false })).toEqual(['**/.git', '**/notes']);
    expect(filesExcludePatterns(null)).toEqual([]);
  });
});
