/**
 * Generators for the property tests: drafts a user might write, front matter broken in every way YAML
 * allows, and text full of the Unicode that editors meet (emoji, combining marks, right-to-left scripts,
 * bidi controls, CRLF and lone CR, a BOM, tabs, lone surrogates). Plus the one check every finding must
 * pass, whatever the text: its range lies inside the document and its `actual` is exactly what it covers.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Finding } from '../../packages/engine/finding';
import { KINDS } from '../../packages/engine/kinds';
import { SourceText } from '../../packages/engine/source';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether `offset` falls between the two halves of a surrogate pair (inside one emoji, say). */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Every finding's range is inside the text, never splits a character, and covers exactly `actual`. */
export function assertWellFormed(text: string, findings: readonly Finding[]): void {
  const source = new SourceText(text);
  for (const f of findings) {
    const where = `${f.rule} at ${f.start}-${f.end}`;
    expect(f.start, where).toBeGreaterThanOrEqual(0);
    expect(f.end, where).toBeGreaterThanOrEqual(f.start);
    expect(f.end, where).toBeLessThanOrEqual(text.length);
    expect(f.actual, where).toBe(text.slice(f.start, f.end));
    expect(splitsPair(text, f.start) || splitsPair(text, f.end), `${where} splits a surrogate pair`).toBe(false);
    expect(source.offsetAt(f.range.start), where).toBe(f.start);
    expect(source.offsetAt(f.range.end), where).toBe(f.end);
    expect(f.message.trim().length, where).toBeGreaterThan(0);
    for (const s of f.suggestions) expect(typeof s, where).toBe('string');
  }
}

// --- Front matter -----------------------------------------------------------------------------------

const FIELD_NAMES = ['kind', 'company', 'position', 'interviewer', 'to', 'interview_date', 'reply_deadline', 'send_date', 'offer_deadline', 'other_company', 'subject', 'dialect', 'sent'];

/** Values as typed, half-typed or mangled: dates real and impossible, YAML structures, quotes, junk. */
const scalarValue = fc.oneof(
  fc.constantFrom(...KINDS, 'thank you', 'Thank-You', 'check in', ''),
  fc.constantFrom('2026-11-20', '2026-11-20T10:30', '2026-02-30', '2026-13-01', '20-11-2026', '2026/11/20', '2026-11-20T25:00', '2026-11', '0000-00-00', '9999-12-31', '2026-11-20 10:30'),
  fc.constantFrom('Hartley & Finch LLP', 'Acme: {x: 1}', '"quoted', "'single", '"ok"', "'ok'", 'a # comment', '[unclosed', '{a: 1', '[a, b]', '{a: b}'),
  fc.constantFrom('|', '>', '|-', '&anchor x', '*alias', '!!str 5', '!!int x', '!tag y', '~', 'null', 'true', 'no', '0x1F', '1e3', '.inf', '@at', '`tick', '%pct'),
  fc.constantFrom('anna@example.com', 'not-an-email', 'en-US', 'en-GB', 'fr-FR'),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

const key = fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.constantFrom('colour', 'Kind', 'kind ', '"kind"', '? kind', '- kind', 'send-date', ''), fc.string({ maxLength: 8 }));

const indent = fc.constantFrom('', '', '', ' ', '  ', '\t', '    ');

/** One front-matter line: `key: value`, a list item, a continuation, a comment, or a bare fragment. */
const yamlLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(indent, key, fc.constantFrom(': ', ':', ' : ', ':\t'), scalarValue).map(([i, k, sep, v]) => `${i}${k}${sep}${v}`) },
  { weight: 1, arbitrary: fc.tuple(indent, scalarValue).map(([i, v]) => `${i}- ${v}`) },
  { weight: 1, arbitrary: fc.constantFrom('# a comment', '', '   ', ': :', '::', '- - -', '---', '...', 'key: value: other', '  nested: [1, 2', 'a: b\tc', '"unterminated: x', '{', '}', '[', ']') },
  { weight: 1, arbitrary: scalarValue },
);

const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** A front matter block: opening fence, lines, and a closing fence (sometimes missing or odd). */
export const frontMatter = fc
  .tuple(
    fc.constantFrom('---', '---', '--- ', '---\t'),
    fc.boolean(),
    fc.constantFrom(...KINDS),
    fc.array(fc.tuple(yamlLine, eol), { maxLength: 12 }),
    fc.constantFrom('---', '---', '---', '...', '', '--', '---  ', '----'),
    eol,
  )
  .map(([open, withKind, kind, lines, close, lineEnd]) => {
    const first = withKind ? `kind: ${kind}${lineEnd}` : '';
    return `${open}${lineEnd}${first}${lines.map(([l, e]) => l + e).join('')}${close}${close ? lineEnd : ''}`;
  });

