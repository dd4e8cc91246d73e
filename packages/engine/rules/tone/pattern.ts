/**
 * The phrase pattern language of the tone rules, compiled once to regular-expression source.
 *
 *   word        a word, matched whole and case-insensitively; `'` also matches ’ and ʼ
 *   word+       the word and its regular inflections: call+ = call, calls, called, calling
 *   {NAME}      any phrase of the word class NAME (classes.json, or the built-in {EMOJI})
 *   (a b|c)     alternatives; each alternative is itself a pattern
 *   item?       the item is optional (a word, a class or a group)
 *   ~N          up to N other words (0-9), none of them if/whether/unless/when/once, e.g. "give ~3 a call"
 *               matches "give your office a call"
 *   $           the clause ends here (punctuation or the end of the paragraph follows); last item only
 *   ^           the clause starts here (the start of the text, or after . ! ? ; : or a dash); first item only
 *   \x          a literal x (for punctuation that is syntax, e.g. ":\)")
 *
 * Words are separated by whitespace (line breaks included) and an optional comma. A phrase's edges are
 * guarded, so "call" does not match inside "recall", "callers", "call-centre" or the "I" of "I'll".
 */

/** What a compiled pattern needs from its surroundings. */
export interface PatternScope {
  /** Regular-expression source of each word class, by name (already compiled). */
  classSource(name: string): string | undefined;
}

export interface CompiledPattern {
  /** Regular-expression source; top-level class references are capturing groups. */
  source: string;
  /** The class name of each capturing group, in order. */
  captures: string[];
}

/** A problem in a pattern, reported with the pattern text by the loader. */
export class PatternError extends Error {}

const SEP = ',?\\s+';
// Letters and digits of the Latin scripts: Unicode properties (\p{L}) would cost milliseconds per regex
// to compile, and English prose needs no more.
const ALNUM = 'A-Za-z0-9\\u00C0-\\u024F';
export const WORD_CHAR = `[${ALNUM}'’ʼ-]`;
// Edges of a whole phrase: a phrase that starts (ends) with a letter must not continue a word. Inside a
// phrase the separators already keep words whole.
const GUARD_START = `(?:(?=[^${ALNUM}])|(?<![${ALNUM}'’ʼ]))`;
const GUARD_END = `(?:(?<=[^${ALNUM}])|(?![${ALNUM}]|['’ʼ-][${ALNUM}]))`;
// `$`: what follows ends the clause (a fix that rewrites a whole clause fits only there): punctuation,
// a dash between spaces, or the end of the paragraph. A line break alone does not end a clause.
const CLAUSE_END = `(?=[ \\t]*(?:[.,;:!?)\\]"”’…–—]|$)|[ \\t]+-[ \\t])`;
// `^`: the start of a clause (an order such as "Send me the contract" starts one): the start of the text,
// or a sentence mark, colon or dash before it, with spaces and opening marks between.
const CLAUSE_START = `(?<=(?:^|[.!?;:…–—]|\\s-)[\\s"“‘'(*_]*)`;

/** Wraps compiled source so that it matches whole words only. */
export function guarded(source: string): string {
  return `${GUARD_START}(?:${source})${GUARD_END}`;
}

type Node =
  | { type: 'word'; text: string; inflect: boolean; optional: boolean }
  | { type: 'class'; name: string; optional: boolean }
  | { type: 'group'; alternatives: Node[][]; optional: boolean }
  | { type: 'gap'; max: number; optional: true }
  | { type: 'end'; optional: true }
  | { type: 'start'; optional: true };

/**
 * Parses a pattern into alternatives of item sequences; throws PatternError on bad syntax. `trailingGap`
 * lets a pattern end with a gap: a `notAfter` pattern may stand a few words before the match.
 */
