/** The built CLI as a child process: output shape, ranges, exit codes and the awkward inputs. */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, textAt } from './helpers/cli';
import type { JsonFinding } from '../hosts/cli/format';

let dir: string;

const CLEAN = `---
kind: thank-you
company: Hartley & Finch LLP
interviewer: Margaret Hale
interview_date: 2026-11-20
send_date: 2026-11-20
subject: Thank you
---

Dear Ms Hale,

Thank you for meeting me today. I enjoyed our conversation and I am keen to join the team.

Kind regards,
Anna Lewis
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'followup-cli-'));
  writeFileSync(join(dir, 'clean.md'), CLEAN);
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'only-front-matter.md'), '---\nkind: thank-you\ncompany: Hartley & Finch LLP\n---\n');
  writeFileSync(join(dir, 'broken.md'), CLEAN.replace('company: Hartley & Finch LLP', 'company: [Hartley & Finch LLP'));
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0]));
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes', 'readme.md'), '# Notes\n\nNot a draft, with a mispelled word.\n');
});

function json(args: string[]) {
  const run = runCli(['check', '--format', 'json', '--today', '2026-11-20', ...args]);
  return { ...run, results: JSON.parse(run.stdout) as Array<{ file: string; findings: JsonFinding[] }> };
}

describe('followup check', () => {
  it('prints ESLint-like text for the examples and exits 1 when an example has an error', () => {
    const run = runCli(['check', 'examples'], { cwd: ROOT });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^examples\/check-in-hartley-finch\.md$/m);
    expect(run.stdout).toMatch(/^\s+\d+:\d+\s+warning\s+.+\s+timing\/check-in-too-early$/m);
    expect(run.stdout).toMatch(/^examples\/linkedin-heads-up-brightwell\.md$/m);
    expect(run.stdout).toMatch(/^\s+\d+:\d+\s+error\s+.+\s+structure\/placeholder$/m);
    expect(run.stdout).toMatch(/\u2716 \d+ problems \(\d+ errors?, \d+ warnings?, \d+ infos?\)/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('gives JSON with 1-based ranges whose text is exactly `actual`', () => {
    const { status, results } = json(['examples']);
    expect(status).toBe(1);
    expect(results.length).toBe(6);
    let count = 0;
    for (const result of results) {
      const text = readFileSync(join(ROOT, result.file), 'utf8');
      for (const f of result.findings) {
        count++;
        expect(Object.keys(f).sort()).toEqual(
          ['actual', 'column', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity', 'suggestions'].sort(),
        );
        expect(f.rule).toMatch(/^(frontmatter|timing|structure|tone|spelling|grammar)\/[a-z-]+$/);
        expect(['error', 'warning', 'info', 'hint']).toContain(f.severity);
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.column).toBeGreaterThanOrEqual(1);
        expect(textAt(text, f.line, f.column, f.endLine, f.endColumn)).toBe(f.actual);
        expect(Array.isArray(f.suggestions)).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(5);
  });

  it('exits 0 on a clean draft and prints nothing on stdout', () => {
    const run = runCli(['check', '--today', '2026-11-20', join(dir, 'clean.md')]);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('reports a missing path in one line, exits 2 and still checks the other files', () => {
    const missing = join(dir, 'nope.md');
    const { status, stderr, results } = json([missing, join(dir, 'broken.md')]);
    expect(status).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('nope.md');
    expect(lines[0]).toMatch(/no such file/);
    expect(results.map((r) => r.file)).toEqual([join(dir, 'broken.md')]);
    expect(results[0].findings.length).toBeGreaterThan(0);
  });

  it('reports broken YAML as a finding at the right line, not a file error', () => {
    const { status, results } = json([join(dir, 'broken.md')]);
    expect(status).toBe(1);
    const yaml = results[0].findings.filter((f) => f.rule === 'frontmatter/invalid-yaml');
    expect(yaml).toHaveLength(1);
    expect(yaml[0].line).toBe(3);
    expect(yaml[0].severity).toBe('error');
  });

  it('takes an empty file and a file with only front matter without crashing', () => {
    const { status, results } = json([join(dir, 'empty.md'), join(dir, 'only-front-matter.md')]);
    expect(results[0].findings).toEqual([]);
    const rules = results[1].findings.map((f) => f.rule);
    expect(rules).toContain('frontmatter/missing-field');
    expect(status).toBe(1);
  });

  it('skips a binary file with a clear message and exit 2', () => {
    const run = runCli(['check', join(dir, 'binary.md'), join(dir, 'clean.md'), '--today', '2026-11-20']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/binary\.md: not a text file/);
  });

  it('finds no drafts in a folder of other Markdown, unless --all-markdown', () => {
    const plain = json([join(dir, 'notes')]);
    expect(plain.status).toBe(0);
    expect(plain.results).toEqual([{ file: join(dir, 'notes', 'readme.md'), findings: [] }]);
    const all = json(['--all-markdown', join(dir, 'notes')]);
    expect(all.results[0].findings.map((f) => f.rule)).toContain('spelling/unknown-word');
  });

  it('rejects bad usage with exit 2 and one line', () => {
    for (const args of [['check'], ['check', '--format', 'xml', 'examples'], ['check', '--today', '2026-02-30', 'examples'], ['frobnicate']]) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('names the file and the problem when .followup.json is broken', () => {
    const project = mkdtempSync(join(tmpdir(), 'followup-config-'));
    writeFileSync(join(project, '.followup.json'), '{ "dialect": "en-GB", }');
    writeFileSync(join(project, 'draft.md'), CLEAN);
    const run = runCli(['check', '--today', '2026-11-20', 'draft.md'], { cwd: project });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('.followup.json');
    expect(run.stderr).toMatch(/not valid JSON at line 1, column \d+/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('applies .followup.json rule settings found above the file', () => {
    const project = mkdtempSync(join(tmpdir(), 'followup-config-'));
    mkdirSync(join(project, 'drafts'));
    writeFileSync(join(project, 'drafts', 'draft.md'), CLEAN.replace('send_date: 2026-11-20', 'send_date: 2026-11-28'));
    const before = runCli(['check', '--format', 'json', 'drafts'], { cwd: project });
    expect(JSON.parse(before.stdout)[0].findings.map((f: JsonFinding) => f.rule)).toContain('timing/thank-you-late');
    writeFileSync(join(project, '.followup.json'), JSON.stringify({ rules: { 'timing/thank-you-late': 'off', 'timing/weekend': 'off' } }));
    const after = runCli(['check', '--format', 'json', 'drafts'], { cwd: project });
    expect(JSON.parse(after.stdout)[0].findings.map((f: JsonFinding) => f.rule)).not.toContain('timing/thank-you-late');
  });
});
