/**
 * structure/other-organisation: another organisation named where only the company applied to makes sense,
 * a name left over from an earlier application ("I loved the ethos at Riverside Academy" in a draft to
 * Hillcrest School). Two things must hold: the name has an organisation's shape (capitalised words ending
 * in a word such as School, Academy, Bank or Ltd), and it stands in a context that only fits the company
 * being applied to ("join ...", "the role at ...", "the ethos at ...", "...'s team"); both lists are data
 * (organisations.json). A previous employer in the past tense, a university, a client or a competitor named
 * as context stands in none of these contexts, so it is left alone. Names that share a distinctive word
 * with the company or another name of the front matter are never "another" organisation, and a near miss
 * of the company's name is structure/company-name-mismatch's.
 */
import { editDistance } from '../../similarity';
import type { RuleContext } from '../types';
import type { StructureRule } from './body';
import { distinctiveWords, ORGANISATION_CONTEXT, ORGANISATION_ENDINGS } from './organisationWords';
import { hasPlaceholder } from './placeholder';

/** Capitalised words, joined by spaces or by "of", "and", "for", "the", "&" ("Bank of Scotland", "Hartley & Finch"). */
const NAME_RUN = /\p{Lu}[\p{L}\p{N}'’.-]*(?:(?:\s+(?:of|and|for|the|&)\s+|[ \t]+)\p{Lu}[\p{L}\p{N}'’.-]*)*/gu;
const RUN_WORD = /\p{Lu}[\p{L}\p{N}'’.-]*/gu;

const normalise = (text: string) => text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ORGANISATION_CONTEXT.before.map(escape).join('|')})\\s+(?:the\\s+)?$`, 'u');
const NOT_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ORGANISATION_CONTEXT.notBefore.map(escape).join('|')})\\s+(?:the\\s+)?$`, 'u');
const AFTER = new RegExp(`^(?:${ORGANISATION_CONTEXT.after.map(escape).join('|')})(?![\\p{L}])`, 'u');

interface Mention {
  start: number;
  end: number;
  name: string;
}

/** Organisation-shaped names in a text: the longest run of capitalised words that ends in an organisation word. */
function organisationNames(text: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const run of text.matchAll(NAME_RUN)) {
    const words = [...run[0].matchAll(RUN_WORD)];
    for (let i = words.length - 1; i >= 0; i--) {
      const word = words[i][0].replace(/['’]s$/, '').replace(/\.$/, '');
      if (!ORGANISATION_ENDINGS.has(word)) continue;
      const start = run.index;
      const end = run.index + words[i].index + word.length;
      out.push({ start: base + start, end: base + end, name: text.slice(start, end) });
      break;
    }
  }
  return out;
}

/** Whether the words around a name say the writer means the company applied to. */
function inCompanyContext(text: string, start: number, end: number): boolean {
  const before = normalise(text.slice(Math.max(0, start - 60), start));
  if (BEFORE.test(before) && !NOT_BEFORE.test(before)) return true;
  return AFTER.test(normalise(text.slice(end, end + 20)));
}

export const otherOrganisation: StructureRule = {
  needsKind: true,
  meta: {
    id: 'structure/other-organisation',
    severity: 'warning',
    summary:
      'Another organisation named where only the company applied to makes sense: "join ...", "the role at ...", "the interview at ...", "the ethos (mission, values, culture, vision) at ...", "...\'s team", with a name shaped like an organisation\'s (capitalised words ending in School, Academy, College, Hospital, Trust, Bank, Ltd, Group, Partners, Labs and the like). A previous employer, a university, a client or a competitor named in any other way is fine, and so is the `other_company`. The finding covers the name.',
    why:
      'A name left over from an earlier application tells the reader the email was copied, the one impression a follow-up must never give; it is also the slip a spell checker cannot see, since the name is spelt right.',
    bad: '---\ncompany: Hillcrest School\n---\n\nI loved the ethos at Riverside Academy and would be proud to join the team.',
    good: '---\ncompany: Hillcrest School\n---\n\nI loved the ethos at Hillcrest School; it reminded me of my years at Riverside Academy.',
    fix: 'Write the name of the company you are writing to; the fix offers it from the front matter. If you meant the other organisation, reword the sentence so it does not read as the one you are applying to.',
  },
  check(context: RuleContext) {
    const { draft, facts, letter, report } = context;
    const company = facts.text.company;
    if (!company || hasPlaceholder(company)) return;
    // Naming another organisation is what an other-offer email is for: only a third one is suspicious.
    if (facts.kind === 'other-offer' && !facts.text.other_company) return;
    // The company's, the interviewer's, the position's, the other company's and the signature's words.
    const own = new Set(facts.names.flatMap((n) => distinctiveWords(n).map((w) => w.toLowerCase())));
    const companyWords = distinctiveWords(company, 5).map((w) => w.toLowerCase());
    const isOurs = (name: string) =>
      distinctiveWords(name).some((w) => {
        const key = w.toLowerCase();
        return own.has(key) || companyWords.some((c) => c[0] === key[0] && editDistance(c, key) <= 2);
      });
    const scan = (text: string, base: number, from: number, to: number) => {
      for (const m of organisationNames(text, base)) {
        if (m.start < from || m.end > to || !distinctiveWords(m.name).length || isOurs(m.name)) continue;
        if (!inCompanyContext(text, m.start - base, m.end - base)) continue;
        report({
          rule: 'structure/other-organisation',
          start: m.start,
          end: m.end,
          message: `"${m.name}" is named where this email means ${company}: is it left over from another application? Write "${company}", or reword the sentence if you meant the other organisation.`,
          suggestions: [company],
        });
      }
    };
    const subject = draft.frontMatter?.fields.get('subject');
    if (subject && subject.valueEnd > subject.valueStart) {
      scan(draft.text.slice(subject.valueStart, subject.valueEnd), subject.valueStart, subject.valueStart, subject.valueEnd);
    }
    for (const block of draft.blocks) {
      if (block.end <= letter.mainStart || block.start >= letter.mainEnd) continue;
      scan(block.text, block.start, letter.mainStart, letter.mainEnd);
    }
  },
};
