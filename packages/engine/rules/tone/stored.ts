/**
 * The compiled tone rules as plain data, so that the build can compile them once (scripts/build.mjs stores
 * them in the bundle) and the server's first check only rebuilds the regular expressions from their
 * sources: compiling the pattern language took about a third of the first check. From the TypeScript
 * sources (tests) nothing is stored and the rules are compiled on first use, as before.
 *
 * A phrase is shared by `compiled`, `byFirstWord` and `anywhere`; it is stored once and referred to by its
 * index in `compiled`. Stacked markers and cue groups are phrase rules of their own, stored the same way.
 */
import type { CompiledPhrase, CompiledRule } from './data';

type StoredRegExp = [source: string, flags: string];

interface StoredPhrase extends Omit<CompiledPhrase, 'regex' | 'noFixRegex' | 'noFixAheadRegex' | 'secondWords'> {
  regex: StoredRegExp;
  secondWords?: Array<[first: string, seconds: string[]]>;
  noFixRegex?: StoredRegExp;
  noFixAheadRegex?: StoredRegExp;
}

type CueRule = CompiledRule['cueRules'][number];

export interface StoredRule extends Omit<CompiledRule, 'compiled' | 'byFirstWord' | 'anywhere' | 'stack' | 'cueRules'> {
  compiled: StoredPhrase[];
  byFirstWord: Array<[key: string, phrases: number[]]>;
  anywhere: Array<[phrase: number, regex: StoredRegExp]>;
  stack?: { spec: NonNullable<CompiledRule['stack']>['spec']; markers: StoredRule };
  cueRules: Array<{ spec: CueRule['spec']; groups: StoredRule[]; unless?: StoredRule }>;
}

const storeRegExp = (regex: RegExp): StoredRegExp => [regex.source, regex.flags];

export function storeRule(rule: CompiledRule): StoredRule {
  const index = new Map(rule.compiled.map((phrase, i) => [phrase, i]));
  const { compiled, byFirstWord, anywhere, stack, cueRules, ...rest } = rule;
  return {
    ...rest,
    cueRules: cueRules.map(({ spec, groups, unless }) => ({ spec, groups: groups.map(storeRule), ...(unless ? { unless: storeRule(unless) } : {}) })),
    compiled: compiled.map(({ regex, noFixRegex, noFixAheadRegex, secondWords, ...phrase }) => ({
      ...phrase,
      regex: storeRegExp(regex),
      ...(secondWords ? { secondWords: [...secondWords].map(([first, seconds]) => [first, [...seconds]]) } : {}),
      ...(noFixRegex ? { noFixRegex: storeRegExp(noFixRegex) } : {}),
      ...(noFixAheadRegex ? { noFixAheadRegex: storeRegExp(noFixAheadRegex) } : {}),
    })),
    byFirstWord: [...byFirstWord].map(([key, phrases]) => [key, phrases.map((p) => index.get(p)!)]),
    anywhere: anywhere.map(({ phrase, regex }) => [index.get(phrase)!, storeRegExp(regex)]),
    ...(stack ? { stack: { spec: stack.spec, markers: storeRule(stack.markers) } } : {}),
  };
}

const revive = ([source, flags]: StoredRegExp) => new RegExp(source, flags);

export function reviveRule(stored: StoredRule): CompiledRule {
  const { compiled: storedPhrases, byFirstWord, anywhere, stack, cueRules, ...rest } = stored;
  const compiled: CompiledPhrase[] = storedPhrases.map(({ regex, noFixRegex, noFixAheadRegex, secondWords, ...phrase }) => ({
    ...phrase,
    regex: revive(regex),
    ...(secondWords ? { secondWords: new Map(secondWords.map(([first, seconds]) => [first, new Set(seconds)])) } : {}),
    ...(noFixRegex ? { noFixRegex: revive(noFixRegex) } : {}),
    ...(noFixAheadRegex ? { noFixAheadRegex: revive(noFixAheadRegex) } : {}),
  }));
  return {
    ...rest,
    cueRules: cueRules.map(({ spec, groups, unless }) => ({ spec, groups: groups.map(reviveRule), ...(unless ? { unless: reviveRule(unless) } : {}) })),
    compiled,
    byFirstWord: new Map(byFirstWord.map(([key, phrases]) => [key, phrases.map((i) => compiled[i])])),
    anywhere: anywhere.map(([i, regex]) => ({ phrase: compiled[i], regex: revive(regex) })),
    ...(stack ? { stack: { spec: stack.spec, markers: reviveRule(stack.markers) } } : {}),
  };
}
