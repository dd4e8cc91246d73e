/**
 * The draft model: front matter with exact ranges, the Markdown body as mdast (remark-parse, front matter
 * aware), and the prose of the body as blocks of text in which everything that is not prose (code, URLs,
 * link targets, HTML, Markdown syntax) is blanked out with spaces. Blanking keeps every offset equal to
 * the file's, so prose rules report positions in the file without any mapping.
 */
import type { Root, RootContent, PhrasingContent, Html } from 'mdast';
import type { Point } from 'unist';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { defuseMarkdown } from './markdownGuard';
import { parseFrontMatter, type FrontMatter } from './frontmatter';
import { chunkStarts, shiftNode, shiftPosition } from './markdownChunks';
import { SourceText } from './source';
import { LruCache } from './spelling/lru';
import { htmlComments } from './htmlComments';

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
/** For the body alone: a `---` line there is a thematic break, not front matter. */
const bodyProcessor = unified().use(remarkParse);

const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

/** What collecting the blocks of a parse fills in: a Draft, or one chunk's share of it. */
type Collector = Pick<Draft, 'text' | 'frontMatter' | 'blocks' | 'comments' | 'code' | 'links'>;

export function parseDraft(text: string, whole = false): Draft {
  const source = new SourceText(text);
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter?.closed ? skipLineBreak(text, frontMatter.end) : 0;
  const draft: Draft = { source, text, frontMatter, bodyStart, mdast: undefined as unknown as Root, blocks: [], comments: [], code: [], links: [] };
  const chunked = whole ? undefined : parseInChunks(draft);
  if (chunked) draft.mdast = chunked;
  else {
    draft.mdast = processor.parse(defuseMarkdown(text, bodyStart)) as Root;
    for (const node of draft.mdast.children) collectBlocks(node, draft);
  }
  return draft;
}

/** The same as parseDraft, from one parse of the whole text: what the chunked parse must equal (tests). */
export function parseDraftWhole(text: string): Draft {
  return parseDraft(text, true);
}

/** One chunk parsed alone (offsets from its start, lines from 1) and its blocks, cached by its text. */
interface ParsedChunk {
  root: Root;
  /** Whether its last block is still open at its end (a fence never closed...): it cannot end there. */
  open: boolean;
  found: Collector;
}

/** Chunks a few documents hold, by characters: a parsed chunk takes about ten times its text in memory. */
const chunkCache = new LruCache<string, ParsedChunk>(400_000, (key) => key.length);

function parsedChunk(text: string, frontMatter: boolean): ParsedChunk {
  const key = (frontMatter ? 'f' : 'b') + text;
  let parsed = chunkCache.get(key);
  if (!parsed) {
    // A copy of its own, so the cache does not keep alive the whole document the chunk was cut from.
    const own = ` ${text}`.slice(1);
    const root = (frontMatter ? processor.parse(own) : bodyProcessor.parse(defuseMarkdown(own))) as Root;
    const last = root.children.at(-1);
    const found: Collector = { text: own, blocks: [], comments: [], code: [], links: [] };
    for (const node of root.children) collectBlocks(node, found);
    parsed = { root, open: !!last && last.position?.end.offset === own.length, found };
    chunkCache.set(key, parsed);
  }
  return parsed;
}

/**
 * The draft's mdast and blocks from its chunks (markdownChunks.ts), each parsed once and reused while its
 * text is unchanged, wherever it moves; the same as parsing the whole text. Undefined when the text
 * cannot be cut.
 */
function parseInChunks(draft: Draft): Root | undefined {
  const { text, frontMatter, bodyStart } = draft;
  if (!text || (frontMatter && !frontMatter.closed)) return undefined;
  const starts = chunkStarts(text, bodyStart);
  if (!starts) return undefined;
  const children: RootContent[] = [];
  let end: Point = { line: 1, column: 1, offset: 0 };
  if (bodyStart > 0) {
    // The front matter alone must read as it does at the top of the whole text: one yaml node.
    const head = parsedChunk(text.slice(0, bodyStart), true);
    const yaml = head.root.children[0];
    if (head.root.children.length !== 1 || yaml.type !== 'yaml' || yaml.position?.end.offset !== frontMatter?.end) return undefined;
    children.push(yaml);
    end = head.root.position!.end;
  }
  for (let i = 0; i < starts.length; i++) {
    const { offset, line } = starts[i];
    let to = starts[i + 1]?.offset ?? text.length;
    if (to === offset) continue;
    let parsed = parsedChunk(text.slice(offset, to), false);
    // A block left open runs on into the next chunk: parse the two together.
    while (parsed.open && i + 1 < starts.length) {
      i++;
      to = starts[i + 1]?.offset ?? text.length;
      parsed = parsedChunk(text.slice(offset, to), false);
    }
    const moved = offset > 0 || line > 0;
    for (const node of parsed.root.children) children.push(moved ? shiftNode(node, offset, line) : node);
    end = moved ? shiftPosition(parsed.root.position!, offset, line).end : parsed.root.position!.end;
    const { found } = parsed;
    for (const b of found.blocks) draft.blocks.push({ start: b.start + offset, end: b.end + offset, text: b.text });
    for (const c of found.comments) draft.comments.push({ start: c.start + offset, end: c.end + offset, value: c.value });
    for (const c of found.code) draft.code.push({ start: c.start + offset, end: c.end + offset });
    for (const l of found.links) draft.links.push({ start: l.start + offset, end: l.end + offset, url: l.url });
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
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

function collectBlocks(node: RootContent, draft: Collector): void {
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

function copyProse(node: PhrasingContent, chars: string[], base: number, draft: Collector): void {
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

function maskUrls(block: string, base: number, draft: Collector): string {
  return block.replace(URL_OR_EMAIL, (match, index: number) => {
    draft.links.push({ start: base + index, end: base + index + match.length, url: match });
    return ' '.repeat(match.length);
  });
}

function addComments(node: Html, draft: Collector): void {
  const at = offsets(node);
  if (!at) return;
  for (const c of htmlComments(node.value)) draft.comments.push({ start: at[0] + c.start, end: at[0] + c.end, value: c.inner.trim() });
}

/** Whether the text has front matter with a `kind` key: what makes a Markdown file a draft. */
export function isDraft(draft: Draft): boolean {
  const fm = draft.frontMatter;
  if (!fm) return false;
  if (fm.fields.has('kind')) return true;
  // Broken YAML: still a draft when a `kind:` line is there, so the user sees the YAML error.
  return fm.errors.length > 0 && /^kind[ \t]*:/m.test(draft.text.slice(fm.contentStart, fm.contentEnd));
}
