/**
 * Loads and validates the tone data files (one JSON file per rule, plus classes.json) and compiles each
 * phrase rule once into a single regular expression. Any mistake in the data is a clear error at load:
 * the file, the place in it and what to write instead.
 */
import type { Severity } from '../../finding';
import type { RuleMeta } from '../types';
import { ANY_WORD, classKeyPrefixes, compilePattern, EMOJI_SOURCE, keyPrefixes, NUMBER_SOURCE, WORD_CHAR, guarded, PatternError, requiredClasses, type KeyPrefix } from './pattern';

/** A rule file as written: documentation, message parts and (for phrase rules) the phrases. */
export interface ToneRuleFile {
  meta: RuleMeta;
  /** Why a match is a problem, as the middle of a message: `"ASAP" {reason}.` */
  reason: string;
  /** What to do when a phrase has no better phrasing. */
  advice: string;
  phrases: PhraseSpec[];
  /** Markers that, stacked in one sentence, make the finding even where no phrase matched. */
  stacked?: StackSpec;
  /** Co-occurring ideas that, together in one sentence, make the finding even where no phrase matched. */
  cues: CueSpec[];
  /** Capitalised words that are acronyms although they are also English words ("IT", "US"): never emphasis. */
  acronyms: string[];
  /** Nouns that make the capitals right before them the name of a framework or method ("the FAIR principles"). */
  acronymNouns: string[];
}

/**
 * A rule's idea as a count: `min` or more of the `markers` in one sentence ("Sorry, sorry, and apologies for
 * the long email"; "I was maybe just wondering, perhaps") is the problem, whichever wordings the writer used.
 * Advice only: no single phrase is to blame, so there is no drop-in fix.
 */
/**
 * A rule's idea as a combination: a sentence with a marker of every group in `all` (a deadline and a demand
 * aimed at the reader; a hard circumstance and a plea) is the problem in whatever words it comes, unless one
 * of the `unless` patterns (a softener: "if possible", "when it suits you") is in the same sentence. Advice
 * only, like a stack: no single phrase is to blame.
 */
export interface CueSpec {
  all: string[][];
  unless: string[];
  why: string;
  advice: string;
}

export interface StackSpec {
  min: number;
  markers: string[];
  /** The middle of the message, after the quoted markers. */
  why: string;
  advice: string;
}

export interface PhraseSpec {
  match: string[];
  better: string[];
  why?: string;
  advice?: string;
  notAfter: string[];
  notBefore: string[];
  /** Patterns that, right before the match, keep the finding but withdraw the fix: it would not fit there. */
  noFixAfter: string[];
  /** Patterns that, after the match (a leading ~N allows words between), keep the finding but withdraw the fix. */
  noFixBefore: string[];
}

