/**
 * The edits behind quick fixes and commands, as offsets into the document text. Pure, so they are tested
 * without a client; each keeps the document's line endings and indentation.
 */
import { parseFrontMatter, type FrontMatter } from '../../packages/engine/frontmatter';
import { SourceText } from '../../packages/engine/source';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export function lineEnding(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** The front matter with offsets into `text` itself (a byte-order mark shifts them by one). */
export function frontMatterOf(text: string): FrontMatter | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fm = parseFrontMatter(bom ? text.slice(1) : text);
  if (!fm || !bom) return fm;
  const shift = (n: number) => n + bom;
  return {
    ...fm,
    start: shift(fm.start),
    end: shift(fm.end),
    contentStart: shift(fm.contentStart),
    contentEnd: shift(fm.contentEnd),
    fields: new Map(
      [...fm.fields].map(([k, f]) => [k, { ...f, keyStart: shift(f.keyStart), keyEnd: shift(f.keyEnd), valueStart: shift(f.valueStart), valueEnd: shift(f.valueEnd) }]),
    ),
  };
}

/** Sets `send_date`: replaces its value, or adds a line before the closing `---`. Undefined without front matter. */
export function setSendDateEdit(text: string, date: string): OffsetEdit | undefined {
  const fm = frontMatterOf(text);
  if (!fm || !fm.closed) return undefined;
  const field = fm.fields.get('send_date');
  if (field) {
    const empty = field.valueStart === field.valueEnd;
    return { start: field.valueStart, end: field.valueEnd, newText: empty ? ` ${date}` : date };
  }
  // contentEnd is the start of the closing fence line.
  const before = text.slice(0, fm.contentEnd);
  const needsBreak = before.length > 0 && !before.endsWith('\n');
  const eol = lineEnding(text);
  return { start: fm.contentEnd, end: fm.contentEnd, newText: (needsBreak ? eol : '') + `send_date: ${date}${eol}` };
}

/**
 * `<!-- followup-disable-next-line RULE -->` for `line`. Inside a paragraph it goes at the end of the line
 * above, because a comment on a line of its own would split the paragraph (and so the email) in two; at the
 * start of a block it goes on its own line above, with the line's indentation. Undefined for a line inside
 * the front matter, where an HTML comment would break the YAML.
 */
export function disableLineEdit(text: string, line: number, rule: string): OffsetEdit | undefined {
  const source = new SourceText(text);
  if (line < 0 || line >= source.lineCount) return undefined;
  const fm = frontMatterOf(text);
  if (fm && source.lineStart(line) < fm.end) return undefined;
  const comment = `<!-- followup-disable-next-line ${rule} -->`;
  const previous = line > 0 ? source.lineText(line - 1) : '';
  const previousInBody = line > 0 && (!fm || source.lineStart(line - 1) >= fm.end);
  if (previousInBody && previous.trim() && !/^\s*(?:```|~~~|<!--|#|>|[-*+] |\d+[.)] )/.test(previous) && !/^\s*(?:[-*+] |\d+[.)] )/.test(source.lineText(line))) {
    const end = source.lineEnd(line - 1);
    // Keep a hard line break (two trailing spaces or a backslash) working: put the comment before it.
    const hardBreak = /( {2,}|\\)$/.exec(previous);
    const at = hardBreak ? end - hardBreak[1].length : end;
    return { start: at, end: at, newText: ` ${comment}` };
  }
  const start = source.lineStart(line);
  const indent = /^[ \t]*/.exec(source.lineText(line))![0];
  return { start, end: start, newText: `${indent}${comment}${lineEnding(text)}` };
}
