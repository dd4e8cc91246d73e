/**
 * Cutting a Markdown body into chunks that CommonMark parses the same alone as within the whole text, so a
 * keystroke re-parses one paragraph instead of the whole file (draft.ts caches each chunk's parse).
 *
 * A chunk may start at a line that follows a blank line, starts in column 0 and is not a list item (which
 * would continue the list before it): there every block has ended except those that run past blank lines,
 * fenced code and HTML comments, `<pre>`, `<script>`... The cutter skips those it sees, and draft.ts
 * checks every cut with the parser itself (a block still open at the end of a chunk reaches its very end),
 * so an unusual text only costs fewer cuts, never a different parse. Link reference definitions
 * (`[id]: url`) change how text anywhere else parses, so a text that may have one is not cut at all.
 */
import type { Nodes } from 'mdast';
import type { Point, Position } from 'unist';

interface Fence {
  marker: string;
  length: number;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
/** HTML blocks that a blank line does not end (CommonMark kinds 1-5), with what ends them. */
const HTML_BLOCKS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

export interface ChunkStart {
  offset: number;
  /** Line breaks before it in the text (\n, \r\n or \r, as the parser counts them). */
  line: number;
}

/**
 * Where the text from `from` (the start of a line) on can be cut into chunks (the first is `from`), or
 * undefined when it must be parsed whole.
 */
export function chunkStarts(text: string, from: number): ChunkStart[] | undefined {
  if (text.includes(']:', from)) return undefined;
  let line = 0;
  for (let i = 0; i < from; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  const starts: ChunkStart[] = [{ offset: from, line }];
  let fence: Fence | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  for (let start = from; start < text.length; ) {
    const end = lineEnd(text, start);
    const content = text.slice(start, end);
    const next = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    const blank = /^[ \t]*$/.test(content);
    if (fence) {
      if (closesFence(content, fence)) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = undefined;
    } else {
      if (!blank && previousBlank && start > from && !/^[ \t]/.test(content) && !LIST_ITEM.test(content)) starts.push({ offset: start, line });
      fence = opensFence(content);
      if (!fence) htmlEnd = opensHtmlBlock(content);
    }
    previousBlank = blank;
    if (end < text.length) line++;
    start = next;
  }
  return starts;
}

/** End of the line starting at `start`: the offset of its \n, \r or \r\n (or of the end of the text). */
function lineEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function opensFence(line: string): Fence | undefined {
  const m = FENCE_OPEN.exec(line);
  if (!m) return undefined;
  // A backtick fence's info string has no backticks (else the line is inline code).
  if (m[1][0] === '`' && m[2].includes('`')) return undefined;
  return { marker: m[1][0], length: m[1].length };
}

function closesFence(line: string, fence: Fence): boolean {
  const m = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return !!m && m[1][0] === fence.marker && m[1].length >= fence.length;
}

/** When the line starts an HTML block that blank lines do not end: what ends it (unless this line does). */
function opensHtmlBlock(line: string): RegExp | undefined {
  for (const [open, close] of HTML_BLOCKS) {
    const m = open.exec(line);
    if (m) return close.test(line.slice(m[0].length)) ? undefined : close;
  }
  return undefined;
}

/**
 * A copy of a node parsed alone, moved to where its chunk starts in the file: `offset` characters and
 * `lines` lines further (columns are unchanged: a chunk starts at the start of a line).
 */
export function shiftNode<T extends Nodes>(node: T, offset: number, lines: number): T {
  // With an explicit stack, not recursion: 3,000 nested block quotes must not reach the call stack limit.
  const shiftOne = (original: Nodes): Nodes & { children?: Nodes[] } => {
    const copy = { ...original } as Nodes & { children?: Nodes[] };
    if (original.position) copy.position = shiftPosition(original.position, offset, lines);
    if ('children' in original) {
      copy.children = (original.children as Nodes[]).slice();
      pending.push(copy.children);
    }
    return copy;
  };
  const pending: Nodes[][] = [];
  const root = shiftOne(node);
  for (let children = pending.pop(); children; children = pending.pop()) {
    for (let i = 0; i < children.length; i++) children[i] = shiftOne(children[i]);
  }
  return root as T;
}

export function shiftPosition(position: Position, offset: number, lines: number): Position {
  return { start: shiftPoint(position.start, offset, lines), end: shiftPoint(position.end, offset, lines) };
}

function shiftPoint(point: Point, offset: number, lines: number): Point {
  return { line: point.line + lines, column: point.column, offset: point.offset === undefined ? undefined : point.offset + offset };
}