export interface CompiledPhrase extends PhraseSpec {
  /** Sticky, case-insensitive regex of the phrase: tried only where it can start. */
  regex: RegExp;
  /** Sticky lookahead of `noFixBefore`: true at the match end where the fix is withdrawn. */
  noFixAheadRegex?: RegExp;
  /** Sticky lookbehind of `noFixAfter`: true at the match start where the fix is withdrawn. */
  noFixRegex?: RegExp;
  /** Capturing groups of class references: name and group index. */
  captures: Array<{ name: string; group: number }>;
  /**
   * For a phrase whose expression is too long for V8 to optimise (see V8_OPTIMISED_SOURCE): sources of
   * shorter expressions, each of some of its wordings, that together match exactly where it does. The
   * search for where it can start (tone/match.ts) tries these instead.
   */
  searchParts?: string[];
  /**
   * By the key of a match's first word, the keys of the words that can follow it (pattern.ts,
   * `keyPrefixes`); a first word not here can be followed by any (a gap, a match of one word). The
   * matcher looks at the text's second word before it tries the expression.
   */
  secondWords?: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * V8 compiles a regular expression longer than 20 KB of source without its optimisations (no quick
 * checks between alternatives), which made the longest phrase several times slower to rule out at a word
 * than all the others together.
 */
const V8_OPTIMISED_SOURCE = 20_000;

/**
 * The wordings in groups whose expression (`wrap` of the group joined by |) stays under V8's limit; an
 * alternation matches at a place exactly when one of its groups does.
 */
function searchParts(alternatives: string[], wrap: (source: string) => string): string[] {
  const parts: string[] = [];
  let group: string[] = [];
  for (const alternative of alternatives) {
    if (group.length && wrap([...group, alternative].join('|')).length > V8_OPTIMISED_SOURCE) {
      parts.push(wrap(group.join('|')));
      group = [];
    }
    group.push(alternative);
  }
  if (group.length) parts.push(wrap(group.join('|')));
  return parts;
}

export interface CompiledRule extends ToneRuleFile {
  /** The stacked markers, compiled as a phrase rule of their own. */
  stack?: { spec: StackSpec; markers: CompiledRule };
  /** Each cue's groups and softeners, compiled as phrase rules of their own. */
  cueRules: Array<{ spec: CueSpec; groups: CompiledRule[]; unless?: CompiledRule }>;
  compiled: CompiledPhrase[];
  /** Phrases by the key of a word they can start with (see `keyPrefixes`), in data order. */
  byFirstWord: Map<string, CompiledPhrase[]>;
  /** Phrases that can start with something other than a word (emoji, emoticons), with a global regex each. */
  anywhere: Array<{ phrase: CompiledPhrase; regex: RegExp }>;
}

export class ToneDataError extends Error {}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const RULE_KEYS = new Set(['id', 'severity', 'summary', 'why', 'bad', 'good', 'fix', 'reason', 'advice', 'phrases', 'acronyms', 'acronymNouns', 'stacked', 'cues']);
const PHRASE_KEYS = new Set(['match', 'better', 'why', 'advice', 'notAfter', 'notBefore', 'noFixAfter', 'noFixBefore']);

/** Validates one rule file; `file` names it in errors. Patterns are checked when compiled. */
export function readRuleFile(file: string, data: unknown): ToneRuleFile {
  const fail = (where: string, what: string): never => {
    throw new ToneDataError(`tone data ${file}: ${where} ${what}`);
  };
  if (!isObject(data)) return fail('the file', 'must be a JSON object');
  for (const key of Object.keys(data)) if (!RULE_KEYS.has(key)) fail(`"${key}"`, `is not a known field (known: ${[...RULE_KEYS].join(', ')})`);
  const text = (key: string): string => {
    const value = data[key];
    if (typeof value !== 'string' || !value.trim()) return fail(`"${key}"`, 'is missing or empty: write it as text');
    return value;
  };
  const id = text('id');
  if (!/^tone\/[a-z]+(?:-[a-z]+)*$/.test(id)) fail('"id"', `"${id}" must look like tone/name`);
  const severity = text('severity') as Severity;
  if (!SEVERITIES.includes(severity)) fail('"severity"', `"${severity}" must be one of ${SEVERITIES.join(', ')}`);
  const meta: RuleMeta = { id, severity, summary: text('summary'), why: text('why'), bad: text('bad'), good: text('good'), fix: text('fix') };
  const phrasesRaw = data.phrases ?? [];
  if (!Array.isArray(phrasesRaw)) fail('"phrases"', 'must be a list');
  const phrases = (phrasesRaw as unknown[]).map((raw, i) => readPhrase(raw, `phrases[${i}]`, fail));
  const acronyms = data.acronyms ?? [];
  if (!Array.isArray(acronyms) || !acronyms.every((a) => typeof a === 'string' && /^[A-Z]+$/.test(a))) {
    fail('"acronyms"', 'must be a list of words in capitals, e.g. ["IT", "US"]');
  }
  const acronymNouns = data.acronymNouns ?? [];
  if (!Array.isArray(acronymNouns) || !acronymNouns.every((a) => typeof a === 'string' && /^[a-z]+$/.test(a))) {
    fail('"acronymNouns"', 'must be a list of nouns in lower case, e.g. ["principles", "method"]');
  }
  const stacked = data.stacked === undefined ? undefined : readStack(data.stacked, fail);
  const cuesRaw = data.cues ?? [];
  if (!Array.isArray(cuesRaw)) fail('"cues"', 'must be a list');
  const cues = (cuesRaw as unknown[]).map((raw, i) => readCue(raw, `cues[${i}]`, fail));
  return { meta, reason: text('reason'), advice: text('advice'), phrases, cues, acronyms: acronyms as string[], acronymNouns: acronymNouns as string[], ...(stacked ? { stacked } : {}) };
}

function readCue(raw: unknown, where: string, fail: (where: string, what: string) => never): CueSpec {
  if (!isObject(raw)) return fail(where, 'must be an object with "all", "why" and "advice"');
  for (const key of Object.keys(raw)) if (!['all', 'unless', 'why', 'advice'].includes(key)) fail(`${where}."${key}"`, 'is not a known field (known: all, unless, why, advice)');
  const { all, unless = [], why, advice } = raw;
  const patterns = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((m) => typeof m === 'string' && m.trim());
  if (!Array.isArray(all) || all.length < 2 || !all.every(patterns)) fail(`${where}."all"`, 'must be a list of two or more non-empty lists of patterns');
  if (!Array.isArray(unless) || !unless.every((m) => typeof m === 'string' && m.trim())) fail(`${where}."unless"`, 'must be a list of patterns');
  if (typeof why !== 'string' || !why.trim()) fail(`${where}."why"`, 'is missing or empty: write it as text');
  if (typeof advice !== 'string' || !advice.trim()) fail(`${where}."advice"`, 'is missing or empty: write it as text');
  return { all: all as string[][], unless: unless as string[], why: why as string, advice: advice as string };
}

function readStack(raw: unknown, fail: (where: string, what: string) => never): StackSpec {
  if (!isObject(raw)) return fail('"stacked"', 'must be an object with "min", "markers", "why" and "advice"');
  for (const key of Object.keys(raw)) if (!['min', 'markers', 'why', 'advice'].includes(key)) fail(`"stacked"."${key}"`, 'is not a known field (known: min, markers, why, advice)');
  const { min, markers, why, advice } = raw;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 2) fail('"stacked"."min"', 'must be a whole number of 2 or more');
  if (!Array.isArray(markers) || !markers.length || !markers.every((m) => typeof m === 'string' && m.trim())) fail('"stacked"."markers"', 'must be a non-empty list of patterns');
  if (typeof why !== 'string' || !why.trim()) fail('"stacked"."why"', 'is missing or empty: write it as text');
  if (typeof advice !== 'string' || !advice.trim()) fail('"stacked"."advice"', 'is missing or empty: write it as text');
  return { min: min as number, markers: markers as string[], why: why as string, advice: advice as string };
}

