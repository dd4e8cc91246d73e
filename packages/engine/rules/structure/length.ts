/**
 * structure/too-long and structure/linkedin-note-too-long: the advice asks for short emails, and LinkedIn
 * caps the note sent with a connection request.
 */
import type { Nodes } from 'mdast';
import type { Draft } from '../../draft';
import { KIND_LABELS } from '../../kinds';
import { proseWords, type StructureRule } from './body';

export const tooLong: StructureRule = {
  needsKind: true,
  meta: {
    id: 'structure/too-long',
    severity: 'warning',
    summary:
      'The main text, between the greeting line and the sign-off, has more words than the limit for its kind (defaults: check-in 150, thank-you 250, point-of-interest 200, other-offer 200, linkedin-heads-up 120; setting `wordLimits`). Only prose words count: not code, links\' addresses or Markdown. The finding covers the text past the limit, from the first word over it to the last counted word. LinkedIn connection notes have their own limit (`structure/linkedin-note-too-long`).',
    why:
      'The advice is to keep follow-up emails short: a check-in should be short, courteous and friendly, and a thank-you says thank you, restates your interest and how you would fit in. A long email is less likely to be read to the end, and it can read as pushy.',
    bad: 'Dear Ms Hale,\n\n(three paragraphs retelling the whole interview, 180 words in a check-in)\n\nKind regards,\nAnna Lewis',
    good: 'Dear Ms Hale,\n\nI hope you are well. I am writing to ask whether there is anything else you need from me for the Legal Secretary role.\n\nKind regards,\nAnna Lewis',
    fix: 'Cut what the reader does not need: keep one point per paragraph and drop repetition. If your limits differ, set `wordLimits` in `.followup.json`, e.g. `{"wordLimits": {"check-in": 120}}`.',
  },
  check({ draft, letter, facts, settings, report }) {
    const kind = facts.kind;
    if (!kind || kind === 'linkedin-request') return;
    const limit = settings.wordLimits[kind];
    const words = proseWords(draft, letter.mainStart, letter.mainEnd);
    if (words.length <= limit) return;
    const over = words.length - limit;
    report({
      rule: 'structure/too-long',
      start: words[limit].start,
      end: words[words.length - 1].end,
      message: `This ${KIND_LABELS[kind]} has ${words.length} words between the greeting and the sign-off, more than the ${limit} it should have: cut at least ${over} word${over === 1 ? '' : 's'}. The highlighted text is past the limit.`,
    });
  },
};

/** Plain text with, for each character, the file offset it comes from. */
interface Pasted {
  text: string;
  offsets: number[];
}

/**
 * The body as the plain text a user pastes into LinkedIn: Markdown syntax, HTML and the front matter
 * removed, a link as "text (address)" unless the text is the address, and every whitespace run one space.
 */
export function pastedText(draft: Draft): Pasted {
  const out: Pasted = { text: '', offsets: [] };
  const push = (text: string, start: number, end: number) => {
    for (let i = 0; i < text.length; i++) {
      const space = /\s/.test(text[i]);
      if (space && (!out.text.length || out.text.endsWith(' '))) continue;
      out.text += space ? ' ' : text[i];
      out.offsets.push(Math.min(start + i, Math.max(start, end - 1)));
    }
  };
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'yaml':
      case 'html':
      case 'definition':
        return;
      case 'text':
        return push(node.value, start, end);
      case 'inlineCode':
      case 'code':
        return push(node.value, start + 1, end);
      case 'break':
        return push(' ', start, end);
      case 'link': {
        for (const child of node.children) visit(child);
        const label = draft.text.slice(node.children[0]?.position?.start.offset ?? start, node.children.at(-1)?.position?.end.offset ?? start);
        if (label !== node.url && label !== node.url.replace(/^mailto:/, '')) push(` (${node.url})`, end - 1, end);
        return;
      }
      default:
        if ('children' in node) {
          for (const child of node.children as Nodes[]) visit(child);
          // Paragraphs, headings and list items are separated by a line break when pasted.
          push(' ', end, end + 1);
        }
    }
  };
  visit(draft.mdast);
  if (out.text.endsWith(' ')) {
    out.text = out.text.slice(0, -1);
    out.offsets.pop();
  }
  return out;
}

export const linkedinNoteTooLong: StructureRule = {
  needsKind: true,
  meta: {
    id: 'structure/linkedin-note-too-long',
    severity: 'error',
    summary:
      'A LinkedIn connection note (`kind: linkedin-request`) is longer than LinkedIn allows (default 300 characters; setting `linkedinNoteLimit`). Counted as the plain text you would paste: Markdown removed, every run of spaces and line breaks as one space, characters as a browser text box counts them. The finding covers the text that does not fit, from the first word that crosses the limit.',
    why:
      'The advice is to send a connection request to the interviewer after the interview. LinkedIn cuts the note at its limit, so an over-long note cannot be sent as written: its last words, usually the friendliest, would be lost.',
    bad: "Hi Margaret, thank you again for yesterday's interview for the Legal Secretary role at Hartley & Finch. I really enjoyed our conversation about the firm's new family law practice and the way the team works with clients across the region, and I would be delighted to stay in touch here as I follow the firm's work over the coming months. Best, Anna",
    good: "Hi Margaret, thank you for yesterday's interview for the Legal Secretary role. I enjoyed hearing about the new family law practice and would be glad to stay in touch. Best wishes, Anna",
    fix: 'Cut the note to the limit: one sentence of thanks, one of shared interest. Greeting and sign-off are optional in a connection note. If your LinkedIn plan allows longer notes, set `linkedinNoteLimit`.',
  },
  check({ draft, facts, settings, report }) {
    if (facts.kind !== 'linkedin-request') return;
    const limit = settings.linkedinNoteLimit;
    const pasted = pastedText(draft);
    const length = pasted.text.length;
    if (length <= limit) return;
    const over = length - limit;
    // Start the highlight at the beginning of the word that does not fit.
    let first = limit;
    if (pasted.text[first] === ' ') first++;
    else while (first > 0 && pasted.text[first - 1] !== ' ') first--;
    report({
      rule: 'structure/linkedin-note-too-long',
      start: pasted.offsets[first],
      end: pasted.offsets[length - 1] + 1,
      message: `This LinkedIn note is ${length} characters long as plain text, but LinkedIn allows ${limit}: cut at least ${over} character${over === 1 ? '' : 's'}. The highlighted text does not fit.`,
    });
  },
};