export function parsePattern(pattern: string, trailingGap = false): Node[][] {
  const tokens = tokenize(pattern);
  let i = 0;
  const parseAlternatives = (closing: boolean): Node[][] => {
    const top = !closing;
    const alternatives: Node[][] = [[]];
    while (i < tokens.length) {
      const t = tokens[i];
      if (t === ')') {
        if (!closing) throw new PatternError('has a ")" without its "("');
        break;
      }
      i++;
      if (t === '|') {
        alternatives.push([]);
        continue;
      }
      let node: Node;
      if (t === '(') {
        const inner = parseAlternatives(true);
        if (tokens[i] !== ')') throw new PatternError('has a "(" without its ")"');
        i++;
        node = { type: 'group', alternatives: inner, optional: false };
      } else if (t === '?') {
        throw new PatternError('has a "?" with nothing before it to make optional');
      } else if (t === '^') {
        if (!top || alternatives[alternatives.length - 1].length) throw new PatternError('has "^" after other items: "^" (start of clause) goes first in the pattern');
        node = { type: 'start', optional: true };
      } else if (t === '$') {
        if (!top) throw new PatternError('has "$" inside a group: "$" (end of clause) goes last in the pattern');
        node = { type: 'end', optional: true };
      } else if (t.startsWith('{')) {
        const name = /^\{([A-Z][A-Z0-9_]*)\}$/.exec(t)?.[1];
        if (!name) throw new PatternError(`has a bad class reference "${t}": write {NAME} in capitals`);
        node = { type: 'class', name, optional: false };
      } else if (/^~\d$/.test(t)) {
        node = { type: 'gap', max: Number(t.slice(1)), optional: true };
      } else {
        const inflect = t.endsWith('+') && t.length > 1 && !t.endsWith('\\+');
        node = { type: 'word', text: unescape(inflect ? t.slice(0, -1) : t), inflect, optional: false };
      }
      if (tokens[i] === '?') {
        if (node.type === 'gap') throw new PatternError('has a "?" after a gap, which is optional already');
        if (node.type === 'end' || node.type === 'start') throw new PatternError(`has a "?" after "${t}"`);
        node.optional = true;
        i++;
      }
      alternatives[alternatives.length - 1].push(node);
    }
    for (const alt of alternatives) {
      if (!alt.some(isRequired)) throw new PatternError('has an empty or all-optional alternative, which would match nothing');
      const last = alt[alt.length - 1].type === 'end' ? alt.length - 2 : alt.length - 1;
      const firstItem = alt[0].type === 'start' ? alt[1] : alt[0];
      if (firstItem?.type === 'gap' || (!trailingGap && alt[last]?.type === 'gap')) throw new PatternError('starts or ends with a gap (~N); a gap goes between words');
      if (alt.slice(0, -1).some((n) => n.type === 'end')) throw new PatternError('has items after "$" (end of clause), which goes last');
    }
    return alternatives;
  };
  if (!pattern.trim()) throw new PatternError('is empty');
  const result = parseAlternatives(false);
  if (i < tokens.length) throw new PatternError('has a ")" without its "("');
  return result;
}

function isRequired(node: Node): boolean {
  return !node.optional;
}

function tokenize(pattern: string): string[] {
  const tokens: string[] = [];
  let word = '';
  const flush = () => {
    if (word) tokens.push(word);
    word = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (i + 1 >= pattern.length) throw new PatternError('ends with a lone "\\"');
      word += c + pattern[++i];
    } else if (/\s/.test(c)) flush();
    else if (c === '(' || c === ')' || c === '|' || c === '?' || (c === '^' && !word)) {
      flush();
      tokens.push(c);
    } else if (c === '{') {
      flush();
      const end = pattern.indexOf('}', i);
      if (end < 0) throw new PatternError('has a "{" without its "}"');
      tokens.push(pattern.slice(i, end + 1));
      i = end;
    } else word += c;
  }
  flush();
  return tokens;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** Compiles a parsed pattern; class references at the top level become capturing groups. */