function readPhrase(raw: unknown, where: string, fail: (where: string, what: string) => never): PhraseSpec {
  if (!isObject(raw)) return fail(where, 'must be an object with "match"');
  for (const key of Object.keys(raw)) if (!PHRASE_KEYS.has(key)) fail(`${where}."${key}"`, `is not a known field (known: ${[...PHRASE_KEYS].join(', ')})`);
  const list = (key: string, required: boolean): string[] => {
    const value = raw[key];
    if (value === undefined && !required) return [];
    const items = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(items) || (required && !items.length) || !items.every((s) => typeof s === 'string')) {
      return fail(`${where}."${key}"`, required ? 'is missing: write a pattern or a list of patterns' : 'must be text or a list of texts');
    }
    return items as string[];
  };
  const optionalText = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !value.trim()) return fail(`${where}."${key}"`, 'must be non-empty text');
    return value;
  };
  const match = list('match', true);
  match.forEach((m, j) => {
    if (!m.trim()) fail(`${where}.match[${j}]`, 'is an empty pattern');
  });
  return {
    match,
    better: list('better', false),
    why: optionalText('why'),
    advice: optionalText('advice'),
    notAfter: list('notAfter', false),
    notBefore: list('notBefore', false),
    noFixAfter: list('noFixAfter', false),
    noFixBefore: list('noFixBefore', false),
  };
}

