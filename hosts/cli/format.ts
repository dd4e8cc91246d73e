/** Output formats of `followup check`: ESLint-like text, and JSON. Formatting only, no messages built here. */
import type { Finding, Severity } from '../../packages/engine/finding';
import { printable } from './printable';

export interface FileResult {
  file: string;
  findings: Finding[];
}

export interface JsonFinding {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  actual: string;
  suggestions: string[];
}

export function toJson(results: readonly FileResult[]): Array<{ file: string; findings: JsonFinding[] }> {
  return results.map((r) => ({
    file: r.file,
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      actual: f.actual,
      suggestions: f.suggestions,
    })),
  }));
}

interface Colours {
  underline(s: string): string;
  dim(s: string): string;
  severity(s: Severity, text: string): string;
  bold(s: string): string;
}

export function colours(enabled: boolean): Colours {
  const wrap = (open: number, close: number) => (s: string) => (enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  const red = wrap(31, 39);
  const yellow = wrap(33, 39);
  const blue = wrap(34, 39);
  const grey = wrap(90, 39);
  return {
    underline: wrap(4, 24),
    dim: grey,
    bold: wrap(1, 22),
    severity: (s, text) => (s === 'error' ? red(text) : s === 'warning' ? yellow(text) : s === 'info' ? blue(text) : grey(text)),
  };
}

export function toText(results: readonly FileResult[], useColour: boolean): string {
  const c = colours(useColour);
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const result of results) {
    if (!result.findings.length) continue;
    out.push('', c.underline(printable(result.file)));
    const rows = result.findings.map((f) => {
      counts[f.severity]++;
      return [`${f.range.start.line + 1}:${f.range.start.character + 1}`, f.severity, printable(f.message.replace(/\s*\n\s*/g, ' ')), f.rule];
    });
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    for (const [where, severity, message, rule] of rows) {
      out.push(`  ${c.dim(where.padEnd(w0))}  ${c.severity(severity as Severity, severity.padEnd(w1))}  ${message}  ${c.dim(rule)}`);
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total) {
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const summary = `${total === 1 ? '1 problem' : `${total} problems`} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info + counts.hint, 'info')})`;
    out.push('', c.severity(counts.error ? 'error' : counts.warning ? 'warning' : 'info', c.bold(`\u2716 ${summary}`)));
  }
  return out.length ? out.join('\n') + '\n' : '';
}
