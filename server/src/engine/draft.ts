/**
 * The draft model: front matter with exact ranges, the Markdown body as mdast (remark-parse, front matter
 * aware), and the prose of the body as blocks of text in which everything that is not prose (code, URLs,
 * link targets, HTML, Markdown syntax) is blanked out with spaces. Blanking keeps every offset equal to
 * the file's, so prose rules report positions in the file without any mapping.
 */
import type { Root, RootContent, PhrasingContent, Html } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseFrontMatter, type FrontMatter } from './frontmatter';
import { SourceText } from './source';

export interface ProseBlock {
  /** Offsets of the block in the file. */
  start: number;
  end: number;
  /** The block's source with non-prose characters replaced by spaces; same length as end - start. */
  text: string;
}

export interface HtmlComment {
  start: number;
  end: number;
  value: string;
}

export interface Draft {
  source: SourceText;
  text: string;
  frontMatter?: FrontMatter;
  /** Offset where the body starts (after the front matter). */
  bodyStart: number;
  mdast: Root;
  blocks: ProseBlock[];
  comments: HtmlComment[];
  /** Ranges of code (fenced, indented, inline): never checked for prose. */
  code: Array<{ start: number; end: number }>;
  /** Link targets and bare URLs and email addresses in the body. */
  links: Array<{ start: number; end: number; url: string }>;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

export function parseDraft(text: string): Draft {
  const source = new SourceText(text);
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter?.closed ? skipLineBreak(text, frontMatter.end) : 0;
  const mdast = processor.parse(text) as Root;
  const draft: Draft = { source, text, frontMatter, bodyStart, mdast, blocks: [], comments: [], code: [], links: [] };
  for (const node of mdast.children) collectBlocks(node, draft);
  return draft;
}

/** How far into a file too large to check its front matter is looked for: front matter is short. */
const FRONT_MATTER_LIMIT = 64 * 1024;

/**
 * A draft read from its front matter alone, without parsing the Markdown: for a file too large to check,
 * where parsing megabytes on every keystroke would stall the editor. Its body has no blocks.
 */
export function frontMatterDraft(text: string): Draft {
  const frontMatter = parseFrontMatter(text.slice(0, FRONT_MATTER_LIMIT));
  const closed = frontMatter?.closed ? frontMatter : undefined;
  const bodyStart = closed ? skipLineBreak(text, closed.end) : 0;
  const mdast: Root = { type: 'root', children: [] };
  return { source: new SourceText(text), text, frontMatter: closed, bodyStart, mdast, blocks: [], comments: [], code: [], links: [] };
}

function skipLineBreak(text: string, offset: number): number {
  if (text[offset] === '\r') offset++;
  if (text[offset] === '\n') offset++;
  return offset;
}

function offsets(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : [s, e];
}

function collectBlocks(node: RootContent, draft: Draft): void {
  const at = offsets(node);
  if (!at) return;
  // An unclosed front matter is parsed by remark as body text; keep it out of the prose.
  if (draft.frontMatter && !draft.frontMatter.closed) return;
  switch (node.type) {
    case 'yaml':
      return;
    case 'code':
      draft.code.push({ start: at[0], end: at[1] });
      return;
    case 'html':
      addComments(node, draft);
      return;
    case 'paragraph':
    case 'heading': {
      const chars = blank(draft.text.slice(at[0], at[1]));
      for (const child of node.children) copyProse(child, chars, at[0], draft);
      const block = chars.join('');
      draft.blocks.push({ start: at[0], end: at[1], text: maskUrls(block, at[0], draft) });
      return;
    }
    default:
      if ('children' in node) for (const child of node.children as RootContent[]) collectBlocks(child, draft);
  }
}

function blank(text: string): string[] {
  const chars = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    chars[i] = c === '\n' || c === '\r' ? c : ' ';
  }
  return chars;
}

function copyProse(node: PhrasingContent, chars: string[], base: number, draft: Draft): void {
  const at = offsets(node);
  if (!at) return;
  switch (node.type) {
    case 'text':
      for (let i = at[0]; i < at[1]; i++) chars[i - base] = draft.text[i];
      return;
    case 'inlineCode':
      draft.code.push({ start: at[0], end: at[1] });
      return;
    case 'html':
      addComments(node, draft);
      return;
    case 'link': {
      for (const child of node.children) copyProse(child, chars, base, draft);
      const textEnd = node.children.length ? offsets(node.children[node.children.length - 1])?.[1] ?? at[0] : at[0];
      const urlAt = draft.text.indexOf(node.url, textEnd);
      if (node.url && urlAt >= 0 && urlAt < at[1]) draft.links.push({ start: urlAt, end: urlAt + node.url.length, url: node.url });
      else draft.links.push({ start: at[0], end: at[1], url: node.url });
      return;
    }
    case 'image':
    case 'break':
      return;
    default:
      if ('children' in node) for (const child of node.children as PhrasingContent[]) copyProse(child, chars, base, draft);
  }
}

function maskUrls(block: string, base: number, draft: Draft): string {
  return block.replace(URL_OR_EMAIL, (match, index: number) => {
    draft.links.push({ start: base + index, end: base + index + match.length, url: match });
    return ' '.repeat(match.length);
  });
}

function addComments(node: Html, draft: Draft): void {
  const at = offsets(node);
  if (!at) return;
  const re = /<!--([\s\S]*?)-->/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(node.value))) {
    draft.comments.push({ start: at[0] + m.index, end: at[0] + m.index + m[0].length, value: m[1].trim() });
  }
}

/** Whether the text has front matter with a `kind` key: what makes a Markdown file a draft. */
export function isDraft(draft: Draft): boolean {
  const fm = draft.frontMatter;
  if (!fm) return false;
  if (fm.fields.has('kind')) return true;
  // Broken YAML: still a draft when a `kind:` line is there, so the user sees the YAML error.
  return fm.errors.length > 0 && /^kind[ \t]*:/m.test(draft.text.slice(fm.contentStart, fm.contentEnd));
}
