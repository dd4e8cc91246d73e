/**
 * The parts of an email body: greeting line, sign-off line and signature. Found line by line on the
 * body's source, skipping blank lines and control comments.
 */
import type { Draft } from './draft';

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
  /** The sender's name: the first signature line. */
  signatureName?: string;
  /** Where the main text starts and ends: between greeting and sign-off. */
  mainStart: number;
  mainEnd: number;
}

export const GREETING = /^\s*(?:dear|hello|hi|hiya|hey|good\s+(?:morning|afternoon|evening|day)|greetings|to whom it may concern)\b/i;

/** Closing phrases, alone on their line, optionally followed by a comma. */
export const SIGN_OFF =
  /^\s*(?:(?:with\s+)?(?:kind(?:est)?|best|warm(?:est)?|many|sincere)\s+(?:regards|wishes|thanks)|(?:yours\s+)?(?:sincerely|faithfully|truly|respectfully)(?:\s+yours)?|yours(?:\s+sincerely|\s+faithfully|\s+truly)?|regards|best|all\s+the\s+best|many\s+thanks|thanks(?:\s+again)?(?:\s+so\s+much)?|thank\s+you(?:\s+again)?|with\s+(?:many\s+)?thanks|with\s+(?:best|kind|warm)\s+(?:regards|wishes)|cheers|respectfully|warmly|sincerely)\s*[,.!]?\s*$/i;

const CONTROL_COMMENT = /^\s*<!--[\s\S]*-->\s*$/;

export function readLetter(draft: Draft): Letter {
  const { source } = draft;
  const firstLine = source.positionAt(draft.bodyStart).line;
  const lines: Line[] = [];
  for (let line = firstLine; line < source.lineCount; line++) {
    const start = source.lineStart(line);
    if (start < draft.bodyStart) continue;
    const text = source.lineText(line);
    if (!text.trim() || CONTROL_COMMENT.test(text)) continue;
    if (draft.code.some((c) => start >= c.start && start < c.end)) continue;
    lines.push({ line, start, end: source.lineEnd(line), text });
  }
  const letter: Letter = { lines, signature: [], mainStart: draft.bodyStart, mainEnd: draft.text.length };
  if (!lines.length) return letter;

  if (GREETING.test(lines[0].text)) {
    letter.greeting = lines[0];
    letter.mainStart = lines[0].end;
  }
  // The sign-off is the last closing-phrase line among the last few lines (a signature is short).
  for (let i = lines.length - 1; i >= Math.max(letter.greeting ? 1 : 0, lines.length - 7); i--) {
    if (SIGN_OFF.test(stripMarkup(lines[i].text))) {
      letter.signOff = lines[i];
      letter.signature = lines.slice(i + 1);
      letter.mainEnd = lines[i].start;
      break;
    }
  }
  const name = letter.signature[0]?.text;
  if (name) letter.signatureName = stripMarkup(name).trim();
  return letter;
}

/** Removes emphasis markers and trailing hard-break backslashes from a line. */
export function stripMarkup(text: string): string {
  return text.replace(/[*_]{1,3}/g, '').replace(/\\$/, '').replace(/ {2,}$/, '');
}
