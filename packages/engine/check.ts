/**
 * The engine's entry point: `check(text, settings, today)` returns every finding for a document.
 * Pure: no file system, no protocol, no clock (today is passed in).
 */
import { Controls } from './controls';
import type { DateValue } from './dates';
import { frontMatterDraft, isDraft as hasKind, parseDraft, type Draft } from './draft';
import { compareFindings, type Finding, type Report, type Severity } from './finding';
import { readFacts } from './facts';
import { readLetter } from './letter';
import { RULE_FAMILIES, ruleMeta } from './rules';
import type { CheckOptions, DraftFacts, RuleContext } from './rules/types';
import { severityFor, type Settings } from './settings';
import { SourceText } from './source';
import { MAX_NESTING, tooDeepLine } from './nesting';
import { sizeLimit } from './sizeLimit';

export interface CheckResult {
  findings: Finding[];
  /** Whether the text is a draft (front matter with a `kind`). */
  isDraft: boolean;
  draft: Draft;
  facts: DraftFacts;
}

export interface CheckInput extends CheckOptions {
  settings: Settings;
  today: DateValue;
}

export function check(text: string, input: CheckInput): CheckResult {
  // A byte-order mark is invisible to the Markdown parser; check without it and shift offsets back.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  // Over the size limit only the front matter is read: the file is not checked, so not parsed either. The
  // limit depends on whether the file is a draft, which its front matter alone says.
  const limit = text.length > input.settings.maxFileSize ? sizeLimit(input.settings, hasKind(frontMatterDraft(body))) : Infinity;
  const tooLarge = text.length > limit;
  // Nesting deeper than any email needs is not parsed either (see nesting.ts).
  const tooDeep = tooLarge ? undefined : tooDeepLine(body);
  const draft = tooLarge || tooDeep ? frontMatterDraft(body) : parseDraft(body);
  const letter = readLetter(draft);
  const isDraft = hasKind(draft);
  const facts = readFacts(draft, letter, input.settings);
  const findings: Finding[] = [];
  const original = bom ? new SourceText(text) : draft.source;

  const emit = (report: Report, severity: Severity) => {
    const start = outsidePair(text, Math.max(0, Math.min(report.start, body.length)) + bom, -1);
    const end = outsidePair(text, Math.max(start, Math.min(report.end + bom, text.length)), 1);
    findings.push({
      rule: report.rule,
      severity,
      message: report.message,
      start,
      end,
      range: original.rangeOf(start, end),
      actual: text.slice(start, end),
      suggestions: report.suggestions ?? [],
      ...(report.data ? { data: report.data } : {}),
    });
  };

  if (tooLarge) {
    const severity = severityFor(input.settings, 'structure/file-too-large', 'info');
    if (severity !== 'off') {
      emit(
        {
          rule: 'structure/file-too-large',
          start: 0,
          end: 0,
          message: `This file has ${text.length.toLocaleString('en')} characters, more than the ${limit.toLocaleString('en')} that are checked; it was not checked. Raise "maxFileSize" to check it.`,
        },
        severity,
      );
    }
    return { findings, isDraft, draft, facts };
  }
  if (tooDeep) {
    const severity = severityFor(input.settings, 'structure/too-deeply-nested', 'info');
    if (severity !== 'off' && (isDraft || input.settings.checkAllMarkdown)) {
      emit(
        {
          rule: 'structure/too-deeply-nested',
          start: tooDeep.offset,
          end: tooDeep.offset,
          message: `This line nests ${tooDeep.depth.toLocaleString('en')} block quotes or list items, more than the ${MAX_NESTING} that are checked; the file was not checked. Remove the extra ">" or list markers.`,
        },
        severity,
      );
    }
    return { findings, isDraft, draft, facts };
  }
  if (!isDraft && !input.settings.checkAllMarkdown) return { findings, isDraft, draft, facts };

  const controls = new Controls(draft);
  const context: RuleContext = {
    draft,
    letter,
    facts,
    settings: input.settings,
    today: input.today,
    isDraft,
    options: { suggest: input.suggest, siblings: input.siblings, id: input.id },
    report(report) {
      const meta = ruleMeta(report.rule);
      const severity = severityFor(input.settings, report.rule, meta?.severity ?? 'warning');
      if (severity === 'off' || controls.isDisabled(report.rule, report.start)) return;
      emit(report, severity);
    },
  };
  for (const family of RULE_FAMILIES) {
    if (family.scope === 'draft' && !isDraft) continue;
    family.check(context);
  }
  const kept = withoutSubsumed(findings);
  kept.sort(compareFindings);
  return { findings: kept, isDraft, draft, facts };
}

/**
 * Findings that say the same thing twice: a misspelt word inside a misspelt company or interviewer name is
 * already covered by the name rule, whose fix is the whole name.
 */
const SUBSUMED_BY: Record<string, readonly string[]> = {
  'spelling/unknown-word': ['structure/company-name-mismatch', 'structure/greeting-name-mismatch', 'structure/other-organisation'],
  'spelling/possible-name': ['structure/company-name-mismatch', 'structure/greeting-name-mismatch', 'structure/other-organisation'],
};

function withoutSubsumed(findings: Finding[]): Finding[] {
  return findings.filter((f) => {
    const by = SUBSUMED_BY[f.rule];
    return !by || !findings.some((o) => by.includes(o.rule) && o.start <= f.start && f.end <= o.end);
  });
}

/**
 * An offset moved off the middle of a surrogate pair (an emoji, a rare CJK character): back before it for
 * a start (`direction` -1), past it for an end (1), so a range never covers half a character.
 */
function outsidePair(text: string, offset: number, direction: -1 | 1): number {
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  const inside = high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
  return inside ? offset + (direction < 0 ? -1 : 1) : offset;
}
