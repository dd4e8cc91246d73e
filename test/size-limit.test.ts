/**
 * The draft-sized default limit (issue 16): a draft over 100,000 characters is not checked, with one info
 * finding saying how to raise `maxFileSize`; a note checked with `checkAllMarkdown` may be ten times larger.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { defaultSettings } from '../packages/engine/settings';
import { runCli } from './helpers/cli';

const today = { year: 2026, month: 11, day: 20 };
const FRONT = '---\nkind: thank-you\ncompany: Acme\ninterviewer: Jo Bloggs\ninterview_date: 2026-11-20\nsubject: Thank you\n---\n\n';
const paragraphs = (n: number) => 'Thank you for the talk today about the role.\n\n'.repeat(Math.ceil(n / 46)).slice(0, n);

describe('the default size limit', () => {
  it('does not check a draft of 150,000 characters, and says how to raise the limit', () => {
    const text = FRONT + paragraphs(150_000);
    const { findings } = check(text, { settings: defaultSettings(), today });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['structure/file-too-large', 'info']]);
    expect(findings[0].message).toMatch(/more than the 100,000 that are checked; it was not checked\. Raise "maxFileSize"/);
  });

  it('checks a draft of 90,000 characters', () => {
    const text = FRONT + paragraphs(90_000);
    const rules = check(text, { settings: defaultSettings(), today }).findings.map((f) => f.rule);
    expect(rules).not.toContain('structure/file-too-large');
    expect(rules).toContain('structure/too-long');
  });

  it('checks a note of 500,000 characters with checkAllMarkdown, and not one of 1,100,000', () => {
    const settings = { ...defaultSettings(), checkAllMarkdown: true };
    const checked = check(`# Notes\n\n${paragraphs(500_000)}I recieve it.\n`, { settings, today }).findings.map((f) => f.rule);
    expect(checked).not.toContain('structure/file-too-large');
    expect(checked).toContain('spelling/unknown-word');
    const skipped = check(`# Notes\n\n${paragraphs(1_100_000)}`, { settings, today }).findings;
    expect(skipped.map((f) => f.rule)).toEqual(['structure/file-too-large']);
    expect(skipped[0].message).toContain('more than the 1,000,000 that are checked');
  });

  it('follows a raised maxFileSize for drafts', () => {
    const text = FRONT + paragraphs(150_000);
    const rules = check(text, { settings: { ...defaultSettings(), maxFileSize: 200_000 }, today }).findings.map((f) => f.rule);
    expect(rules).not.toContain('structure/file-too-large');
  });

  it('the CLI skips a 150,000-character draft with the finding, and reads a 500,000-character note with --all-markdown', () => {
    const dir = fs.mkdtempSync(join(tmpdir(), 'followup-size-'));
    try {
      fs.writeFileSync(join(dir, 'draft.md'), FRONT + paragraphs(150_000));
      fs.writeFileSync(join(dir, 'notes.md'), `# Notes\n\n${paragraphs(500_000)}I recieve it.\n`);
      const run = runCli(['check', '--all-markdown', '--format', 'json', dir]);
      const files = JSON.parse(run.stdout) as { file: string; findings: { rule: string }[] }[];
      const rulesOf = (name: string) => files.find((f) => f.file.endsWith(name))!.findings.map((f) => f.rule);
      expect(rulesOf('draft.md')).toEqual(['structure/file-too-large']);
      expect(rulesOf('notes.md')).not.toContain('structure/file-too-large');
      expect(rulesOf('notes.md')).toContain('spelling/unknown-word');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
