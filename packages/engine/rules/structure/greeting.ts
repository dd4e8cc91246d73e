/** structure/missing-greeting and structure/greeting-name-mismatch: how the email opens, and to whom. */
import { GREETING, type Line } from '../../letter';
import { titleOf } from '../../language/titles';
import { editDistance } from '../../similarity';
import { lineBreak, type StructureRule } from './body';
import { GENERIC_ADDRESSEES } from './phrases';
import { hasPlaceholder } from './placeholder';

export const missingGreeting: StructureRule = {
  needsKind: false,
  meta: {
    id: 'structure/missing-greeting',
    severity: 'warning',
    summary:
      'The email does not open with a greeting ("Dear Ms Hale,", "Hello Margaret,", "Good morning Margaret,"). The finding covers the first line of the body. LinkedIn connection notes need no greeting; an empty body is not checked yet.',
    why:
      'A follow-up email should be short, courteous and friendly. Opening with the interviewer\'s name is the first courtesy, and it shows the email was written for them and not sent to a list.',
    bad: 'Thank you for taking the time to meet me today.',
    good: 'Dear Ms Hale,\n\nThank you for taking the time to meet me today.',
    fix: 'Start the email with a greeting line such as "Dear Ms Hale," followed by a blank line. When the front matter names the interviewer, the fix adds "Dear NAME," for you.',
  },
  check({ draft, letter, facts, report }) {
    if (facts.kind === 'linkedin-request' || letter.greeting) return;
    const first = letter.lines[0];
    if (!first) return;
    const interviewer = facts.text.interviewer;
    const eol = lineBreak(draft);
    // "Dear Laura," rather than a stiff "Dear Laura Moreno,"; "Dear Dr Moreno," when the field gives a title.
    const people = interviewer && !hasPlaceholder(interviewer) ? interviewerPeople(interviewer) : [];
    const addressed = people.length === 1 ? greetingFor(people[0], interviewerTitle(interviewer!)) : interviewer;
    report({
      rule: 'structure/missing-greeting',
      start: first.start,
      end: first.end,
      message: interviewer
        ? `The email does not open with a greeting: start with a line such as "Dear ${addressed},", then a blank line.`
        : 'The email does not open with a greeting: start with a line such as "Dear Ms Hale," (with the name of the person you are writing to), then a blank line.',
      ...(interviewer ? { suggestions: [`Dear ${addressed},${eol}${eol}${first.text}`] } : {}),
    });
  },
};

/** A name the greeting addresses, with its place in the file. */
export interface GreetingName {
  start: number;
  end: number;
  /** The name's words, without any title. */
  words: string[];
  /** Whether a title came before it ("Ms Hale"). */
  titled: boolean;
  /** Where the title starts, when there is one: a fix replaces title and name together. */
  titleStart?: number;
}

