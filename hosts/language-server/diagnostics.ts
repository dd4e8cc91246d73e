/**
 * The one converter from an engine Finding to an LSP Diagnostic. Everything a quick fix needs travels in
 * `diagnostic.data`, so code actions are built from the diagnostic alone and the server keeps no cache.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, FindingData, Severity } from '../../packages/engine/finding';
import { shownSpan } from './diagnosticSpan';
import { serverHost } from './serverHost';

export const DIAGNOSTIC_SOURCE = 'followup';

/** What `diagnostic.data` holds: the finding's fix data, its suggestions and the text it covered. */
export interface DiagnosticData {
  rule: string;
  actual: string;
  suggestions: string[];
  fix?: FindingData;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `tone/pushy` → `tone-pushy`: the heading anchor of the rule in docs/rules.md. */
export function ruleSlug(rule: string): string {
  return rule.toLowerCase().replace(/\//g, '-');
}

/** The rule's section of docs/rules.md, where the host says the docs are. */
export function ruleDocUrl(rule: string): string {
  return `${serverHost().rulesDocUrl()}#${ruleSlug(rule)}`;
}

export function findingToDiagnostic(finding: Finding): Diagnostic {
  // A paragraph-long info finding is shown at its first word (diagnosticSpan.ts).
  const shown = shownSpan(finding);
  const data: DiagnosticData = {
    rule: finding.rule,
    actual: shown.actual,
    suggestions: finding.suggestions,
    ...(finding.data ? { fix: finding.data } : {}),
  };
  return {
    range: shown.range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocUrl(finding.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

/** Reads back what findingToDiagnostic stored, or undefined for a diagnostic that is not ours or is malformed. */
export function diagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data.rule !== 'string' || typeof data.actual !== 'string') return undefined;
  const suggestions = Array.isArray(data.suggestions) ? data.suggestions.filter((s): s is string => typeof s === 'string') : [];
  const fix = data.fix && typeof data.fix === 'object' && typeof (data.fix as { type?: unknown }).type === 'string' ? data.fix : undefined;
  return { rule: data.rule, actual: data.actual, suggestions, ...(fix ? { fix } : {}) };
}
