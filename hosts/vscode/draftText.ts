/** Whether a file's text is a follow-up draft, as the engine decides it: front matter with a `kind`. */
import { parseFrontMatter } from '../../packages/engine/frontmatter';

export const NOT_A_DRAFT =
  'This file is not a follow-up draft (it has no front matter with a "kind" field). Open a draft, or pick one in the Follow-Ups view, and try again.';

export function isDraftText(text: string): boolean {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fm = parseFrontMatter(clean);
  if (!fm) return false;
  // Broken YAML is still a draft when a `kind:` line is there (as the engine's `isDraft` says).
  return fm.fields.has('kind') || /^kind[ \t]*:/m.test(clean.slice(fm.contentStart, fm.contentEnd));
}
