/**
 * structure/placeholder: template text that was never filled in, in the body's prose or in a front-matter
 * value. Code is never searched; link text (`[Company](https://...)`, `[Company][ref]`) is not a
 * placeholder, since the prose blocks blank Markdown link syntax and keep only literal brackets.
 */
import type { Draft } from '../../draft';
import type { RuleContext } from '../types';
import type { StructureRule } from './body';
import { INPUTS, SNIPPET_DESCRIPTIONS } from '../../inputs';

/**
 * The words a snippet's tab stops start with (engine/inputs: the inputs' labels and the slot
 * descriptions), by the front-matter field that holds them: left in, they are placeholders like
 * `[Company]`. Dates (today) and "today" read as real text and are not listed.
 */
const SNIPPET_DEFAULTS: ReadonlyMap<string, string> = new Map([
  ...INPUTS.filter((i) => i.type !== 'date' && i.type !== 'datetime').map((i) => [i.name, i.label] as const),
  ...Object.entries(SNIPPET_DESCRIPTIONS).filter(([name]) => name !== 'interview_when'),
]);
/** Defaults that read as placeholders anywhere in the body: no email says them on purpose. */
const ALWAYS_SLOTS = [...SNIPPET_DEFAULTS.values()].filter((d) => d.includes(' ') && d !== 'Your name');

/** Whether a front-matter value is a snippet's default left in ("company: Company"). */
export function isSnippetDefault(value: string): boolean {
  const text = value.trim();
  return [...SNIPPET_DEFAULTS.values()].includes(text);
}

/** Slot names a placeholder may use, and the front-matter field (or the signature) that fills it. */
const SLOT_FILLERS: Record<string, readonly string[]> = {
  company: [
    'company',
    'company name',
    'firm',
    'firm name',
    'employer',
    'organisation',
    'organization',
    'organisation name',
    'organization name',
    'business name',
  ],
  interviewer: [
    'interviewer',
    'interviewer name',
    "interviewer's name",
    'name of interviewer',
    'interviewer full name',
    'hiring manager',
    'hiring manager name',
    "hiring manager's name",
    'contact name',
  ],
  position: ['position', 'position title', 'role', 'role title', 'job', 'job title', 'title of the role', 'vacancy'],
  other_company: ['other company', 'other firm', 'other employer', 'other company name'],
  signature: ['your name', 'your full name', 'my name', 'sender', 'sender name', 'full name'],
};

/** Markers that stand for text still to be written: what each means, and what to do. */
const MARKERS: Record<string, string> = {
  TODO: 'marks text still to be written: write it, then remove the marker',
  FIXME: 'marks text still to be fixed: fix it, then remove the marker',
  TBD: 'marks a detail still to be decided: write in the detail',
  XXX: 'stands in for missing text: replace it with the real detail',
  XYZ: 'stands in for missing text: replace it with the real detail',
  ___: 'is a blank left to fill in: replace it with the real detail',
  'lorem ipsum': 'is dummy text: replace it with your own words',
};

/** HTML elements a draft may use on purpose: `<br>` is markup, `<name>` is a placeholder. */
const HTML_TAGS = new Set(
  'a abbr b big blockquote br center cite code del details div em font hr i img ins kbd li mark ol p pre q s small span strike strong sub summary sup table tbody td th thead tr tt u ul'.split(' '),
);

/** Text inside brackets that reads as a slot name: a few words, no sentence punctuation. */
const SLOT_TEXT = /^\s*\p{L}[\p{L}\p{N}'’&. _-]*$/u;
/** Bracketed text that is not a slot: "[sic]", checkboxes. */
const NOT_SLOTS = new Set(['sic', 'x', 'sic!']);

const BRACES = /\{\{([^{}\n]*)\}\}|\{([^{}\n]*)\}/g;
const BRACKETS = /\[([^[\]\n]*)\]/g;
const ANGLE = /<([A-Za-z][A-Za-z0-9 _'’-]{0,40})>/g;
const MARKER = /(?<![\p{L}\p{N}_])(?:TODO|FIXME|TBD|XXX+|XYZ|_{3,}|[Ll]orem ipsum)(?![\p{L}\p{N}_])/gu;

interface Placeholder {
  start: number;
  end: number;
  text: string;
  /** What a slot placeholder asks for ("company name"); absent for markers. */
  slot?: string;
  /** The front-matter field whose value holds it. */
  key?: string;
}

/** Slot placeholders and markers in `text`, whose first character is at `base` in the file. */
function placeholdersIn(text: string, base: number): Placeholder[] {
  const found: Placeholder[] = [];
  const add = (index: number, match: string, slot?: string) => found.push({ start: base + index, end: base + index + match.length, text: match, slot });
  for (const m of text.matchAll(BRACES)) {
    const inner = (m[1] ?? m[2]).trim();
    if (SLOT_TEXT.test(inner)) add(m.index, m[0], inner);
  }
  for (const m of text.matchAll(BRACKETS)) {
    const inner = m[1].trim();
    if (SLOT_TEXT.test(inner) && inner.split(/\s+/).length <= 5 && !NOT_SLOTS.has(inner.toLowerCase())) add(m.index, m[0], inner);
  }
  for (const m of text.matchAll(MARKER)) {
    const [start, end] = [base + m.index, base + m.index + m[0].length];
    if (!found.some((p) => p.start <= start && p.end >= end)) add(m.index, m[0]);
  }
  return found;
}

/** `<name>` placeholders: angle brackets around words that are not an HTML element. */
function anglePlaceholdersIn(text: string, base: number): Placeholder[] {
  const found: Placeholder[] = [];
  for (const m of text.matchAll(ANGLE)) {
    const inner = m[1].trim();
    if (inner && !HTML_TAGS.has(inner.split(/\s/)[0].toLowerCase())) {
      found.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0], slot: inner });
    }
  }
  return found;
}