export function compilePattern(pattern: string, scope: PatternScope, capture = true, trailingGap = false): CompiledPattern {
  const captures: string[] = [];
  const compileAlternatives = (alternatives: Node[][], top: boolean): string =>
    alternatives.map((seq) => compileSequence(seq, top)).join('|');

  const compileItem = (node: Node, top: boolean): string => {
    switch (node.type) {
      case 'word':
        return compileWord(node.text, node.inflect);
      case 'class': {
        const source = scope.classSource(node.name);
        if (source === undefined) throw new PatternError(`uses the unknown class {${node.name}}`);
        if (top && capture) {
          captures.push(node.name);
          return `(${source})`;
        }
        return `(?:${source})`;
      }
      case 'group':
        return `(?:${compileAlternatives(node.alternatives, top)})`;
      case 'gap':
        // A gap does not cross into a condition: "let me know if you need anything before Friday".
        return `(?:${SEP}(?!(?:if|whether|unless|when|once)(?![${ALNUM}]))${WORD_CHAR}+){0,${node.max}}`;
      case 'end':
        return CLAUSE_END;
      case 'start':
        return CLAUSE_START;
    }
  };

  // Leading optional items carry the separator after them, later items the separator before them.
  const compileSequence = (seq: Node[], top: boolean): string => {
    let out = '';
    let seenRequired = false;
    for (const node of seq) {
      const item = compileItem(node, top);
      if (node.type === 'gap' || node.type === 'end' || node.type === 'start') out += item;
      else if (!seenRequired) out += node.optional ? `(?:${item}${SEP})?` : item;
      else out += node.optional ? `(?:${SEP}${item})?` : `${SEP}${item}`;
      if (!node.optional) seenRequired = true;
    }
    return out;
  };

  const source = compileAlternatives(parsePattern(pattern, trailingGap), true);
  return { source, captures };
}

function compileWord(text: string, inflect: boolean): string {
  const forms = inflect ? inflections(text) : [text];
  return forms.length === 1 ? literal(forms[0]) : `(?:${forms.map(literal).join('|')})`;
}

/**
 * A word as regular-expression source. Writers drop the apostrophe of "haven't", "don't", "I'm", "I've",
 * "I'd" ("havent", "dont", "Im"): there it is optional. Not in "we'll", "we're", "it's", "she'll", whose
 * forms without it are other words ("well", "were", "its", "shell").
 */