/** Compiles the word classes (each a list of patterns that may use other classes) and every rule. */
export function compileToneData(classesData: unknown, files: Array<{ file: string; data: unknown }>): CompiledRule[] {
  const classes = compileClasses(classesData);
  const rules = files.map(({ file, data }) => {
    const rule = compileRule(file, readRuleFile(file, data), classes);
    // Markers (of a stack or a cue) are compiled as a phrase rule of their own, one phrase per pattern.
    const markerRule = (where: string, patterns: string[]) =>
      compileRule(`${file} (${where})`, { ...rule, cues: [], stacked: undefined, phrases: patterns.map((m) => ({ match: [m], better: [], notAfter: [], notBefore: [], noFixAfter: [], noFixBefore: [] })) }, classes);
    rule.cueRules = rule.cues.map((spec, i) => ({
      spec,
      groups: spec.all.map((group, j) => markerRule(`cues[${i}].all[${j}]`, group)),
      ...(spec.unless.length ? { unless: markerRule(`cues[${i}].unless`, spec.unless) } : {}),
    }));
    if (!rule.stacked) return rule;
    return { ...rule, stack: { spec: rule.stacked, markers: markerRule('stacked markers', rule.stacked.markers) } };
  });
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.meta.id)) throw new ToneDataError(`tone data: rule ${rule.meta.id} is defined twice`);
    seen.add(rule.meta.id);
  }
  return rules;
}

interface ClassScope {
  classSource(name: string): string | undefined;
  /** The keys of the first two words a class can start with (see `classKeyPrefixes`). */
  classPrefixes(name: string): readonly KeyPrefix[];
}

function compileClasses(data: unknown): ClassScope {
  if (!isObject(data)) throw new ToneDataError('tone data classes.json: must be a JSON object of NAME: [patterns]');
  const sources = new Map<string, string>([
    ['EMOJI', EMOJI_SOURCE],
    ['NUMBER', NUMBER_SOURCE],
  ]);
  const compiling = new Set<string>();
  const scope: ClassScope = {
    classPrefixes: () => [[ANY_WORD]],
    classSource(name) {
      const known = sources.get(name);
      if (known !== undefined) return known;
      if (!(name in data)) return undefined;
      if (compiling.has(name)) throw new PatternError(`uses the class {${name}} inside itself`);
      compiling.add(name);
      const phrases = data[name];
      if (!Array.isArray(phrases) || !phrases.length || !phrases.every((p) => typeof p === 'string')) {
        throw new ToneDataError(`tone data classes.json: {${name}} must be a non-empty list of patterns`);
      }
      // Longer phrases first, so "I will be" is tried before "I will".
      const ordered = [...(phrases as string[])].sort((a, b) => b.length - a.length);
      const source = ordered
        .map((p) => {
          try {
            return `(?:${compilePattern(p, scope, false).source})`;
          } catch (e) {
            if (e instanceof PatternError) throw new ToneDataError(`tone data classes.json: {${name}} pattern "${p}" ${e.message}`);
            throw e;
          }
        })
        .join('|');
      compiling.delete(name);
      sources.set(name, source);
      return source;
    },
  };
  const prefixes = new Map<string, readonly KeyPrefix[]>([
    ['EMOJI', [[ANY_WORD]]],
    ['NUMBER', [[ANY_WORD]]],
  ]);
  scope.classPrefixes = (name) => {
    let known = prefixes.get(name);
    if (!known) prefixes.set(name, (known = classKeyPrefixes(data[name] as string[], scope.classPrefixes)));
    return known;
  };
  for (const name of Object.keys(data)) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(name)) throw new ToneDataError(`tone data classes.json: class name "${name}" must be in CAPITALS_WITH_UNDERSCORES`);
    scope.classSource(name);
  }
  return scope;
}

