/**
 * Property tests: whatever the text, the engine never throws, every range lies inside the document, and
 * `actual` is exactly the text the range covers. Fixed seed and bounded runs, so failures reproduce.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { defaultSettings } from '../packages/engine/settings';
import { SourceText } from '../packages/engine/source';
import type { Finding } from '../packages/engine/finding';

const today = { year: 2026, month: 11, day: 20 };
const settings = { ...defaultSettings(), checkAllMarkdown: true };

function assertWellFormed(text: string, findings: Finding[]) {
  const source = new SourceText(text);
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.actual).toBe(text.slice(f.start, f.end));
    const from = source.offsetAt(f.range.start);
    const to = source.offsetAt(f.range.end);
    expect(text.slice(from, to)).toBe(f.actual);
    expect(f.message.length).toBeGreaterThan(0);
  }
}

const pieces = fc.constantFrom(
  '---\n', '---\r\n', 'kind: thank-you\n', 'kind: check-in\n', 'kind: [\n', 'company: Hartley & Finch\n', 'company: "Acme: {x: 1}"\n',
  'interviewer: Margaret Hale\n', 'interview_date: 2026-02-30\n', 'interview_date: 2026-11-20T10:30\n', 'reply_deadline: 2026-11-27\n',
  'send_date: 2026-11-29\n', 'to: not-an-email\n', 'colour: red\n', '  - nested\n', ': :\n', '\t\n', '\uFEFF', '\r\n', '\n', '\n\n',
  'Dear Ms Hale,\n', 'Dear Mr Smith,\n', 'Hey there!!\n', 'I need this job ASAP!!!\n', 'I will call you on Monday.\n',
  'Thank you for your time.\n', 'Kind regards,\nAnna Lewis\n', '`code recieve`', '```\nfenced TODO\n```\n', '[Company](http://x.y)',
  '{{company}} ', '<!-- followup-disable -->', '<!-- followup-disable-next-line tone/pushy -->\n', '<!-- followup-enable -->',
  'the the ', 'a interview ', 'dont ', 'recieve ', 'definately ', '👋🏽 ', 'e\u0301 ', 'مرحبا بالعالم ', '\u202e', '*emphasis* ', '# Heading\n',
  '> quote\n', '- item\n', '1. item\n', '| a | b |\n', 'https://example.com/a?b=c ', 'anna@example.com ', 'SHOUTING LOUDLY ',
);

const documents = fc.oneof(
  fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.tuple(fc.array(pieces, { maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 80 })).map(([p, s]) => p.join('') + s + p.join('')),
);

describe('engine properties', () => {
  it('never throws, and every range and actual text is exact, on random documents', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const { findings } = check(text, { settings, today, suggest: false });
        assertWellFormed(text, findings);
      }),
      { seed: 20261126, numRuns: 400 },
    );
  });

  it('is the same whether the document uses LF or CRLF line endings, apart from offsets', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (p) => {
        const lf = p.join('').replace(/\r\n/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        const a = check(lf, { settings, today }).findings.map((f) => `${f.rule} ${f.range.start.line}`);
        const b = check(crlf, { settings, today }).findings.map((f) => `${f.rule} ${f.range.start.line}`);
        expect(b).toEqual(a);
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});
