/**
 * Property test over the built CLI: whatever the files hold (random drafts, broken YAML, Unicode, a BOM,
 * binary junk, odd file names), `followup check --format json` prints one valid JSON array, every finding
 * in it has a 1-based range whose text is exactly its `actual`, and the exit status follows the findings.
 * Each run spawns the CLI once over a folder of generated files, so runs are few (fixed seed).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, textAt } from './helpers/cli';
import { document } from './helpers/propertyDocs';
import type { JsonFinding } from '../hosts/cli/format';

const folders: string[] = [];
afterAll(() => folders.forEach((f) => fs.rmSync(f, { recursive: true, force: true })));

const NAMES = ['draft.md', 'ünïcödé draft.md', 'with space.md', 'emoji-👋.md', 'UPPER.MD', 'x.markdown', 'nested/deeper/note.md', 'rtl-שלום.md'];

/** What the CLI reads: the bytes as UTF-8 (a lone surrogate was written as U+FFFD). */
const isBinary = (bytes: Buffer) => bytes.subarray(0, 8000).includes(0);

describe('CLI properties', () => {
  it('prints valid JSON whose every range covers exactly its actual text, whatever the files hold', () => {
    const files = fc.array(fc.oneof({ weight: 6, arbitrary: document }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) }), { minLength: 1, maxLength: NAMES.length });
    fc.assert(
      fc.property(files, (contents) => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followup-cli-prop-'));
        folders.push(dir);
        const written = contents.map((content, i) => {
          const file = path.join(dir, NAMES[i]);
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, typeof content === 'string' ? content : Buffer.from(content));
          return { display: path.join(dir, NAMES[i]), bytes: fs.readFileSync(file) };
        });
        const run = runCli(['check', '--format', 'json', '--all-markdown', '--today', '2026-11-20', dir]);
        const results = JSON.parse(run.stdout) as Array<{ file: string; findings: JsonFinding[] }>;
        expect(Array.isArray(results)).toBe(true);
        const text = written.filter((w) => !isBinary(w.bytes));
        expect(results.map((r) => r.file).sort()).toEqual(text.map((w) => w.display).sort());
        let errors = false;
        for (const result of results) {
          const source = text.find((w) => w.display === result.file)!.bytes.toString('utf8');
          for (const f of result.findings) {
            expect(f.rule).toMatch(/^(frontmatter|timing|structure|tone|spelling|grammar)\/[a-z-]+$/);
            expect(['error', 'warning', 'info', 'hint']).toContain(f.severity);
            expect(f.message.trim()).not.toBe('');
            for (const n of [f.line, f.column, f.endLine, f.endColumn]) expect(Number.isInteger(n) && n >= 1).toBe(true);
            expect(f.endLine).toBeGreaterThanOrEqual(f.line);
            expect(textAt(source, f.line, f.column, f.endLine, f.endColumn)).toBe(f.actual);
            expect(f.suggestions.every((s) => typeof s === 'string')).toBe(true);
            if (f.severity === 'error') errors = true;
          }
        }
        const skipped = written.length - text.length;
        if (skipped) expect(run.stderr).toContain('not a text file; skipped');
        expect(run.status).toBe(skipped ? 2 : errors ? 1 : 0);
      }),
      { seed: 31, numRuns: 6 },
    );
  });
});
