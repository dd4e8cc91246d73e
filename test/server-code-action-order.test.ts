/** The quick-fix menu over several findings: grouped per finding, most severe first, no title twice, no past date. */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, FindingData, Severity } from '../packages/engine/finding';
import { SourceText } from '../packages/engine/source';
import { codeActionsFor } from '../hosts/language-server/codeActions';
import { findingToDiagnostic } from '../hosts/language-server/diagnostics';
import { draftText, INTERVIEW } from './helpers/drafts';

const TEXT = draftText(
  { kind: 'thank-you', ...INTERVIEW, send_date: '2026-11-28', subject: 'Thank you' },
  'Dear Ms Hale,\n\nThank you for your time. I recieve news ASAP.\n\nKind regards,\nAnna Lewis\n',
);
const document = TextDocument.create('file:///w/draft.md', 'markdown', 1, TEXT);

function diagnostic(actual: string, rule: string, severity: Severity, extra: { suggestions?: string[]; data?: FindingData } = {}) {
  const start = TEXT.indexOf(actual);
  const finding: Finding = {
    rule,
    severity,
    message: rule,
    start,
    end: start + actual.length,
    range: new SourceText(TEXT).rangeOf(start, start + actual.length),
    actual,
    suggestions: extra.suggestions ?? [],
    ...(extra.data ? { data: extra.data } : {}),
  };
  return findingToDiagnostic(finding);
}

const actions = (diagnostics: ReturnType<typeof diagnostic>[], today = '2026-11-20') =>
  codeActionsFor({ document, diagnostics, documentChanges: false, spelling: () => ['receive'], today });

describe('the quick-fix menu', () => {
  const weekend = diagnostic('2026-11-28', 'timing/weekend', 'info', { data: { type: 'set-send-date', date: '2026-11-30' } });
  const late = diagnostic('2026-11-28', 'timing/thank-you-late', 'warning', { data: { type: 'set-send-date', date: '2026-11-30' } });

  it('offers a fix given by two findings once, in the group of the more severe, answering both', () => {
    const menu = actions([weekend, late]);
    const titles = menu.map((a) => a.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.filter((t) => t.startsWith('Set send_date'))).toEqual(['Set send_date to 2026-11-30']);
    const set = menu.find((a) => a.title.startsWith('Set send_date'))!;
    expect(set.diagnostics?.map((d) => d.code)).toEqual(['timing/thank-you-late', 'timing/weekend']);
    // In the front matter there is no "Disable for this line" (a comment cannot go there): one entry in all.
    expect(titles).toEqual(['Set send_date to 2026-11-30']);
    expect(menu.filter((a) => a.isPreferred).map((a) => a.title)).toEqual(['Set send_date to 2026-11-30']);
  });

  it('never offers a date already past', () => {
    const past = diagnostic('2026-11-28', 'timing/weekend', 'info', { data: { type: 'set-send-date', date: '2026-11-19' } });
    expect(actions([past]).map((a) => a.title)).toEqual([]);
    expect(actions([past], '2026-11-19').map((a) => a.title)).toContain('Set send_date to 2026-11-19');
  });

  it('groups the fixes of each finding on one line, the most severe finding first, best fix first', () => {
    const spelling = diagnostic('recieve', 'spelling/unknown-word', 'warning', { data: { type: 'spelling', word: 'recieve', dialect: 'en-GB' } });
    const pushy = diagnostic('ASAP', 'tone/pushy', 'error', { suggestions: ['soon', 'when you can'] });
    const titles = actions([spelling, pushy]).map((a) => a.title);
    const firstSpelling = titles.indexOf("Change to 'receive'");
    expect(titles.slice(0, 3)).toEqual(["Change to 'soon'", "Change to 'when you can'", 'Disable tone/pushy for this line']);
    expect(firstSpelling).toBe(3);
    // "Disable ... for this line" of the two findings differ by rule: both stay, each in its group.
    expect(titles.filter((t) => t.startsWith('Disable'))).toEqual(['Disable tone/pushy for this line', 'Disable spelling/unknown-word for this line']);
  });
});

describe('a paragraph-long info finding in the editor', () => {
  const paragraph = 'Thank you for your time. I recieve news ASAP.';
  const missingQuestion = diagnostic(paragraph, 'structure/missing-question', 'info');

  it('is underlined on the paragraph’s first word, not over the word-level findings inside it', () => {
    const start = TEXT.indexOf(paragraph);
    const source = new SourceText(TEXT);
    expect(missingQuestion.range).toEqual({ start: source.rangeOf(start, start).start, end: source.rangeOf(start, start + 'Thank'.length).end });
    const spelling = diagnostic('recieve', 'spelling/unknown-word', 'warning', { data: { type: 'spelling', word: 'recieve', dialect: 'en-GB' } });
    expect(spelling.range.start.character).toBeGreaterThan(missingQuestion.range.end.character);
  });

  it('keeps its fixes (disable for this line), and a long finding with a replacement keeps its whole range', () => {
    expect(actions([missingQuestion]).map((a) => a.title)).toEqual(['Disable structure/missing-question for this line']);
    const hedging = diagnostic(paragraph, 'tone/hedging', 'info', { suggestions: ['Thank you.'] });
    expect(TEXT.slice(document.offsetAt(hedging.range.start), document.offsetAt(hedging.range.end))).toBe(paragraph);
  });
});