/**
 * Placeholders in the body's prose. `<name>` is looked for in the source, as Markdown reads it as HTML
 * and the prose blocks blank it.
 */
function bodyPlaceholders(draft: Draft): Placeholder[] {
  const found: Placeholder[] = [];
  const inCode = (p: Placeholder) => draft.code.some((c) => p.start < c.end && p.end > c.start);
  for (const block of draft.blocks) {
    found.push(...placeholdersIn(block.text, block.start));
    found.push(...anglePlaceholdersIn(draft.text.slice(block.start, block.end), block.start).filter((p) => !inCode(p)));
  }
  return found;
}

/** Placeholders in front-matter values, found line by line so that broken YAML is searched too. */
function frontMatterPlaceholders(draft: Draft): Placeholder[] {
  const fm = draft.frontMatter;
  if (!fm) return [];
  const found: Placeholder[] = [];
  const content = draft.text.slice(fm.contentStart, fm.contentEnd);
  let offset = fm.contentStart;
  for (const line of content.split(/(?<=\n)/)) {
    const lineStart = offset;
    offset += line.length;
    const text = line.replace(/\r?\n$/, '');
    if (/^\s*#/.test(text)) continue;
    const pair = /^(\s*)([\w-]+)(\s*:[ \t]*)/.exec(text);
    const valueAt = pair ? pair[0].length : 0;
    // A YAML comment starts with " #"; it is not part of the value.
    const value = text.slice(valueAt).replace(/(?:^|\s+)#.*$/, '');
    const base = lineStart + valueAt;
    for (const p of [...placeholdersIn(value, base), ...anglePlaceholdersIn(value, base)]) found.push({ ...p, key: pair?.[2] });
  }
  return found;
}

/** Whether a text holds any placeholder (or is a snippet default): such a value names nothing yet. */
export function hasPlaceholder(text: string): boolean {
  return placeholdersIn(text, 0).length > 0 || anglePlaceholdersIn(text, 0).length > 0 || isSnippetDefault(text);
}

/**
 * Snippet defaults left in: a front-matter value that is its field's default ("company: Company"); in the
 * body, the default words of those fields (whole words, capitalised as the snippet writes them), a
 * signature line "Your name", and the descriptions ("weekday and date of the interview").
 */
function snippetDefaults(draft: Draft): Placeholder[] {
  const found: Placeholder[] = [];
  const left = new Set<string>();
  const fm = draft.frontMatter;
  for (const [name, field] of fm?.fields ?? []) {
    const text = draft.text.slice(field.valueStart, field.valueEnd);
    const value = text.replace(/\s+#.*$/, '').trim().replace(/^(["'])(.*)\1$/, '$2');
    if (SNIPPET_DEFAULTS.get(name) !== value) continue;
    left.add(value);
    const at = field.valueStart + text.indexOf(value);
    found.push({ start: at, end: at + value.length, text: value, slot: value, key: name });
  }
  const words = [...left].filter((w) => !w.includes(' '));
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const phrases = [...words, ...ALWAYS_SLOTS].map(escape);
  const pattern = phrases.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  for (const block of draft.blocks) {
    if (pattern) for (const m of block.text.matchAll(pattern)) found.push({ start: block.start + m.index, end: block.start + m.index + m[0].length, text: m[0], slot: m[0] });
  }
  // The sign-off snippet has no front matter: its "Your name" is a line of its own, the signature.
  for (const block of draft.blocks) {
    for (const m of block.text.matchAll(/(?<=^|\n)[ \t]*Your name[ \t]*(?=\r?\n|$)/g)) {
      const at = block.start + m.index + m[0].indexOf('Your name');
      found.push({ start: at, end: at + 9, text: 'Your name', slot: 'Your name' });
    }
  }
  // Other front-matter values that repeat a default left in: "subject: Thank you for the Position interview".
  if (pattern && fm) {
    for (const [name, field] of fm.fields) {
      if (SNIPPET_DEFAULTS.has(name) && SNIPPET_DEFAULTS.get(name) !== 'Subject line') continue;
      const text = draft.text.slice(field.valueStart, field.valueEnd).replace(/\s+#.*$/, '');
      for (const m of text.matchAll(pattern)) found.push({ start: field.valueStart + m.index, end: field.valueStart + m.index + m[0].length, text: m[0], slot: m[0], key: name });
    }
  }
  return found;
}

function normalSlot(slot: string): string {
  return slot.toLowerCase().replace(/’/g, "'").replace(/[_.-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The value that fills a slot, when the draft knows it. */
function fillerFor(slot: string, context: RuleContext, key?: string): string | undefined {
  const normal = normalSlot(slot);
  for (const [source, names] of Object.entries(SLOT_FILLERS)) {
    if (!names.includes(normal) || source === key) continue;
    const value = source === 'signature' ? context.letter.signatureName : context.facts.text[source];
    if (!value) return undefined;
    // A value that is itself a placeholder ("company: {{company}}") fills nothing.
    return hasPlaceholder(value) ? undefined : value;
  }
  return undefined;
}

/** "[Company Name]" asks for "the company name"; "{{your_name}}" asks for "your name". */
function describeSlot(slot: string): string {
  const words = slot
    .replace(/[_.]+/g, ' ')
    .trim()
    .split(/\s+/)
    // "Company" reads as "company", but "LinkedIn" and "URL" keep their capitals.
    .map((w) => (/^\p{Lu}\p{Ll}*$/u.test(w) ? w.toLowerCase() : w));
  const determiner = /^(?:your|my|the|a|an|their|his|her|our|this|that)$/i.test(words[0]) ? '' : 'the ';
  return determiner + words.join(' ');
}

function message(p: Placeholder): string {
  if (p.slot !== undefined) {
    return `"${p.text}" is template text that was never filled in: replace it with ${describeSlot(p.slot)}.`;
  }
  const marker = /^_+$/.test(p.text) ? '___' : /^X{3,}$/.test(p.text) ? 'XXX' : /^lorem/i.test(p.text) ? 'lorem ipsum' : p.text;
  return `"${p.text}" ${MARKERS[marker] ?? 'is a placeholder: fill it in'}.`;
}

export const placeholder: StructureRule = {
  needsKind: false,
  meta: {
    id: 'structure/placeholder',
    severity: 'error',
    summary:
      'Template text that was never filled in: `{{company}}`, `{company}`, `[Company Name]` (when it is not link text), `<name>`, `XYZ`, `XXX`, `___`, `TODO`, `TBD`, in the body or in a front-matter value; and a snippet\'s default words left in (`company: Company`, `interviewer: Interviewer`, then "Company" and "Interviewer" in the body; a signature "Your name"; "Subject line"; "weekday and date of the interview"). Code is not searched.',
    why:
      'The advice is to proofread everything: a follow-up email must be meticulous. An email that still says "Dear [Interviewer Name]" or "{{company}}" tells the reader it was pasted from a template without care, which undoes the good impression the interview made.',
    bad: 'Dear Ms Hale,\n\nThank you for meeting me to discuss the role at [Company Name]. TODO: mention the merger.',
    good: 'Dear Ms Hale,\n\nThank you for meeting me to discuss the role at Hartley & Finch. I enjoyed hearing about the merger.',
    fix: 'Replace the placeholder with the real detail. Where the front matter already holds it (company, interviewer, position, other company, your name), the fix offers that value. Link text such as `[Company](https://...)` is not a placeholder; write code in backticks if you mean the braces literally.',
  },
  check(context) {
    const { draft } = context;
    const seen = new Set<number>();
    for (const p of [...frontMatterPlaceholders(draft), ...bodyPlaceholders(draft), ...snippetDefaults(draft)]) {
      if (seen.has(p.start)) continue;
      seen.add(p.start);
      const found = p.slot !== undefined ? fillerFor(p.slot, context, p.key) : undefined;
      // A filler that is itself the default ("Your name" signed "Your name") fills nothing.
      const filler = found && !isSnippetDefault(found) ? found : undefined;
      context.report({
        rule: 'structure/placeholder',
        start: p.start,
        end: p.end,
        message: message(p),
        ...(filler ? { suggestions: [filler] } : {}),
      });
    }
  },
};
