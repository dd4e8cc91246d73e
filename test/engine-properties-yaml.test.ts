/**
 * Property tests over front matter: half-typed, broken and odd YAML never makes the engine throw or
 * publish a range outside the text; a broken front matter is always reported, at a place inside it, and a
 * valid one never is. Fixed seeds and bounded runs, so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { check } from '../packages/engine/check';
import { parseFrontMatter } from '../packages/engine/frontmatter';
import { defaultSettings } from '../packages/engine/settings';
import { assertWellFormed, body, closedDraftFrontMatter, document, frontMatter } from './helpers/propertyDocs';

const today = { year: 2026, month: 11, day: 20 };
const settings = defaultSettings();

describe('engine properties: front matter', () => {
  it('never throws on random, broken and half-typed front matter, and every range is exact', () => {
    fc.assert(
      fc.property(frontMatter, body, (fm, text) => {
        const doc = fm + text;
        assertWellFormed(doc, check(doc, { settings, today, suggest: false }).findings);
        assertWellFormed(doc, check(doc, { settings: { ...settings, checkAllMarkdown: true }, today }).findings);
      }),
      { seed: 11, numRuns: 250 },
    );
  });

  it('reports broken YAML in a draft inside the front matter, and never reports valid YAML as broken', () => {
    fc.assert(
      fc.property(closedDraftFrontMatter, (text) => {
        const fm = parseFrontMatter(text);
        fc.pre(!!fm?.closed);
        const yaml = text.slice(fm!.contentStart, fm!.contentEnd);
        const broken = parseDocument(yaml, { uniqueKeys: true, strict: true }).errors.length > 0;
        const findings = check(text + '\nDear Ms Hale,\n', { settings, today, suggest: false }).findings;
        const invalid = findings.filter((f) => f.rule === 'frontmatter/invalid-yaml');
        expect(invalid.length > 0, `front matter ${JSON.stringify(yaml)}`).toBe(broken);
        for (const f of invalid) {
          expect(f.start).toBeGreaterThanOrEqual(fm!.contentStart);
          expect(f.end).toBeLessThanOrEqual(fm!.contentEnd);
          expect(f.message).toMatch(/\S/);
        }
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it('never throws on whole documents with front matter, a BOM and any body', () => {
    fc.assert(
      fc.property(document, (text) => {
        assertWellFormed(text, check(text, { settings: { ...settings, checkAllMarkdown: true }, today, suggest: false }).findings);
      }),
      { seed: 13, numRuns: 300 },
    );
  });
});
