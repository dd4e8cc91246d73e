/** structure/missing-sign-off: the email must close with a phrase such as "Kind regards," before the name. */
import { isNameLine } from '../../letter';
import { lineBreak, type StructureRule } from './body';

export const missingSignOff: StructureRule = {
  needsKind: false,
  meta: {
    id: 'structure/missing-sign-off',
    severity: 'warning',
    summary:
      'The email has no closing phrase ("Kind regards,", "Best wishes,", "Yours sincerely,", "Many thanks,") before the name; a name alone is not a sign-off. The finding covers the last line of the body. LinkedIn connection notes need no sign-off; an empty body is not checked yet.',
    why:
      'The advice asks for a short, courteous and friendly email. A proper closing is part of that courtesy; an email that stops at the last sentence, or at a bare name, reads as abrupt or unfinished.',
    bad: 'I look forward to hearing from you.\n\nAnna Lewis',
    good: 'I look forward to hearing from you.\n\nKind regards,\nAnna Lewis',
    fix: 'Add a closing phrase such as "Kind regards," on its own line before your name. When the last line is your name, the fix puts "Kind regards," above it.',
  },
  check({ draft, letter, facts, report }) {
    if (facts.kind === 'linkedin-request' || letter.signOff) return;
    const last = letter.lines[letter.lines.length - 1];
    if (!last) return;
    const named = last !== letter.greeting && isNameLine(last.text);
    report({
      rule: 'structure/missing-sign-off',
      start: last.start,
      end: last.end,
      message: named
        ? 'The email ends with your name but no closing phrase: add one such as "Kind regards," on the line above it.'
        : 'The email has no sign-off: end it with a closing phrase such as "Kind regards," and your name on the next line.',
      ...(named ? { suggestions: [`Kind regards,${lineBreak(draft)}${last.text}`] } : {}),
    });
  },
};

/** structure/sign-off-full-stop: "Best regards." closes with a comma (or nothing) in a letter. */
export const signOffFullStop: StructureRule = {
  needsKind: false,
  meta: {
    id: 'structure/sign-off-full-stop',
    severity: 'warning',
    summary: 'The closing phrase ends in a full stop ("Best regards."); the name follows on the next line. The finding covers the full stop.',
    why: 'The email must be meticulous: a closing phrase leads into your name, so a full stop after it reads as a slip, the kind of detail a careful reader notices last.',
    bad: 'Best regards.\nAnna Lewis',
    good: 'Best regards,\nAnna Lewis',
    fix: 'End the closing phrase with a comma; the quick fix replaces the full stop.',
  },
  check({ letter, report }) {
    const line = letter.signOff;
    if (!line) return;
    const m = /\.\s*$/.exec(line.text);
    // "Best regards. Anna" on one line, or an abbreviation-like line, is not the case here: the phrase stands alone.
    if (!m || /,/.test(line.text)) return;
    const at = line.start + m.index;
    report({ rule: 'structure/sign-off-full-stop', start: at, end: at + 1, message: `"${line.text.trim()}" ends in a full stop: a closing phrase takes a comma, with your name on the next line.`, suggestions: [','] });
  },
};
