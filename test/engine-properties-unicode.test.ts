/**
 * Property tests over Unicode: emoji, combining marks, right-to-left text, bidi controls, zero-width and
 * odd spaces, lone surrogates, CRLF and lone CR line endings, a BOM, tabs. The engine never throws; every
 * range lies inside the text, never splits a character, and its `actual` is exactly what it covers; a BOM
 * or CRLF line endings change no finding but its offsets. Fixed seeds and bounded runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import type { Finding } from '../packages/engine/finding';
import { defaultSettings } from '../packages/engine/settings';
import { assertWellFormed, body, proseFragment, unicodePiece } from './helpers/propertyDocs';

const today = { year: 2026, month: 11, day: 20 };
const settings = { ...defaultSettings(), checkAllMarkdown: true };

const FRONT_MATTER = `---
kind: thank-you
company: Hartley & Finch LLP
interviewer: Margaret Hale
interview_date: 2026-11-19
subject: Thank you
---
`;

/** A draft whose letter is written in every script and symbol at once. */
const unicodeDraft = fc
  .tuple(body, fc.array(fc.oneof(unicodePiece, proseFragment), { maxLength: 12 }))
  .map(([text, extra]) => `${FRONT_MATTER}\nDear Ms Hale,\n\n${text}\n\n${extra.join(' ')}\n\nKind regards,\nAnna Lewis\n`);

/** What a finding says, without where: to compare two checks of texts that differ only in offsets. */
const what = (f: Finding) => `${f.rule}|${f.severity}|${f.actual.replace(/\r\n/g, '\n')}|${f.message}|${f.range.start.line}`;

describe('engine properties: Unicode', () => {
  it('never throws, and every range is exact and whole, on drafts full of Unicode', () => {
    fc.assert(
      fc.property(unicodeDraft, (text) => {
        assertWellFormed(text, check(text, { settings, today, suggest: false }).findings);
      }),
      { seed: 21, numRuns: 250 },
    );
  });

  it('never throws on Unicode text with no front matter at all', () => {
    fc.assert(
      fc.property(body, (text) => {
        assertWellFormed(text, check(text, { settings, today, suggest: false }).findings);
      }),
      { seed: 22, numRuns: 250 },
    );
  });

  it('a byte-order mark shifts every finding by one and changes nothing else', () => {
    fc.assert(
      fc.property(unicodeDraft, (text) => {
        const plain = check(text, { settings, today }).findings;
        const withBom = check('\ufeff' + text, { settings, today }).findings;
        expect(withBom.map((f) => [f.rule, f.start - 1, f.end - 1, f.actual, f.message])).toEqual(plain.map((f) => [f.rule, f.start, f.end, f.actual, f.message]));
      }),
      { seed: 23, numRuns: 100 },
    );
  });

  it('CRLF line endings change no finding but its offsets', () => {
    fc.assert(
      fc.property(unicodeDraft, (text) => {
        const lf = text.replace(/\r\n?/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        const a = check(lf, { settings, today }).findings;
        const b = check(crlf, { settings, today }).findings;
        assertWellFormed(crlf, b);
        expect(b.map(what)).toEqual(a.map(what));
      }),
      { seed: 24, numRuns: 100 },
    );
  });
});
