/**
 * How deeply a Markdown text nests block quotes and list items, read from the markers at the start of
 * each line, in linear time and before any parse. The Markdown parser slows down super-linearly with
 * nesting depth (2,000 nested `- ` on one line: 1.5 s; 5,000: 20 s) and deep trees reach the call stack
 * limit in code that walks them; no email nests more than a few levels, so a text that goes past
 * `MAX_NESTING` is not parsed at all (check.ts reports it as not checked).
 */

export const MAX_NESTING = 50;

export interface DeepestLine {
  /** Container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) opening the line. */
  depth: number;
  /** Offset of the start of that line. */
  offset: number;
}

/** The first line nesting deeper than `limit`, or undefined when none does. */
export function tooDeepLine(text: string, limit: number = MAX_NESTING): DeepestLine | undefined {
  let lineStart = 0;
  while (lineStart <= text.length) {
    const depth = markersAt(text, lineStart, limit);
    if (depth > limit) return { depth: countAll(text, lineStart), offset: lineStart };
    const next = nextLine(text, lineStart);
    if (next < 0) return undefined;
    lineStart = next;
  }
  return undefined;
}

function nextLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return -1;
}

/** The number of container markers at the start of the line, counting no further than `stopAfter`. */
function markersAt(text: string, i: number, stopAfter: number): number {
  let depth = 0;
  for (;;) {
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    const c = text.charCodeAt(i);
    let after = -1;
    if (c === 62 /* > */) after = i + 1;
    else if (c === 45 || c === 42 || c === 43 /* - * + */) after = i + 1;
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41 /* . ) */) after = j + 1;
    }
    if (after < 0) return depth;
    // A list marker needs a space, a tab or the end of the line after it; `>` does not.
    const next = text.charCodeAt(after);
    if (c !== 62 && !(next === 32 || next === 9 || next === 10 || next === 13 || Number.isNaN(next))) return depth;
    depth++;
    if (depth > stopAfter) return depth;
    i = after;
  }
}

function countAll(text: string, i: number): number {
  return markersAt(text, i, Number.MAX_SAFE_INTEGER);
}
