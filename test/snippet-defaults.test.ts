/** A snippet left with its default words is caught like `[Company]`, by `followup check` as in the editor. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli';

/** The thank-you snippet as inserted, with every tab stop left at its default (dates: a fixed day). */
function snippetAsInserted(): string {
  const snippets = JSON.parse(readFileSync(join(__dirname, '..', 'snippets', 'markdown.json'), 'utf8')) as Record<string, { body: string[] }>;
  const key = Object.keys(snippets).find((k) => k.includes('Thank-you'))!;
  let body = snippets[key].body.join('\n').replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/g, '2026-11-20');
  const defaults = new Map<string, string>();
  body = body.replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, text: string) => (defaults.set(n, text), text));
  return body.replace(/\$(\d+)/g, (_, n: string) => defaults.get(n) ?? '');
}

describe('snippet defaults', () => {
  it('are placeholders for followup check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'followup-snippet-'));
    const file = join(dir, 'thank-you.md');
    writeFileSync(file, snippetAsInserted());
    const run = runCli(['check', '--format', 'json', '--today', '2026-11-20', file]);
    const found = (JSON.parse(run.stdout)[0].findings as { rule: string; actual: string }[]).filter((f) => f.rule === 'structure/placeholder').map((f) => f.actual);
    expect(new Set(found)).toEqual(new Set(['Company', 'Position', 'Interviewer', 'Your name']));
    expect(run.status).toBe(1);
  });
});
