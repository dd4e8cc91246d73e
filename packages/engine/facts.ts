/** Typed facts read once from a draft's front matter, for rules that need values rather than ranges. */
import { parseDateValue } from './dates';
import type { Draft } from './draft';
import { isKind } from './kinds';
import { isNameLine, type Letter } from './letter';
import type { DateFields, DraftFacts } from './rules/types';
import { DIALECTS, type Dialect, type Settings } from './settings';

const DATE_FIELDS = ['interview_date', 'reply_deadline', 'send_date', 'offer_deadline', 'sent'] as const;
const DATE_ONLY = new Set(['reply_deadline', 'offer_deadline']);
const NAME_FIELDS = ['company', 'interviewer', 'position', 'other_company'];

export function readFacts(draft: Draft, letter: Letter, settings: Settings): DraftFacts {
  const fields = draft.frontMatter?.fields;
  const text: Record<string, string | undefined> = {};
  const dates: DateFields = {};
  if (fields) {
    for (const [key, field] of fields) {
      if (typeof field.value === 'string' || typeof field.value === 'number' || typeof field.value === 'boolean') {
        text[key] = field.text.trim() || undefined;
      }
    }
    for (const key of DATE_FIELDS) {
      const field = fields.get(key);
      if (!field || !field.text) continue;
      const parsed = parseDateValue(field.text, !DATE_ONLY.has(key));
      if (parsed.ok) dates[key] = parsed.value;
    }
  }
  const kindText = text.kind;
  const dialect = DIALECTS.includes(text.dialect as Dialect) ? (text.dialect as Dialect) : settings.dialect;
  const names = NAME_FIELDS.map((k) => text[k]).filter((v): v is string => !!v);
  // Only the sender's name and the signature's details (role, phone, company) become known words, never
  // a sentence: a misspelling after the sign-off must not teach the draft a wrong word.
  if (letter.signatureName && isNameLine(letter.signatureName)) names.push(letter.signatureName);
  for (const line of letter.signature.slice(1)) if (isDetailLine(line.text)) names.push(line.text);
  return { kind: isKind(kindText) ? kindText : undefined, dates, text, dialect, names };
}

/** A signature line of details (a role, a phone number, a company), not a sentence. */
function isDetailLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 8 && !/[.!?]\s*$/.test(text.trim()) && !/^\s*P\.?\s?S\b/i.test(text);
}