const GENERIC = new Set(GENERIC_ADDRESSEES);
const TOKEN = /\p{L}[\p{L}'’-]*\.?|&|[,:;!?–—]|[[{<]/gu;

/**
 * The people a greeting line addresses: "Dear Ms Hale and Mr Smith," gives Hale and Smith. Generic
 * addressees ("Dear Hiring Manager", "Dear all") and placeholders give nothing.
 */
export function greetingNames(line: Line): GreetingName[] {
  const lead = /^[\s*_]*/.exec(line.text)![0].length;
  const salutation = GREETING.exec(line.text.slice(lead));
  const restAt = lead + (salutation ? salutation[0].length : 0);
  const rest = line.text.slice(restAt);
  if (/\bwhom\b/i.test(rest)) return [];

  const names: GreetingName[] = [];
  let person: Array<{ start: number; end: number; word: string }> = [];
  let titled = false;
  let titleStart: number | undefined;
  let generic = false;
  const close = () => {
    if (person.length && !generic) {
      names.push({ start: person[0].start, end: person[person.length - 1].end, words: person.map((t) => t.word), titled, ...(titleStart !== undefined ? { titleStart } : {}) });
    }
    person = [];
    titled = false;
    titleStart = undefined;
    generic = false;
  };
  for (const m of rest.matchAll(TOKEN)) {
    const token = m[0];
    if (/^[[{<]$/.test(token)) return []; // a placeholder: structure/placeholder reports it
    if (/^[,:;!?–—]$/.test(token)) break;
    const bare = token.replace(/\.$/, '');
    const lower = bare.toLowerCase();
    if (lower === 'and' || token === '&') {
      close();
      continue;
    }
    if (GENERIC.has(lower)) generic = true;
    const title = titleOf(lower);
    // "Dear Chef," addresses a chef by title; "Dear Dean," (also a given name) is a name unless one follows.
    if (!person.length && title && !(title.alsoName && !/^\s+\p{Lu}/u.test(rest.slice(m.index + token.length)))) {
      titled = true;
      titleStart ??= line.start + restAt + m.index;
      continue;
    }
    // Names are capitalised: "Hi Margaret hope you are well" addresses Margaret only.
    if (!/^\p{Lu}/u.test(bare)) break;
    const start = line.start + restAt + m.index;
    person.push({ start, end: start + bare.length, word: bare });
    if (token.endsWith('.')) break;
  }
  close();
  return names;
}

/** Lower case without accents, so "Zoë" and "Zoe" compare equal. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
}

/** The people in an interviewer field: "Margaret Hale and John Smith" gives two, titles removed. */
export function interviewerPeople(interviewer: string): string[][] {
  return interviewer
    .split(/\s*(?:,|;|\/|&|\band\b)\s*/)
    .map((p) => p.split(/\s+/).filter((w) => w && !titleOf(w)))
    .filter((p) => p.length > 0);
}

/** The title the interviewer field gives its (first) person, as written: "Dr" in "Dr Grace Okafor". */
export function interviewerTitle(interviewer: string): string | undefined {
  const first = interviewer.trim().split(/\s+/)[0] ?? '';
  return titleOf(first) && interviewer.trim().split(/\s+/).length > 1 ? first : undefined;
}

/** How a careful writer greets a person: the given title and surname, else the first name. */
function greetingFor(person: string[], title: string | undefined): string {
  return title ? `${title} ${person[person.length - 1]}` : person[0];
}

/**
 * The form of the interviewer's name that fits the greeting: a title is kept only when it is the one the
 * interviewer field gives (a "Mr" written for Grace Okafor does not fit her); a titled greeting without a
 * known title becomes the full name (formal, no guess); else like for like (first name, or full name).
 */
function correctedName(name: GreetingName, person: string[], title: string | undefined): string {
  const first = person[0];
  const last = person[person.length - 1];
  if (name.titled) {
    // "Ms Hail" is a slip in this person's surname: the title was meant for them and stays.
    if (!title && slipOf(name.words[name.words.length - 1], last, 2)) return last;
    return title ? `${title} ${last}` : person.join(' ');
  }
  if (name.words.length > 1) return person.join(' ');
  // "Dear Hail" is a slip in the surname; "Hello John" means a first name.
  const word = fold(name.words[0]);
  return slipOf(word, last) && editDistance(word, fold(last)) < editDistance(word, fold(first)) ? last : first;
}

/** A slip of the pen in `name` (a third of its letters, or half after a title, which says who is meant). */
function slipOf(written: string, name: string, per = 3): boolean {
  return editDistance(fold(written), fold(name)) <= Math.max(1, Math.floor(name.length / per));
}

export const greetingNameMismatch: StructureRule = {
  needsKind: true,
  meta: {
    id: 'structure/greeting-name-mismatch',
    severity: 'warning',
    summary:
      'The greeting names someone other than the `interviewer` of the front matter ("Dear Mr Smith" when the interviewer is Margaret Hale). Any part of the name, with or without a title, matches: "Dear Ms Hale", "Dear Margaret", "Dear Dr Hale". Generic greetings ("Dear Hiring Manager", "Dear Sir or Madam", "Dear all") are not checked. The finding covers the name.',
    why:
      'The email must be meticulous. Getting the interviewer\'s name wrong, often a leftover from the last application, is the one mistake the reader is sure to notice, and it suggests the email was not written for them.',
    bad: '---\ninterviewer: Margaret Hale\n---\n\nDear Mr Smith,',
    good: '---\ninterviewer: Margaret Hale\n---\n\nDear Ms Hale,',
    fix: 'Greet the person you are writing to. The fix replaces the name with the interviewer\'s in the same form (the first name alone, or the full name); after a title it keeps a title only when the `interviewer` field gives it ("Dr Okafor" for "Dr Grace Okafor"), else writes the full name, as a title such as "Mr" may not fit the new person. Titles alone ("Dear Chef,", "Dear Dr Okafor,") are titles, not names. If you are writing to someone else on purpose, correct the `interviewer` field.',
  },
  check({ letter, facts, report }) {
    const interviewer = facts.text.interviewer;
    if (!letter.greeting || !interviewer || hasPlaceholder(interviewer)) return;
    const people = interviewerPeople(interviewer);
    if (!people.length) return;
    const company = new Set((facts.text.company ?? '').split(/\s+/).map(fold));
    for (const name of greetingNames(letter.greeting)) {
      const words = name.words.map(fold);
      if (people.some((p) => words.every((w) => p.map(fold).includes(w)))) continue;
      // "Dear Ms Hale" when the field holds a first name only: the surname is unknown, not wrong.
      if (name.titled && people.some((p) => p.length === 1)) continue;
      if (words.every((w) => company.has(w))) continue; // "Dear Hartley & Finch"
      const title = people.length === 1 ? interviewerTitle(interviewer) : undefined;
      const best = people
        .map((p) => ({ p, name: correctedName(name, p, title) }))
        .sort((a, b) => editDistance(fold(a.name), words.join(' ')) - editDistance(fold(b.name), words.join(' ')))[0];
      // A fix that drops or changes the title replaces title and name together ("Mr Shah" -> "Grace Okafor").
      const keepsTitle = name.titled && !best.name.includes(' ');
      const start = name.titled && name.titleStart !== undefined && !keepsTitle ? name.titleStart : name.start;
      const written = letter.greeting.text.slice(start - letter.greeting.start, name.end - letter.greeting.start);
      report({
        rule: 'structure/greeting-name-mismatch',
        // A titled greeting is replaced whole ("Mr Shah" -> "Grace Okafor"), so no title is left that does not fit.
        start,
        end: name.end,
        message: `The greeting names "${written}", but the interviewer in the front matter is ${interviewer}: greet the person you are writing to ("${best.name}"), or correct the "interviewer" field.`,
        suggestions: [best.name],
      });
    }
  },
};

/** structure/greeting-without-name: "Dear ," or "Dear," with no one after the salutation. */
export const greetingWithoutName: StructureRule = {
  needsKind: false,
  meta: {
    id: 'structure/greeting-without-name',
    severity: 'warning',
    summary: 'The greeting has a salutation and no name ("Dear ,", "Dear,"): usually a name deleted or never filled in. "Hello," and "Hi all," are fine. The finding covers the greeting line.',
    why: 'Opening with the interviewer\'s name is the first courtesy of a follow-up; "Dear ," tells the reader the email came from a template.',
    bad: 'Dear ,\n\nThank you for meeting me today.',
    good: 'Dear Ms Hale,\n\nThank you for meeting me today.',
    fix: 'Write the name after the salutation; when the front matter names the interviewer, the fix writes it.',
  },
  check({ letter, facts, report }) {
    const line = letter.greeting;
    if (!line) return;
    const m = /^(\s*Dear)(\s*)([,:]?)\s*$/i.exec(line.text);
    if (!m) return;
    const interviewer = facts.text.interviewer;
    const people = interviewer && !hasPlaceholder(interviewer) ? interviewerPeople(interviewer) : [];
    const name = people.length === 1 ? greetingFor(people[0], interviewerTitle(interviewer!)) : undefined;
    report({
      rule: 'structure/greeting-without-name',
      start: line.start,
      end: line.start + line.text.trimEnd().length,
      message: `The greeting "${line.text.trim()}" names no one: write the name of the person you are writing to${name ? ` ("Dear ${name},")` : ''}.`,
      ...(name ? { suggestions: [`${m[1].trim()} ${name},`] } : {}),
    });
  },
};
