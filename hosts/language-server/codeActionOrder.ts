/**
 * The order of a quick-fix menu that covers several findings (a word with a spelling and a tone finding, a
 * date with two timing findings): grouped per finding, the most severe finding first (then the one that
 * starts first, then the narrower), each finding's best fix first as fixesFor built them; and never the same
 * title twice. A fix offered by two findings ("Set send_date to 2026-12-07") is kept once, in the first
 * group, and lists both diagnostics, so applying it clears both.
 */
import type { CodeAction, Diagnostic } from 'vscode-languageserver';

export interface FindingFixes {
  diagnostic: Diagnostic;
  actions: CodeAction[];
}

/** LSP severities: 1 error ... 4 hint; a missing one counts as an error, as LSP says clients may. */
const rank = (d: Diagnostic) => d.severity ?? 1;

function compare(a: Diagnostic, b: Diagnostic): number {
  return (
    rank(a) - rank(b) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character
  );
}

export function orderedFixes(groups: readonly FindingFixes[]): CodeAction[] {
  const out: CodeAction[] = [];
  const byTitle = new Map<string, CodeAction>();
  // A stable sort: findings that compare equal keep the client's order.
  for (const group of [...groups].sort((a, b) => compare(a.diagnostic, b.diagnostic))) {
    for (const action of group.actions) {
      const kept = byTitle.get(action.title);
      if (kept) {
        // The same fix from another finding: one entry, which now answers both.
        if (kept.diagnostics && action.diagnostics) {
          for (const d of action.diagnostics) if (!kept.diagnostics.includes(d)) kept.diagnostics.push(d);
        }
        continue;
      }
      const copy = { ...action, ...(action.diagnostics ? { diagnostics: [...action.diagnostics] } : {}) };
      byTitle.set(action.title, copy);
      out.push(copy);
    }
  }
  // One preferred fix per menu: the best of the most important finding (the one "auto fix" would apply).
  let preferred = false;
  for (const action of out) {
    if (!action.isPreferred) continue;
    if (preferred) delete action.isPreferred;
    preferred = true;
  }
  return out;
}
