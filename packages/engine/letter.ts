/**
 * The parts of an email body: greeting line, sign-off line and signature. Found line by line on the
 * body's source, skipping blank lines, comments, code blocks and link reference definitions.
 *
 * A greeting is the first line when it opens with a salutation ("Dear Ms Hale,", "Hello Margaret,",
 * "Good morning Margaret,") or is a name alone followed by a comma ("Margaret,"). A sign-off is a closing
 * phrase alone on its line ("Kind regards", "Best wishes,", "Yours sincerely,"), or followed on the same
 * line by the name ("Best, Anna"), among the last lines of the body; the lines after it are the signature
 * (name, phone, email...). A name alone at the end is a signature without a sign-off, not a sign-off.
 */
import { NAME_PARTICLES } from './language/nameParticles';
import { TITLE_LIST } from './language/titles';
import type { RootContent } from 'mdast';
import type { Draft } from './draft';
import { withoutComments } from './htmlComments';

export interface Line {
  line: number;
  start: number;
  end: number;
  text: string;
}

export interface Letter {
  /** Non-blank body lines, in order. */
  lines: Line[];
  greeting?: Line;
  signOff?: Line;
  /** Lines after the sign-off: the sender's name and details. */
  signature: Line[];
  /** The sender's name: the first signature line (or the name after the phrase on the sign-off line). */
  signatureName?: string;
  /** Where the main text starts and ends: between greeting and sign-off. */
  mainStart: number;
  mainEnd: number;
}

/** Salutations that open a greeting line. */
const SALUTATIONS = [
  'dear',
  'hello',
  'hi',
  'hiya',
  'hey',
  'good morning',
  'good afternoon',
  'good evening',
  'good day',
  'morning',
  'greetings',
  'to whom it may concern',
];

/** Closing phrases (lower case, single spaces); optional "with"/"very" variants are listed in full. */
export const CLOSING_PHRASES = [
  'kind regards',
  'kindest regards',
  'with kind regards',
  'best regards',
  'with best regards',
  'warm regards',
  'warmest regards',
  'with warm regards',
  'many regards',
  'sincere regards',
  'regards',
  'best wishes',
  'with best wishes',
  'very best wishes',
  'all best wishes',
  'kind wishes',
  'warm wishes',
  'warmest wishes',
  'best',
  'all the best',
  'all best',
  'yours sincerely',
  'sincerely yours',
  'sincerely',
  'yours faithfully',
  'faithfully',
  'yours truly',
  'truly yours',
  'yours respectfully',
  'respectfully yours',
  'respectfully',
  'yours',
  'many thanks',
  'many thanks again',
  'thanks',
  'thanks again',
  'thanks so much',
  'thanks very much',
  'thank you',
  'thank you again',
  'thank you so much',
  'thank you very much',
  'with thanks',
  'with many thanks',
  'with gratitude',
  'gratefully',
  'with appreciation',
  'cheers',
  'warmly',
  'take care',
  'speak soon',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

export const GREETING = new RegExp(`^\\s*(?:${SALUTATIONS.map(escape).join('|')})(?![\\p{L}])`, 'iu');

/** Titles that may precede a name (language/titles: one list). */
export const TITLES = TITLE_LIST.map((t) => t.word);

const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);
/** "Margaret," or "Ms Hale," alone on the first line (case-sensitive: names are capitalised). */
const NAME_GREETING = new RegExp(`^\\s*(?:(?:${TITLES.map(capitalised).join('|')})\\.?\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}\\s*,\\s*$`, 'u');

/** A closing phrase alone on its line, optionally followed by punctuation. */
export const SIGN_OFF = new RegExp(`^\\s*(?:${CLOSING_PHRASES.map(escape).join('|')})\\s*[,.!]?\\s*$`, 'i');

