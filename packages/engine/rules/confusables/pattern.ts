/**
 * The token pattern language of the grammar data (confusable words, agreement, verb forms), compiled once
 * and matched over the tokens of a prose block (language/tokens.ts). Items are separated by spaces:
 *
 *   word       a word, any case (' also matches ’); =word: exactly this case
 *   a|b|c      any of the alternatives (each one item: a word, class, tag, punctuation)
 *   {NAME}     any word of the class NAME (classes.json); a class may list tags too
 *   <TAG>      a word the lexicon says can be TAG (N NNS NNP VB VBZ VBD VBN VBG JJ JJR RB RBR DT PRP IN MD
 *              CC CD UH, NN for a singular noun); <TAG!>: TAG is its most likely reading; <TAG=>: it can be
 *              nothing else; <A|B!>: <A> or <B!>
 *   {LOWER}    a word in lower case (no capital, no digit)
 *   {DECIMAL}  a number with a decimal point (0.5, 2.25): a measure that may take a singular unit
 *   {POSSESSIVE} a word in 's or s' ("team's", "clients'"): it owns what follows, it is no subject of it
 *   *          any word
 *   , ; : $ £ €  that punctuation mark or currency sign
 *   ^          a sentence starts here;  $  the clause ends here (punctuation or the end of the paragraph)
 *   ~N         up to N words (0-9)
 *   !item      not that: any other word here, or no word at all
 *   item?      the item is optional
 *   [ ... ]    the words the fix replaces (exactly one span per pattern, words only)
 */
import { groupBit } from '../../language/lexicon';
import { normalOf, tagsOf } from '../../language/tokenWords';
import type { Token } from '../../language/tokens';

export class TokenPatternError extends Error {}

type Test = (token: Token) => boolean;

type Item =
  | { kind: 'word'; test: Test; optional: boolean; negated: boolean; literals: string[] | null; mask: TagMask | null; punct: string[]; orStart: boolean; orEnd: boolean }
  | { kind: 'punct'; text: string[]; optional: boolean }
  | { kind: 'start' }
  | { kind: 'end' }
  | { kind: 'gap'; max: number };

export interface TokenPattern {
  source: string;
  before: Item[];
  span: Item[];
  after: Item[];
  /** Lower-case words the span's first item can be; null when it can be any word. */
  keys: string[] | null;
  /** The items before the span, nearest first; the span and the items after it. */
  backward: Item[];
  forward: Item[];
  /** A cheap test a match needs at a token (its first word, the item right before it): most tokens fail it. */
  gate: (tokens: Token[], at: number) => boolean;
  /**
   * When the span's first word can only be a word with one of some tags (`<VB!>`, `<VBG>|<NN!>`): the tag
   * bits it needs, so a caller can pass over the tokens that cannot start a match without calling `gate`.
   */
  firstTags: TagMask | null;
}

/** Tag bits a word needs: one of `primary` among its likeliest readings, or one of `all` among any. */
export interface TagMask {
  primary: number;
  all: number;
}

/** Whether a token's tags meet a mask (see TokenPattern.firstTags). */
export function meetsTagMask(token: Token, mask: TagMask): boolean {
  const tags = tagsOf(token);
  return (tags.primary & mask.primary) !== 0 || (tags.all & mask.all) !== 0;
}

export interface ClassScope {
  classWords(name: string): string[] | undefined;
}

const PUNCT = /^[.,;:!?()"“”‘’'…–—&/+$£€-]+$/;
const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?', ')', '…', '–', '—', '"', '”']);

function normal(word: string): string {
  return word.replace(/[’ʼ]/g, "'").toLowerCase();
}


const NOUN_FAMILY = ['N', 'NN', 'NNS', 'NNP'];

/** The bits a word needs to pass a tag item: its likeliest reading for <TAG!>, any reading otherwise (<TAG=> needs more). */
function tagMask(spec: string): TagMask {
  const m = /^<([A-Z]+)([!=]?)>$/.exec(spec)!;
  const bit = groupBit(m[1])!;
  return m[2] === '!' ? { primary: bit, all: 0 } : { primary: 0, all: bit };
}

