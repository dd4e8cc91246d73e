/**
 * Where a new draft goes: `2026-11-20-hartley-finch-llp-thank-you.md` (send date, company, kind), so a
 * drafts folder sorts by when each email goes out. A name is never reused: `-2`, `-3` are added.
 */
import type { Kind } from '../../packages/engine/kinds';

/** Lower-case ASCII words joined by hyphens; accents dropped, everything else (`/`, `..`) removed. */
export function companySlug(company: string): string {
  const slug = company
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'company';
}

export function draftFileName(sendDate: string, company: string, kind: Kind): string {
  return `${sendDate.slice(0, 10)}-${companySlug(company)}-${kind}.md`;
}

/** `name`, or `name` with `-2`, `-3`... before `.md`: the first not in `taken` (compared ignoring case). */
export function uniqueFileName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
