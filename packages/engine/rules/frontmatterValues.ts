/**
 * Reading front-matter values the way a user means them: the closest known field, kind or dialect,
 * a date written in another common form, and what is wrong with an email address.
 */
import { formatIso, parseDateValue } from '../dates';
import { FIELD_NAMES, KINDS, type Kind } from '../kinds';
import type { Dialect } from '../settings';
import { closest } from '../similarity';
import { DIALECT_ALIASES, FIELD_ALIASES, KIND_ALIASES } from './frontmatterAliases';

/** `Interview Date`, `interviewDate`, `interview-date` → `interview_date`. */
function normaliseName(name: string, separator: string): string {
  return name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean)
    .join(separator);
}

/** The known field a misspelt or differently written field name most likely means. */
export function closestField(key: string): string | undefined {
  const name = normaliseName(key, '_');
  if (FIELD_NAMES.includes(name)) return name;
  if (FIELD_ALIASES[name]) return FIELD_ALIASES[name];
  // Very short names are prefixes of too many fields to guess from.
  return name.length >= 3 ? closest(name, FIELD_NAMES) : undefined;
}

export function closestKind(value: string): Kind | undefined {
  const name = normaliseName(value, '-');
  if ((KINDS as readonly string[]).includes(name)) return name as Kind;
  if (KIND_ALIASES[name]) return KIND_ALIASES[name];
  return name.length >= 3 ? (closest(name, KINDS) as Kind | undefined) : undefined;
}

export function closestDialect(value: string): Dialect | undefined {
  return DIALECT_ALIASES[value.trim().toLowerCase().replace(/[\s_]+/g, '-')];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`(?:[T\s,]+(?:at\s+)?(\d{1,2})[:.](\d{2}))?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`, 'i');
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})${TIME}$`, 'i');
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?`;
const DAY_MONTH_NAME = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,})\.?,?\s+(\d{4})${TIME}$`, 'i');
const MONTH_NAME_DAY = new RegExp(String.raw`^${WEEKDAY}([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`, 'i');

function monthNumber(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
}

/**
 * The value in the format's form when it is a date written another common way ("20/11/2026" with an
 * unambiguous day, "2026/11/20", "20 November 2026", "Nov 20, 2026"), or undefined. Day/month orders
 * that could be read both ways are not guessed.
 */
export function rewriteDate(text: string, allowTime: boolean): string | undefined {
  const value = text.trim();
  let parts: [number, number, number, string?, string?] | undefined;
  let m: RegExpExecArray | null;
  if ((m = YEAR_FIRST.exec(value))) parts = [+m[1], +m[2], +m[3], m[4], m[5]];
  else if ((m = DAY_FIRST.exec(value))) {
    const [a, b] = [+m[1], +m[2]];
    if (a > 12 || a === b) parts = [+m[3], b, a, m[4], m[5]];
    else if (b > 12) parts = [+m[3], a, b, m[4], m[5]];
  } else if ((m = DAY_MONTH_NAME.exec(value))) {
    const month = monthNumber(m[2]);
    if (month) parts = [+m[3], month, +m[1], m[4], m[5]];
  } else if ((m = MONTH_NAME_DAY.exec(value))) {
    const month = monthNumber(m[1]);
    if (month) parts = [+m[3], month, +m[2], m[4], m[5]];
  }
  if (!parts) return undefined;
  const [year, month, day, hours, minutes] = parts;
  const pad = (n: number | string) => String(n).padStart(2, '0');
  const time = hours !== undefined && allowTime ? `T${pad(hours)}:${minutes}` : '';
  const parsed = parseDateValue(`${year}-${pad(month)}-${pad(day)}${time}`, allowTime);
  return parsed.ok ? formatIso(parsed.value) : undefined;
}

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

export interface EmailProblem {
  /** What is wrong, as the end of a sentence starting with the address. */
  problem: string;
  /** A corrected value when the fix is certain. */
  fix?: string;
}

/**
 * What is wrong with a `to` value, or undefined when it is fine. Accepts a bare address,
 * `Name <address>`, and several of either separated by commas.
 */
export function emailProblem(value: string): EmailProblem | undefined {
  const trimmed = value.trim();
  const withoutMailto = trimmed.replace(/^mailto:/i, '');
  if (withoutMailto !== trimmed) {
    const rest = emailProblem(withoutMailto);
    return { problem: 'starts with "mailto:", which belongs in a link, not in the address', fix: rest ? undefined : withoutMailto };
  }
  for (const part of trimmed.split(',')) {
    const named = /^[^<>]*<([^<>]*)>$/.exec(part.trim());
    const problem = addressProblem(named ? named[1].trim() : part.trim());
    if (problem) {
      if (problem.fix && !named && !trimmed.includes(',')) return problem;
      return { problem: problem.problem };
    }
  }
  return undefined;
}

function addressProblem(address: string): EmailProblem | undefined {
  if (!address) return { problem: 'has an empty address between commas' };
  if (/\s/.test(address)) {
    const squeezed = address.replace(/\s+/g, '');
    return { problem: 'contains a space', fix: addressProblem(squeezed) ? undefined : squeezed };
  }
  const at = address.split('@');
  if (at.length === 1) return { problem: 'has no "@" (an address looks like name@company.co.uk)' };
  if (at.length > 2) return { problem: 'has more than one "@"' };
  const [local, domain] = at;
  if (!local) return { problem: 'has nothing before the "@"' };
  if (!LOCAL.test(local)) return { problem: `has characters an address cannot have before the "@" ("${local}")` };
  if (/\.$/.test(domain) && !addressProblem(address.replace(/\.+$/, ''))) {
    return { problem: 'ends with a dot', fix: address.replace(/\.+$/, '') };
  }
  const labels = domain.split('.');
  if (labels.length < 2) return { problem: `has no domain ending after the "@" (like "${domain || 'company'}.co.uk")` };
  if (!labels.every((l) => LABEL.test(l))) return { problem: `has a domain that is not valid ("${domain}")` };
  if (!/^[A-Za-z]{2,}$/.test(labels[labels.length - 1])) return { problem: `has a domain that does not end in a real ending like .com or .co.uk ("${domain}")` };
  return undefined;
}
