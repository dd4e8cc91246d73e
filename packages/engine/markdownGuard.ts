/**
 * A guard against the Markdown inputs that make the parser super-linear (issue 16). remark's inline
 * parsing slows down with the square of the emphasis, bracket and backtick characters in one paragraph:
 * `*_[` and a backtick repeated, 40,000 characters, takes 2 s, 80,000 characters 8 s; `a*` repeated,
 * 40,000 characters, 7 s. No email has more than a few dozen such characters in a paragraph.
 *
 * So, in the text given to the parser only, a block (lines between blank lines) holding more than
 * `MAX_INLINE_MARKS` of `*`, `_`, `[`, `]` and backticks has those characters replaced by spaces, except
 * at the start of a line (list bullets, code fences and thematic breaks keep their meaning). The length
 * is unchanged, so every offset stays right; findings take their text from the document itself. A text
 * with no such block is returned as it is: ordinary drafts parse exactly as before. Linear time.
 */

export const MAX_INLINE_MARKS = 200;
/** Marks opening a line that keep their meaning (a bullet, a code fence, a thematic break). */
export const LINE_START_MARKS = 8;

const isMark = (c: number) => c === 42 || c === 95 || c === 91 || c === 93 || c === 96; // * _ [ ] `
const isBreak = (c: number) => c === 10 || c === 13;
const isBlank = (c: number) => c === 32 || c === 9;

/** The text with the inline marks of over-full blocks from `from` on replaced by spaces. */
export function defuseMarkdown(text: string, from = 0): string {
  const out: string[] = [];
  let last = from;
  let blockStart = from;
  let marks = 0;
  let lineHasText = false;
  let lead = 0; // marks opening the current line; -1 once something else came
  const flush = (end: number) => {
    if (marks > MAX_INLINE_MARKS) {
      out.push(text.slice(last, blockStart), spaced(text, blockStart, end));
      last = end;
    }
    marks = 0;
  };
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      if (!lineHasText) {
        flush(i);
        blockStart = i;
      }
      lineHasText = false;
      lead = 0;
    } else if (!isBlank(c)) {
      lineHasText = true;
      if (!isMark(c)) lead = -1;
      else if (lead >= 0 && lead < LINE_START_MARKS) lead++;
      else marks++;
    }
  }
  flush(text.length);
  if (last === from) return text;
  return text.slice(0, from) + out.join('') + text.slice(last);
}

/** The block's marks as spaces, except those opening a line. */
function spaced(text: string, start: number, end: number): string {
  const parts: string[] = [];
  let copied = start;
  let lead = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) lead = 0;
    else if (isBlank(c)) continue;
    else if (!isMark(c)) lead = -1;
    else if (lead >= 0 && lead < LINE_START_MARKS) lead++;
    else {
      parts.push(text.slice(copied, i), ' ');
      copied = i + 1;
    }
  }
  parts.push(text.slice(copied, end));
  return parts.join('');
}
