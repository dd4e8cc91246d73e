/**
 * Inline control comments: `<!-- followup-disable RULE... -->`, `<!-- followup-enable RULE... -->` and
 * `<!-- followup-disable-next-line RULE... -->`. No rule means every rule; a category (`tone`) means all
 * of its rules.
 */
import type { Draft } from './draft';

interface Region {
  rules: string[] | 'all';
  start: number;
  end: number;
}

export class Controls {
  private readonly regions: Region[] = [];

  constructor(draft: Draft) {
    const open = new Map<string, number>();
    const ALL = '*';
    for (const comment of [...draft.comments].sort((a, b) => a.start - b.start)) {
      const m = /^followup-(disable-next-line|disable|enable)\b(.*)$/s.exec(comment.value);
      if (!m) continue;
      const rules = m[2].split(/[\s,]+/).filter(Boolean);
      if (m[1] === 'disable-next-line') {
        const line = draft.source.positionAt(comment.end).line + 1;
        this.regions.push({
          rules: rules.length ? rules : 'all',
          start: draft.source.lineStart(line),
          end: draft.source.lineEnd(line),
        });
      } else if (m[1] === 'disable') {
        for (const rule of rules.length ? rules : [ALL]) if (!open.has(rule)) open.set(rule, comment.end);
      } else {
        const names = rules.length ? rules : [...open.keys()];
        for (const rule of names) {
          const start = open.get(rule);
          if (start === undefined) continue;
          open.delete(rule);
          this.regions.push({ rules: rule === ALL ? 'all' : [rule], start, end: comment.start });
        }
      }
    }
    for (const [rule, start] of open) {
      this.regions.push({ rules: rule === ALL ? 'all' : [rule], start, end: draft.text.length });
    }
  }

  isDisabled(rule: string, offset: number): boolean {
    const category = rule.split('/')[0];
    return this.regions.some(
      (r) =>
        offset >= r.start &&
        offset <= r.end &&
        (r.rules === 'all' || r.rules.includes(rule) || r.rules.includes(category)),
    );
  }
}
