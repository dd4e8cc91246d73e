/**
 * The guard against super-linear Markdown (issue 16, markdownGuard.ts): ordinary drafts reach the parser
 * unchanged, so their findings are the same; the hostile bodies of the issue are checked within 10 s and
 * 300 MB.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { defuseMarkdown, MAX_INLINE_MARKS } from '../packages/engine/markdownGuard';
import { defaultSettings } from '../packages/engine/settings';
import { ROOT, runCliMeasured } from './helpers/cli';

const today = { year: 2026, month: 11, day: 20 };
const FRONT = '---\nkind: thank-you\ncompany: Acme\ninterviewer: Jo Bloggs\ninterview_date: 2026-11-20\nsubject: Thank you\n---\n\n';

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  );
}

describe('the Markdown guard', () => {
  it('gives every fixture, example and template to the parser unchanged, so their findings are the same', () => {
    const files = ['test/fixtures', 'examples', 'templates'].flatMap((d) => markdownFiles(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      expect(defuseMarkdown(text) === text, file).toBe(true);
    }
  });

  it('keeps every offset: same length, and only marks inside an over-full paragraph become spaces', () => {
    const hostile = 'Thanks *for* it.\n\n' + 'a*_[`'.repeat(MAX_INLINE_MARKS) + '\n- item\n```\ncode\n```\n\nThe *end*.\n';
    const defused = defuseMarkdown(hostile);
    expect(defused).toHaveLength(hostile.length);
    expect(defused).toBe('Thanks *for* it.\n\n' + 'a    '.repeat(MAX_INLINE_MARKS) + '\n- item\n```\ncode\n```\n\nThe *end*.\n');
  });

  it('checks a draft whose body is all marks with exact ranges on what the document holds', () => {
    const text = FRONT + 'I recieve *_[`'.repeat(500) + '\n';
    const { findings } = check(text, { settings: defaultSettings(), today });
    expect(findings.some((f) => f.rule === 'spelling/unknown-word' && f.actual === 'recieve')).toBe(true);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.actual);
  });

  it.each([10_000, 40_000, 80_000, 800_000])('followup check of a body of %i characters of *_[` finishes within 10 s and 300 MB', (size) => {
    const dir = fs.mkdtempSync(join(tmpdir(), 'followup-guard-'));
    try {
      fs.writeFileSync(join(dir, 'draft.md'), FRONT + '*_[`'.repeat(size / 4) + '\n');
      // Over the 100,000 default only with the limit raised: the parse itself is what is measured.
      fs.writeFileSync(join(dir, '.followup.json'), '{"maxFileSize": 1000000}');
      const run = runCliMeasured(['check', '--format', 'json', join(dir, 'draft.md')], { timeoutMs: 30_000, maxBuffer: 64 * 1024 * 1024 });
      console.log(`*_[\` body of ${size} characters: ${Math.round(run.ms)} ms, ${run.peakMb.toFixed(0)} MB`);
      expect(run.status, run.stderr).not.toBeNull();
      expect(JSON.parse(run.stdout)).toHaveLength(1);
      expect(run.ms).toBeLessThan(10_000);
      expect(run.peakMb).toBeLessThan(300);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