function tagTest(spec: string): Test {
  const m = /^<([A-Z]+)([!=]?)>$/.exec(spec);
  const bit = m ? groupBit(m[1]) : undefined;
  if (!m || bit === undefined) throw new TokenPatternError(`has an unknown tag "${spec}"`);
  const mode = m[2];
  // <N=>, <NN=>: nothing but noun readings (a noun has the N bit and NN or NNS beside it).
  const family = NOUN_FAMILY.includes(m[1]) ? NOUN_FAMILY.reduce((mask, name) => mask | (groupBit(name) ?? 0), 0) : bit;
  return (token) => {
    const tags = tagsOf(token);
    if (mode === '!') return (tags.primary & bit) !== 0;
    if (mode === '=') return (tags.all & bit) !== 0 && (tags.all & ~family) === 0;
    return (tags.all & bit) !== 0;
  };
}

/** Compiled classes, per scope: a class used by many patterns is compiled once. */
const classCache = new WeakMap<ClassScope, Map<string, Alternative>>();

/** A compiled alternative of a word item: its test, the literal words it stands for, the tags it needs. */
interface Alternative {
  test: Test;
  /** null: not a fixed word. */
  literals: string[] | null;
  /** null: not tags only (a fixed word, {LOWER}, *). */
  mask: TagMask | null;
}

/** The tags any of the alternatives needs, when each is a tag item; else null. */
function combinedMask(parts: Alternative[]): TagMask | null {
  if (!parts.length || parts.some((p) => !p.mask)) return null;
  return { primary: parts.reduce((m, p) => m | p.mask!.primary, 0), all: parts.reduce((m, p) => m | p.mask!.all, 0) };
}

/**
 * One test for several alternatives: the literal words in one set (one lookup, whatever their number),
 * then the others (tags, classes of tags) in turn.
 */
function anyOf(parts: Alternative[]): Test {
  if (parts.length === 1) return parts[0].test;
  const words = new Set(parts.flatMap((p) => p.literals ?? []));
  const others = parts.filter((p) => !p.literals).map((p) => p.test);
  if (!others.length) return (t) => words.has(normalOf(t));
  return (t) => words.has(normalOf(t)) || others.some((test) => test(t));
}