/** A closing phrase, a comma and a name on one line: "Best, Anna" or "Kind regards, Anna Lewis". */
const SIGN_OFF_BEFORE_NAME = new RegExp(`^\\s*(?:${CLOSING_PHRASES.map(escape).join('|')})\\s*[,–—-]\\s*(.+?)\\s*$`, 'i');
/** A name line: capitalised words, with the lower-case particles of surnames between them ("Sanne de Vries"). */
const PARTICLE = `(?:${[...NAME_PARTICLES].join('|')})`;
const NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+){0,2}${NAME_WORD}){0,3}\\.?$`, 'u');

/** How far back from the end the sign-off may be: itself plus a signature of name, role, phone, email... */
const SIGN_OFF_WINDOW = 8;

export function readLetter(draft: Draft): Letter {
  const lines = bodyLines(draft);
  const letter: Letter = { lines, signature: [], mainStart: draft.bodyStart, mainEnd: draft.text.length };
  if (!lines.length) return letter;

  const first = lines[0];
  const firstText = stripMarkup(first.text);
  if (GREETING.test(firstText) || (NAME_GREETING.test(firstText) && !SIGN_OFF.test(firstText))) {
    letter.greeting = first;
    letter.mainStart = greetingEnd(first);
  }
  // The sign-off is the last closing-phrase line among the last few lines (a signature is short).
  for (let i = lines.length - 1; i >= Math.max(letter.greeting ? 1 : 0, lines.length - SIGN_OFF_WINDOW); i--) {
    const text = stripMarkup(lines[i].text);
    const before = SIGN_OFF_BEFORE_NAME.exec(text);
    const withName = before && NAME.test(before[1]) ? before[1].replace(/\.$/, '') : undefined;
    if (!SIGN_OFF.test(text) && !withName) continue;
    letter.signOff = lines[i];
    // A P.S. after the signature is prose again: the signature stops before it.
    const after = lines.slice(i + 1);
    const postscript = after.findIndex((l) => POSTSCRIPT.test(stripMarkup(l.text)));
    letter.signature = postscript < 0 ? after : after.slice(0, postscript);
    letter.mainEnd = lines[i].start;
    if (withName) letter.signatureName = withName;
    break;
  }
  const name = letter.signature[0]?.text;
  if (name && !letter.signatureName) letter.signatureName = stripMarkup(name).trim();
  if (!letter.signOff) letter.signatureName = unsignedName(lines);
  return letter;
}

/** "P.S.", "PS:", "P.P.S." at the start of a line. */
const POSTSCRIPT = /^\s*P\.?\s?P?\.?\s?S\b\.?/i;

/** A closing phrase and a name at the end of a paragraph: "... Best wishes, Anna Lewis" in a LinkedIn note. */
const INLINE_SIGN_OFF = new RegExp(`(?:^|[.!?]\\s+)(?:${CLOSING_PHRASES.map(escape).join('|')})\\s*[,–—-]?\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})\\.?\\s*$`, 'iu');

/**
 * The sender's name in an email without a sign-off line: a name alone on the last line (before any
 * P.S.), or a sign-off and name at the end of the last paragraph.
 */
function unsignedName(lines: Line[]): string | undefined {
  let last = lines.length - 1;
  while (last > 0 && POSTSCRIPT.test(stripMarkup(lines[last].text))) last--;
  const text = stripMarkup(lines[last]?.text ?? '').trim();
  if (last > 0 && isNameLine(text)) return text.replace(/\.$/, '');
  return INLINE_SIGN_OFF.exec(text)?.[1];
}

/**
 * Where the main text starts after a greeting: the end of the greeting line, or just after the
 * greeting's comma when the text goes on on the same line ("Dear Ms Hale, thank you for ...").
 */
function greetingEnd(line: Line): number {
  const comma = /^[^,:;!]*[,:;!]/.exec(line.text);
  if (comma && line.text.slice(comma[0].length).trim()) return line.start + comma[0].length;
  return line.end;
}

/** Non-blank body lines that hold text: no comments, code blocks or link reference definitions. */
function bodyLines(draft: Draft): Line[] {
  const { source } = draft;
  // An unclosed front matter swallows the whole file: there is no body to read.
  if (draft.frontMatter && !draft.frontMatter.closed) return [];
  const hidden = [...draft.comments, ...draft.code, ...definitions(draft)];
  const firstLine = source.positionAt(draft.bodyStart).line;
  const lines: Line[] = [];
  for (let line = firstLine; line < source.lineCount; line++) {
    const start = source.lineStart(line);
    if (start < draft.bodyStart) continue;
    const end = source.lineEnd(line);
    const text = source.lineText(line);
    if (!text.trim() || isHidden(text, start, end, hidden)) continue;
    lines.push({ line, start, end, text });
  }
  return lines;
}

function definitions(draft: Draft): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'definition') {
        const s = node.position?.start.offset;
        const e = node.position?.end.offset;
        if (s !== undefined && e !== undefined) out.push({ start: s, end: e });
      } else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
        visit(node.children as RootContent[]);
      }
    }
  };
  visit(draft.mdast.children);
  return out;
}

/** Whether every non-blank character of the line lies inside one of the hidden ranges. */
function isHidden(text: string, start: number, end: number, hidden: Array<{ start: number; end: number }>): boolean {
  const overlapping = hidden.filter((h) => h.start < end && h.end > start);
  if (!overlapping.length) return false;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    const at = start + i;
    if (!overlapping.some((h) => at >= h.start && at < h.end)) return false;
  }
  return true;
}

/** Whether a line is a name alone ("Anna Lewis", "**Anna**"): a signature, not a sign-off. */
export function isNameLine(text: string): boolean {
  return NAME.test(stripMarkup(text).trim());
}

/** Removes emphasis markers, HTML comments and trailing hard-break markers from a line. */
export function stripMarkup(text: string): string {
  return withoutComments(text)
    .replace(/[*_]{1,3}/g, '')
    .replace(/\\$/, '')
    .replace(/\s+$/, '');
}