function compileRule(file: string, rule: ToneRuleFile, classes: ClassScope): CompiledRule {
  const compiled: CompiledPhrase[] = [];
  const byFirstWord = new Map<string, CompiledPhrase[]>();
  const anywhere: CompiledRule['anywhere'] = [];
  rule.phrases.forEach((phrase, i) => {
    const where = `tone data ${file}: phrases[${i}]`;
    const compile = (pattern: string, capture: boolean, trailingGap = false) => {
      try {
        return compilePattern(pattern, classes, capture, trailingGap);
      } catch (e) {
        if (e instanceof PatternError) throw new ToneDataError(`${where} pattern "${pattern}" ${e.message}`);
        throw e;
      }
    };
    let group = 1;
    const captures: CompiledPhrase['captures'] = [];
    // Longer patterns first, so the longest wording of a phrase is the one reported.
    const ordered = [...phrase.match].sort((a, b) => b.length - a.length);
    const alternatives = ordered.map((m) => {
      const c = compile(m, true);
      for (const name of c.captures) captures.push({ name, group: group++ });
      return c.source;
    });
    for (const better of phrase.better) {
      for (const [, name] of better.matchAll(/\{([^}]*)\}/g)) {
        if (!captures.some((c) => c.name === name)) {
          throw new ToneDataError(`${where} better "${better}" uses {${name}}, which no pattern of this phrase captures`);
        }
        // A fix is a drop-in for every wording of the phrase: none may leave the class out.
        const without = ordered.find((m) => !requiredClasses(m).has(name));
        if (without !== undefined) {
          throw new ToneDataError(`${where} better "${better}" uses {${name}}, but pattern "${without}" can match without it`);
        }
      }
    }
    const notAfter = phrase.notAfter.map((p) => compile(p, false, true).source);
    const notBefore = phrase.notBefore.map((p) => compile(p, false).source);
    const lookBehind = notAfter.length ? `(?<!${guarded(notAfter.join('|'))},?\\s+)` : '';
    const lookAhead = notBefore.length ? `(?!,?\\s+${guarded(notBefore.join('|'))})` : '';
    const wrap = (wordings: string) => `${lookBehind}${guarded(wordings)}${lookAhead}`;
    const source = wrap(alternatives.join('|'));
    let regex: RegExp;
    try {
      // The Unicode flag (slow to compile) only where a pattern needs it: the emoji class.
      regex = new RegExp(source, source.includes('\\p{') ? 'iuy' : 'iy');
    } catch (e) {
      throw new ToneDataError(`${where}: the patterns do not compile: ${(e as Error).message.slice(0, 200)}`);
    }
    const noFix = phrase.noFixAfter.map((p) => compile(p, false, true).source);
    const noFixRegex = noFix.length ? new RegExp(`(?<=${guarded(noFix.join('|'))},?\\s+)`, 'iy') : undefined;
    // A leading gap ("~8 {DEADLINE}": a deadline later in the clause) is words between the match and the rest.
    const noFixAhead = phrase.noFixBefore.map((p) => {
      const gap = /^~(\d)\s+(.+)$/.exec(p);
      const rest = compile(gap ? gap[2] : p, false).source;
      return gap ? `(?:,?\\s+${WORD_CHAR}+){0,${gap[1]}},?\\s+(?:${rest})` : `,?\\s+(?:${rest})`;
    });
    const noFixAheadSource = noFixAhead.length ? `(?=${noFixAhead.join('|')})` : '';
    const noFixAheadRegex = noFixAheadSource ? new RegExp(noFixAheadSource, noFixAheadSource.includes('\\p{') ? 'iuy' : 'iy') : undefined;
    const entry: CompiledPhrase = { ...phrase, regex, captures, ...(noFixRegex ? { noFixRegex } : {}), ...(noFixAheadRegex ? { noFixAheadRegex } : {}) };
    if (source.length > V8_OPTIMISED_SOURCE && alternatives.length > 1) entry.searchParts = searchParts(alternatives, wrap);
    compiled.push(entry);
    const prefixes = ordered.flatMap((m) => keyPrefixes(m, classes.classPrefixes));
    if (prefixes.some((p) => p[0] === ANY_WORD)) {
      anywhere.push({ phrase: entry, regex: new RegExp(source, regex.flags.replace('y', 'g')) });
    } else {
      for (const key of new Set(prefixes.map((p) => p[0]))) {
        const list = byFirstWord.get(key) ?? [];
        list.push(entry);
        byFirstWord.set(key, list);
      }
      // A first word that any word may follow gets no entry: nothing is ruled out after it.
      const open = new Set(prefixes.filter(([, second]) => second === ANY_WORD).map(([first]) => first));
      const seconds = new Map<string, Set<string>>();
      for (const [first, second] of prefixes) {
        if (open.has(first)) continue;
        if (!seconds.has(first)) seconds.set(first, new Set());
        seconds.get(first)!.add(second);
      }
      if (seconds.size) entry.secondWords = seconds;
    }
  });
  return { ...rule, cueRules: [], compiled, byFirstWord, anywhere };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
