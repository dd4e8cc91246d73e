/**
 * The grammar pattern data (one JSON file a rule in this folder, plus classes.json), read and checked at
 * load and compiled on the first check. A file is a rule's documentation (RuleMeta) and its entries:
 *
 *   patterns   token patterns (pattern.ts), each with one [span]: the words the fix replaces
 *   unless     patterns that cancel a match when they match with their span at the same word
 *   better     the replacement: a string, or an object from the span's words (lower case) to theirs.
 *              In a string: $0 the span as written, {first} its first word, {ing} its -ing form,
 *              {s} its he/she/it form, {base} its plural-subject form, {pp} its past participle, {vb} the
 *              base form of a verb's -ing or past form, {pl} the noun's plural, {sg} its singular, {Cap} the span
 *              capitalised, {a} "a" or "an" for the word after it
 *   why        the reason, the end of the message
 */
import type { RuleMeta } from '../types';
import { compileTokenPattern, TokenPatternError, type TokenPattern } from './pattern';

export interface EntryFile {
  patterns: string[];
  unless?: string[];
  better: string | Record<string, string>;
  why: string;
}

export interface RuleFile {
  meta: RuleMeta;
  entries: EntryFile[];
}

export interface CompiledEntry {
  rule: string;
  patterns: TokenPattern[];
  unless: TokenPattern[];
  better: string | Record<string, string>;
  why: string;
}

const META_FIELDS = ['id', 'severity', 'summary', 'why', 'bad', 'good', 'fix'] as const;

function fail(file: string, message: string): never {
  throw new Error(`Grammar data ${file}: ${message}`);
}

/** Checks a rule file's shape; throws an error naming the file and the field. */
export function readRuleFile(file: string, data: unknown): RuleFile {
  if (!data || typeof data !== 'object') fail(file, 'is not an object');
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) if (![...META_FIELDS, 'entries'].includes(key as never)) fail(file, `has an unknown field "${key}"`);
  for (const key of META_FIELDS) if (typeof record[key] !== 'string' || !(record[key] as string).trim()) fail(file, `needs a text "${key}"`);
  if (!/^grammar\/[a-z-]+$/.test(record.id as string)) fail(file, `has the id "${record.id}"; grammar data ids are grammar/<name>`);
  if (!['error', 'warning', 'info', 'hint'].includes(record.severity as string)) fail(file, `has the severity "${record.severity}"`);
  if (!Array.isArray(record.entries) || record.entries.length === 0) fail(file, 'needs "entries"');
  const entries = record.entries.map((raw, i): EntryFile => {
    const where = `entry ${i + 1}`;
    const e = raw as Record<string, unknown>;
    for (const key of Object.keys(e)) if (!['patterns', 'unless', 'better', 'why'].includes(key)) fail(file, `${where} has an unknown field "${key}"`);
    if (!Array.isArray(e.patterns) || !e.patterns.length || !e.patterns.every((p) => typeof p === 'string')) fail(file, `${where} needs "patterns", a list of texts`);
    if (e.unless !== undefined && (!Array.isArray(e.unless) || !e.unless.every((p) => typeof p === 'string'))) fail(file, `${where} has "unless" that is not a list of texts`);
    const better = e.better;
    const betterOk = typeof better === 'string' ? better.length > 0 : !!better && typeof better === 'object' && Object.values(better).every((v) => typeof v === 'string' && v);
    if (!betterOk) fail(file, `${where} needs "better", a text or an object of texts`);
    if (typeof e.why !== 'string' || !e.why.trim()) fail(file, `${where} needs a text "why"`);
    return { patterns: e.patterns as string[], unless: e.unless as string[] | undefined, better: better as EntryFile['better'], why: e.why };
  });
  const meta = Object.fromEntries(META_FIELDS.map((k) => [k, record[k]])) as unknown as RuleMeta;
  return { meta, entries };
}

/** Compiles every entry of every file; a bad pattern is an error naming the file, entry and pattern. */
export function compileRuleFiles(files: Array<{ file: string; rule: RuleFile }>, classes: Record<string, unknown>): CompiledEntry[] {
  const scope = {
    classWords(name: string): string[] | undefined {
      const words = classes[name];
      return Array.isArray(words) && words.every((w) => typeof w === 'string') ? (words as string[]) : undefined;
    },
  };
  const out: CompiledEntry[] = [];
  for (const { file, rule } of files) {
    rule.entries.forEach((entry, i) => {
      const compile = (source: string) => {
        try {
          return compileTokenPattern(source, scope);
        } catch (error) {
          if (error instanceof TokenPatternError) fail(file, `entry ${i + 1}: the pattern "${source}" ${error.message}`);
          throw error;
        }
      };
      out.push({ rule: rule.meta.id, patterns: entry.patterns.map(compile), unless: (entry.unless ?? []).map(compile), better: entry.better, why: entry.why });
    });
  }
  return out;
}