function literal(text: string): string {
  const apostrophe = apostropheOptional(text) ? "['’ʼ]?" : "['’ʼ]";
  return [...text]
    .map((c) => (c === "'" || c === '’' ? apostrophe : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
}

function apostropheOptional(text: string): boolean {
  return /n['’]t$/i.test(text) || /^i['’](m|ve|d)$/i.test(text);
}

/** The built-in class {NUMBER}: a number, a clock time or a date's day ("5pm", "10:30 am", "48", "10th"). */
export const NUMBER_SOURCE = '\\d[\\d:.,/]*(?:[ \\t]?(?:am|pm|a\\.m\\.|p\\.m\\.)|st|nd|rd|th|h|hrs)?(?![A-Za-z0-9])';

/** Where a key prefix has "any word": a gap, an emoji or number, punctuation, or the end of the match. */
export const ANY_WORD = '*';

/**
 * The keys of the first two words a pattern's matches start with, as the matcher reads a text: runs of
 * Latin letters and digits, in lower case ("I'll call" → ["i", "ll"], "havent" → ["havent"],
 * "no-one" → ["no", "one"]). `ANY_WORD` stands where any word may: after a gap, for an emoji or a number,
 * and after the match's last word. The matcher only tries a phrase where the text's words fit one of these.
 */
export type KeyPrefix = readonly string[];

const PREFIX_WORDS = 2;
const LATIN_RUN = /[A-Za-z0-9\u00C0-\u024F]+/g;

export function keyPrefixes(pattern: string, classPrefixes: (name: string) => readonly KeyPrefix[]): KeyPrefix[] {
  // A match may end after its first word: any word can follow it.
  return sequencePrefixes(parsePattern(pattern), classPrefixes).map((p) => (isComplete(p) ? p : [...p, ANY_WORD]));
}

/**
 * The prefixes of a class (one of its patterns matched, followed by whatever follows the class): as
 * `keyPrefixes`, except that a prefix shorter than two words ends where the class does.
 */
export function classKeyPrefixes(patterns: readonly string[], classPrefixes: (name: string) => readonly KeyPrefix[]): KeyPrefix[] {
  return unique(patterns.flatMap((p) => sequencePrefixes(parsePattern(p), classPrefixes)));
}

function isComplete(prefix: KeyPrefix): boolean {
  return prefix.length >= PREFIX_WORDS || prefix.includes(ANY_WORD);
}

function unique(prefixes: KeyPrefix[]): KeyPrefix[] {
  return [...new Map(prefixes.map((p) => [p.join(' '), p])).values()];
}

function sequencePrefixes(alternatives: Node[][], classPrefixes: (name: string) => readonly KeyPrefix[]): KeyPrefix[] {
  const out: KeyPrefix[] = [];
  for (const sequence of alternatives) {
    let partial: KeyPrefix[] = [[]];
    for (const node of sequence) {
      if (partial.every(isComplete)) break;
      const options = nodePrefixes(node, classPrefixes);
      partial = unique(partial.flatMap((p) => (isComplete(p) ? [p] : options.map((o) => joined(p, o)))));
    }
    out.push(...partial);
  }
  return unique(out);
}

/** `prefix` followed by `more`, cut after two words or after "any word". */
function joined(prefix: KeyPrefix, more: KeyPrefix): KeyPrefix {
  const all = [...prefix, ...more];
  const any = all.indexOf(ANY_WORD);
  return all.slice(0, Math.min(PREFIX_WORDS, any < 0 ? all.length : any + 1));
}

function nodePrefixes(node: Node, classPrefixes: (name: string) => readonly KeyPrefix[]): KeyPrefix[] {
  const own = ((): KeyPrefix[] => {
    switch (node.type) {
      case 'word':
        return (node.inflect ? inflections(node.text) : [node.text]).flatMap((form) =>
          // "havent" for "haven't": the apostrophe is optional there, and the text's word is one key.
          apostropheOptional(form) ? [formKeys(form), formKeys(form.replace(/['’]/g, ''))] : [formKeys(form)],
        );
      case 'class':
        return [...classPrefixes(node.name)];
      case 'group':
        return sequencePrefixes(node.alternatives, classPrefixes);
      case 'gap':
        return [[ANY_WORD]];
      case 'end':
      case 'start':
        return [[]];
    }
  })();
  return node.optional ? unique([[], ...own]) : own;
}

/** A word's keys; a word that starts with punctuation (":)", "'cause") starts where the matcher does not look. */
function formKeys(form: string): KeyPrefix {
  if (!/^[A-Za-z0-9\u00C0-\u024F]/.test(form)) return [ANY_WORD];
  return (form.match(LATIN_RUN) ?? []).map((key) => key.toLowerCase());
}

/**
 * The classes that every match of a pattern captures (a class that is optional, or in only some
 * alternatives, is not among them). A fix that inserts {CLASS} needs it here, or it would come out with
 * a hole when the text used the other wording.
 */
export function requiredClasses(pattern: string): Set<string> {
  const ofAlternatives = (alternatives: Node[][]): Set<string> => {
    const sets = alternatives.map(ofSequence);
    return new Set([...sets[0]].filter((name) => sets.every((s) => s.has(name))));
  };
  const ofSequence = (seq: Node[]): Set<string> => {
    const names = new Set<string>();
    for (const node of seq) {
      if (node.optional) continue;
      if (node.type === 'class') names.add(node.name);
      if (node.type === 'group') for (const name of ofAlternatives(node.alternatives)) names.add(name);
    }
    return names;
  };
  return ofAlternatives(parsePattern(pattern));
}

/** Regular inflections of a verb or noun: base, -s, -ed, -ing (irregular forms are listed in the data). */
export function inflections(word: string): string[] {
  const lower = word.toLowerCase();
  const forms = new Set([lower]);
  const consonantY = /[^aeiou]y$/.test(lower);
  forms.add(consonantY ? lower.slice(0, -1) + 'ies' : /(s|sh|ch|x|z|o)$/.test(lower) ? lower + 'es' : lower + 's');
  forms.add(consonantY ? lower.slice(0, -1) + 'ied' : lower.endsWith('e') ? lower + 'd' : lower + 'ed');
  forms.add(/[^e]e$/.test(lower) ? lower.slice(0, -1) + 'ing' : lower + 'ing');
  // Longest first, so the longest form wins where several would match.
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * The built-in class {EMOJI}: a run of emoji (with modifiers and joiners) and the spaces before it. The
 * spaces are taken only from the start of their run (`(?<![ \t])`): otherwise a search tried every
 * position of a long run of spaces (a blanked code span or URL: 100,000 of them) and scanned the rest
 * of the run from each, quadratically (13 s). A match is the same: the leftmost one starts where the
 * run starts, and inside a pattern ("thanks {EMOJI}") the emoji right after a space still matches.
 */
export const EMOJI_SOURCE =
  '(?:(?<![ \\t])[ \\t]*)?(?:(?![\\u00A9\\u00AE\\u2122\\u203C\\u2049])\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier}|\\u200D\\p{Extended_Pictographic})*)+';