/** One alternative of a word item. */
function alternative(spec: string, scope: ClassScope, depth = 0): Alternative {
  if (spec === '*') return { test: () => true, literals: null, mask: null };
  if (spec === '{LOWER}') return { test: (t) => /^[\p{Ll}][\p{Ll}\p{M}'’-]*$/u.test(t.text), literals: null, mask: null };
  if (spec === '{DECIMAL}') return { test: (t) => /^\d*\.\d+$/.test(t.text), literals: null, mask: null };
  if (spec === '{POSSESSIVE}') return { test: (t) => /^\p{L}[\p{L}\p{N}-]*(?:['’]s|s['’])$/u.test(t.text), literals: null, mask: null };
  if (spec.startsWith('<')) return { test: tagTest(spec), literals: null, mask: tagMask(spec) };
  const cls = /^\{([A-Z][A-Z0-9_]*)\}$/.exec(spec);
  if (cls) {
    const words = scope.classWords(cls[1]);
    if (!words) throw new TokenPatternError(`uses the unknown class {${cls[1]}}`);
    if (depth > 3) throw new TokenPatternError(`nests classes too deeply at {${cls[1]}}`);
    const cached = classCache.get(scope)?.get(cls[1]);
    if (cached) return cached;
    const parts = words.map((w) => alternative(w, scope, depth + 1));
    const literals = parts.every((p) => p.literals) ? parts.flatMap((p) => p.literals!) : null;
    const compiled = { test: anyOf(parts), literals, mask: combinedMask(parts) };
    if (!classCache.has(scope)) classCache.set(scope, new Map());
    classCache.get(scope)!.set(cls[1], compiled);
    return compiled;
  }
  if (spec.startsWith('=')) {
    const exact = spec.slice(1).replace(/’/g, "'");
    return { test: (t) => t.text.replace(/’/g, "'") === exact, literals: [exact.toLowerCase()], mask: null };
  }
  if (!/^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*$/u.test(spec)) throw new TokenPatternError(`has a bad item "${spec}"`);
  const word = normal(spec);
  return { test: (t) => normalOf(t) === word, literals: [word], mask: null };
}

function parseItem(spec: string, scope: ClassScope): Item {
  if (spec === '^') return { kind: 'start' };
  if (spec === '$') return { kind: 'end' };
  const gap = /^~(\d)$/.exec(spec);
  if (gap) return { kind: 'gap', max: Number(gap[1]) };
  let body = spec;
  const optional = body.length > 1 && body.endsWith('?');
  if (optional) body = body.slice(0, -1);
  const negated = body.startsWith('!') && body.length > 1;
  if (negated) body = body.slice(1);
  // <A|B> is <A>|<B>.
  body = body.replace(/<([A-Z!=|]+)>/g, (_m, names: string) => names.split('|').map((n) => `<${n}>`).join('|'));
  const alternatives = body.split('|');
  if (alternatives.every((a) => PUNCT.test(a))) {
    if (negated) throw new TokenPatternError(`negates punctuation "${spec}"`);
    return { kind: 'punct', text: alternatives, optional };
  }
  // ^ and $ may be alternatives too: "$|,|and" is the end of the clause, a comma or "and".
  const orStart = alternatives.includes('^');
  const orEnd = alternatives.includes('$');
  const rest = alternatives.filter((a) => a !== '^' && a !== '$');
  const punct = rest.filter((a) => PUNCT.test(a));
  const parts = rest.filter((a) => !PUNCT.test(a)).map((a) => alternative(a, scope));
  const literals = parts.every((p) => p.literals) ? parts.flatMap((p) => p.literals!) : null;
  if ((orStart || orEnd) && negated) throw new TokenPatternError(`negates "^" or "$" in "${spec}"`);
  const test = anyOf(parts);
  return { kind: 'word', test, optional, negated, literals: orStart || orEnd ? null : literals, mask: combinedMask(parts), punct, orStart, orEnd };
}

export function compileTokenPattern(source: string, scope: ClassScope): TokenPattern {
  const specs = source.trim().split(/\s+/);
  const before: Item[] = [];
  const span: Item[] = [];
  const after: Item[] = [];
  let state: 'before' | 'span' | 'after' = 'before';
  for (let spec of specs) {
    if (spec.startsWith('[')) {
      if (state !== 'before') throw new TokenPatternError('has more than one "[" span');
      state = 'span';
      spec = spec.slice(1);
    }
    let closes = false;
    if (spec.endsWith(']')) {
      if (state !== 'span') throw new TokenPatternError('has a "]" without its "["');
      closes = true;
      spec = spec.slice(0, -1);
    }
    if (spec) {
      const item = parseItem(spec, scope);
      const list = state === 'before' ? before : state === 'span' ? span : after;
      if (state === 'span' && (item.kind !== 'word' || item.optional || item.negated)) {
        throw new TokenPatternError(`has "${spec}" inside the [span]: the span holds required words only`);
      }
      list.push(item);
    }
    if (closes) state = 'after';
  }
  if (state !== 'after' || span.length === 0) throw new TokenPatternError('needs one [span] of words (the words the fix replaces)');
  const first = span[0];
  const backward = [...before].reverse();
  // The first word must pass its own test only when nothing else can stand for it (see gateOf).
  const firstTags = isPlainWord(first) ? first.mask : null;
  return { source, before, span, after, keys: first.kind === 'word' ? first.literals : null, backward, forward: [...span, ...after], gate: gateOf(first, backward[0]), firstTags };
}

/** A word item that only a word passing its test can fill: no punctuation, sentence start or end stands for it. */
function isPlainWord(item: Item): item is Extract<Item, { kind: 'word' }> {
  return item.kind === 'word' && !item.punct.length && !item.orStart && !item.orEnd;
}

/**
 * What `matchAt` would check first, without its general machinery: the span's first word (required, see
 * above), and the item just before the span when it is required and simple (a fixed word, a punctuation
 * mark, the start of a sentence).
 */
function gateOf(first: Item, previous: Item | undefined): (tokens: Token[], at: number) => boolean {
  const firstTest = isPlainWord(first) ? first.test : undefined;
  const opens = (tokens: Token[], at: number) => !firstTest || (tokens[at]?.word === true && firstTest(tokens[at]));
  if (previous?.kind === 'start') return (tokens, at) => opens(tokens, at) && atStart(tokens, at);
  if (previous?.kind === 'punct' && !previous.optional) {
    const marks = previous.text;
    return (tokens, at) => opens(tokens, at) && at > 0 && !tokens[at - 1].word && marks.includes(tokens[at - 1].text);
  }
  if (previous?.kind === 'word' && previous.literals && !previous.optional && !previous.negated && !previous.orStart && !previous.orEnd && !previous.punct.length) {
    const words = new Set(previous.literals);
    return (tokens, at) => opens(tokens, at) && at > 0 && tokens[at - 1].word && words.has(normalOf(tokens[at - 1]));
  }
  return opens;
}

/**
 * Matches the pattern with its span starting at token `at`; returns the index after the span's last
 * token, or -1. Items before the span are matched backwards from `at`, the rest forwards.
 */
export function matchAt(pattern: TokenPattern, tokens: Token[], at: number): number {
  if (!pattern.gate(tokens, at)) return -1;
  // The words before the span are tried first: they are mostly plain words, a cheap way to fail.
  if (!run(pattern.backward, 0, at, tokens, -1, () => undefined)) return -1;
  let spanEnd = -1;
  const spanLength = pattern.span.length;
  const ok = run(pattern.forward, 0, at, tokens, 1, (i, b) => {
    if (i === spanLength) spanEnd = b;
  });
  return ok ? spanEnd : -1;
}

/**
 * Matches items[i..] from boundary b (between tokens b-1 and b) in direction dir; `mark` is told each
 * (item index, boundary) reached on the way, so the caller can record where the span ends.
 */
function run(items: Item[], i: number, b: number, tokens: Token[], dir: 1 | -1, mark: (i: number, b: number) => void): boolean {
  mark(i, b);
  if (i === items.length) return true;
  const item = items[i];
  const next = dir === 1 ? tokens[b] : tokens[b - 1];
  const step = (to: number) => run(items, i + 1, to, tokens, dir, mark);
  switch (item.kind) {
    case 'start':
      return atStart(tokens, b) && step(b);
    case 'end':
      return atEnd(tokens, b) && step(b);
    case 'gap': {
      let to = b;
      for (let n = 0; n <= item.max; n++) {
        if (step(to)) return true;
        const t = dir === 1 ? tokens[to] : tokens[to - 1];
        if (!t || !t.word) return false;
        to += dir;
      }
      return false;
    }
    case 'punct':
      if (next && !next.word && item.text.includes(next.text)) return step(b + dir);
      return item.optional && step(b);
    case 'word': {
      // A line break inside a paragraph is a space: wrapped lines are one sentence.
      if (item.negated) {
        if (next?.word && item.test(next)) return false;
        return next?.word ? step(b + dir) : step(b);
      }
      if (next?.word && item.test(next) && step(b + dir)) return true;
      if (next && !next.word && item.punct.includes(next.text) && step(b + dir)) return true;
      if ((item.orStart && atStart(tokens, b)) || (item.orEnd && atEnd(tokens, b))) return step(b);
      return item.optional && step(b);
    }
  }
}

function atStart(tokens: Token[], b: number): boolean {
  return tokens[b]?.word === true && tokens[b].sentenceStart;
}

function atEnd(tokens: Token[], b: number): boolean {
  const after = tokens[b];
  return !after || (!after.word && CLAUSE_END.has(after.text));
}