/** Front matter as people mostly write it, with now and then a broken line: closed, starting with a kind. */
const tidyLine = fc
  .tuple(fc.constantFrom(...FIELD_NAMES.slice(1)), fc.constantFrom('Hartley & Finch LLP', 'Margaret Hale', '2026-11-20', '2026-11-20T10:30', '"Re: your interview"', 'en-GB', 'anna@example.com', 'Legal Secretary'))
  .map(([k, v]) => `${k}: ${v}`);

export const closedDraftFrontMatter = fc
  .tuple(fc.constantFrom(...KINDS), fc.array(fc.tuple(fc.oneof({ weight: 5, arbitrary: tidyLine }, { weight: 1, arbitrary: yamlLine }), eol), { maxLength: 8 }), eol)
  .map(([kind, lines, e]) => `---${e}kind: ${kind}${e}${lines.map(([l, le]) => l + le).join('')}---${e}`);

// --- Body text --------------------------------------------------------------------------------------

/** Text that trips up Unicode handling: each piece is something real text contains. */
export const unicodePiece = fc.constantFrom(
  '👋', '👋🏽', '👩‍💻', '🏳️‍🌈', '🇬🇧', '✉️', '😀😀', '❤', // emoji, modifiers, ZWJ sequences, flags, variation selectors
  'e\u0301', 'cafe\u0301', 'n\u0303o', 'a\u0308\u0304', 'Zoe\u0308', '\u0301', // combining marks, one stray
  'مرحبا بالعالم', 'שלום עולם', 'سلام', 'ک', // right-to-left
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200f', '\u200e', // bidi controls
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', // zero-width characters, a BOM in the middle
  '\u00a0', '\u2009', '\u3000', '\t', '\t\t', '\v', '\f', // other spaces
  '\r\n', '\r', '\n', '\u2028', '\u2029', '\u0085', // line endings, including Unicode ones
  '\ud800', '\udc00', '\udbff\udfff', // lone surrogates and a valid pair at the edge of the range
  'ｆｕｌｌｗｉｄｔｈ', '日本語のテキスト', 'Ελληνικά', 'Кириллица', 'İstanbul', 'ß', 'ﬁ', 'Ǆ',
  '\u0000', '\u0007', '\u001b[31m', '\ufffd', '\ufffe',
);

/** Pieces of drafts: greetings, sign-offs, Markdown, phrases the rules look for, template leftovers. */
export const proseFragment = fc.constantFrom(
  'Dear Ms Hale,', 'Dear Mr Smith,', 'Hi Margaret,', 'Hey there!!', 'Kind regards,', 'Best wishes,\nAnna Lewis', 'Anna Lewis',
  'Thank you for your time yesterday.', 'I need this job ASAP!!!', 'I will call you on Monday.', 'As per my last email,',
  'Sorry to bother you again.', 'I was wondering if maybe', 'the the', 'a interview', 'dont', 'recieve', 'SHOUTING LOUDLY',
  '{{company}}', '[Company Name]', 'TODO', 'XXX', '___', '<name>', '`code`', '```\nfenced\n```', '[link](https://example.com)',
  'https://example.com/a?b=c', 'anna@example.com', '*emphasis*', '**strong**', '# Heading', '> quote', '- item', '1. item',
  '| a | b |', '<!-- followup-disable -->', '<!-- followup-enable -->', '<!-- followup-disable-next-line -->', '<!--', '-->',
  '<div>html</div>', '&amp;', '\\*', '---', '***', '    indented code',
);

const word = fc.oneof(proseFragment, unicodePiece, fc.string({ unit: 'grapheme', maxLength: 10 }), fc.string({ unit: 'grapheme-composite', maxLength: 6 }));

export const body = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n', '\r\n', '\t')), { maxLength: 40 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

/** A whole document: maybe a BOM, maybe front matter, then a body. */
export const document = fc
  .tuple(fc.constantFrom('', '', '', '\ufeff'), fc.option(frontMatter, { freq: 3 }), body)
  .map(([bom, fm, text]) => bom + (fm ?? '') + text);
