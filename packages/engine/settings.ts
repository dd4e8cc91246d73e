/**
 * Settings, normalised once at the edge. Rules receive a plain, complete `Settings` object and never
 * read raw configuration. Sources, weakest first: defaults, editor settings, `.followup.json`.
 */
import type { SeveritySetting } from './finding';
import { SEVERITIES } from './finding';
import { DEFAULT_EXCLUDE, MAX_EXCLUDE_PATTERN_LENGTH, MAX_EXCLUDE_PATTERNS } from './exclude';
import { KINDS, type Kind } from './kinds';

export type Dialect = 'en-US' | 'en-GB';
export const DIALECTS: readonly Dialect[] = ['en-US', 'en-GB'];

export interface Settings {
  dialect: Dialect;
  /** Words the user has added: never flagged as spelling mistakes. */
  words: string[];
  /** Severity overrides by rule id (`tone/hedging`) or category (`tone`). */
  rules: Record<string, SeveritySetting>;
  checkInWaitDays: number;
  thankYouWithinHours: number;
  wordLimits: Record<Kind, number>;
  linkedinNoteLimit: number;
  /** Check Markdown files that are not drafts (spelling, grammar and tone only). */
  checkAllMarkdown: boolean;
  /** Drafts larger than this many characters are not checked (notes: 10 times as many, see sizeLimit.ts); one info finding says why. */
  maxFileSize: number;
  /** The language server gives up on a check that runs longer than this (the file gets one info finding instead). */
  checkTimeoutSeconds: number;
  /** Globs of files and folders a directory walk leaves out (exclude.ts): the CLI's and the server's. */
  exclude: string[];
}

export const DEFAULT_WORD_LIMITS: Record<Kind, number> = {
  'check-in': 150,
  'thank-you': 250,
  'point-of-interest': 200,
  'other-offer': 200,
  'linkedin-heads-up': 120,
  'linkedin-request': 300,
};

export function defaultSettings(): Settings {
  return {
    dialect: 'en-GB',
    words: [],
    rules: {},
    checkInWaitDays: 4,
    thankYouWithinHours: 24,
    wordLimits: { ...DEFAULT_WORD_LIMITS },
    linkedinNoteLimit: 300,
    checkAllMarkdown: false,
    maxFileSize: 100_000,
    checkTimeoutSeconds: 5,
    exclude: [...DEFAULT_EXCLUDE],
  };
}

/** The keys `.followup.json` and the `followup.*` editor settings share. */
export const SETTING_KEYS = [
  'dialect',
  'words',
  'rules',
  'checkInWaitDays',
  'thankYouWithinHours',
  'wordLimits',
  'linkedinNoteLimit',
  'checkAllMarkdown',
  'maxFileSize',
  'checkTimeoutSeconds',
  'exclude',
] as const;

/** An entry of `words` longer than this is not a word; it is ignored with one problem. */
export const MAX_WORD_LENGTH = 100;

type RangedKey = 'checkInWaitDays' | 'thankYouWithinHours' | 'linkedinNoteLimit' | 'maxFileSize' | 'checkTimeoutSeconds';

export interface SettingRange {
  min: number;
  max: number;
  unit: string;
}

/**
 * The documented range of every number setting (docs/security.md): wide enough for any real use, narrow
 * enough that date arithmetic and sizes stay sane. A value outside it is one problem, and the weaker
 * source's value (the editor setting, else the default) is used.
 */
export const SETTING_RANGES: Record<RangedKey | 'wordLimits', SettingRange> = {
  checkInWaitDays: { min: 0, max: 365, unit: 'days' },
  thankYouWithinHours: { min: 0, max: 8760, unit: 'hours' },
  linkedinNoteLimit: { min: 1, max: 10_000, unit: 'characters' },
  maxFileSize: { min: 1000, max: 10_000_000, unit: 'characters' },
  checkTimeoutSeconds: { min: 1, max: 60, unit: 'seconds' },
  wordLimits: { min: 1, max: 10_000, unit: 'words' },
};

function inRange(value: unknown, range: SettingRange): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;
}

function describeRange(range: SettingRange): string {
  return `a whole number of ${range.unit} from ${range.min.toLocaleString('en')} to ${range.max.toLocaleString('en')}`;
}

/** A value as the message shows it: JSON, cut short (a hostile value can be megabytes). */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export interface SettingsProblem {
  key: string;
  message: string;
}

/**
 * Lays `raw` (parsed JSON or editor settings) over `base`. Values of the wrong shape are skipped and
 * reported, so one typo never disables the whole configuration.
 */
export function applySettings(base: Settings, raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const settings: Settings = { ...base, words: [...base.words], rules: { ...base.rules }, wordLimits: { ...base.wordLimits }, exclude: [...base.exclude] };
  const problems: SettingsProblem[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ key: '', message: 'the configuration must be a JSON object, like {"dialect": "en-GB"}' });
    return { settings, problems };
  }
  const r = raw as Record<string, unknown>;
  const problem = (key: string, message: string) => problems.push({ key, message });

  if (r.dialect !== undefined && r.dialect !== null) {
    if (DIALECTS.includes(r.dialect as Dialect)) settings.dialect = r.dialect as Dialect;
    else problem('dialect', `"dialect" must be "en-US" or "en-GB", not ${shown(r.dialect)}`);
  }
  if (r.words !== undefined && r.words !== null) {
    if (Array.isArray(r.words) && r.words.every((w) => typeof w === 'string')) {
      // A set, so a list of 150,000 words is merged in linear time, not quadratic.
      const known = new Set(settings.words);
      let tooLong = 0;
      for (const word of r.words as string[]) {
        const w = word.trim();
        if (w.length > MAX_WORD_LENGTH) tooLong++;
        else if (w && !known.has(w)) (known.add(w), settings.words.push(w));
      }
      if (tooLong) problem('words', `${tooLong} "words" ${tooLong === 1 ? 'is' : 'are'} longer than ${MAX_WORD_LENGTH} characters and ignored`);
    } else problem('words', '"words" must be a list of strings, like ["Hartley", "Finch"]');
  }
  if (r.rules !== undefined && r.rules !== null) {
    if (typeof r.rules === 'object' && !Array.isArray(r.rules)) {
      for (const [rule, value] of Object.entries(r.rules as Record<string, unknown>)) {
        if (value === 'off' || SEVERITIES.includes(value as never)) settings.rules[rule] = value as SeveritySetting;
        else if (value === false) settings.rules[rule] = 'off';
        else problem(`rules.${rule}`, `rule ${shown(rule)} must be set to "error", "warning", "info", "hint" or "off", not ${shown(value)}`);
      }
    } else problem('rules', '"rules" must be an object, like {"tone/hedging": "off"}');
  }
  const ranged = (key: RangedKey) => {
    const value = r[key];
    if (value === undefined || value === null) return;
    const range = SETTING_RANGES[key];
    if (inRange(value, range)) settings[key] = value as number;
    else problem(key, `"${key}" must be ${describeRange(range)}, not ${shown(value)}; using ${settings[key].toLocaleString('en')}`);
  };
  ranged('checkInWaitDays');
  ranged('thankYouWithinHours');
  ranged('linkedinNoteLimit');
  ranged('maxFileSize');
  ranged('checkTimeoutSeconds');
  if (r.wordLimits !== undefined && r.wordLimits !== null) {
    if (typeof r.wordLimits === 'object' && !Array.isArray(r.wordLimits)) {
      const range = SETTING_RANGES.wordLimits;
      for (const [kind, value] of Object.entries(r.wordLimits as Record<string, unknown>)) {
        if (!(KINDS as readonly string[]).includes(kind)) problem(`wordLimits.${kind}`, `"wordLimits" has no kind ${shown(kind)}; kinds are ${KINDS.join(', ')}`);
        else if (inRange(value, range)) settings.wordLimits[kind as Kind] = value as number;
        else problem(`wordLimits.${kind}`, `word limit for "${kind}" must be ${describeRange(range)}, not ${shown(value)}; using ${settings.wordLimits[kind as Kind]}`);
      }
    } else problem('wordLimits', '"wordLimits" must be an object, like {"check-in": 120}');
  }
  if (r.checkAllMarkdown !== undefined && r.checkAllMarkdown !== null) {
    if (typeof r.checkAllMarkdown === 'boolean') settings.checkAllMarkdown = r.checkAllMarkdown;
    else problem('checkAllMarkdown', '"checkAllMarkdown" must be true or false');
  }
  if (r.exclude !== undefined && r.exclude !== null) {
    // The list replaces the default (give [] to walk test folders too).
    if (Array.isArray(r.exclude) && r.exclude.every((p) => typeof p === 'string')) {
      const patterns = (r.exclude as string[]).map((p) => p.trim()).filter(Boolean);
      const tooLong = patterns.filter((p) => p.length > MAX_EXCLUDE_PATTERN_LENGTH).length;
      const kept = patterns.filter((p) => p.length <= MAX_EXCLUDE_PATTERN_LENGTH);
      if (tooLong) problem('exclude', `${tooLong} "exclude" pattern${tooLong === 1 ? ' is' : 's are'} longer than ${MAX_EXCLUDE_PATTERN_LENGTH} characters and ignored`);
      if (kept.length > MAX_EXCLUDE_PATTERNS) problem('exclude', `"exclude" has ${kept.length.toLocaleString('en')} patterns; the first ${MAX_EXCLUDE_PATTERNS} are used`);
      settings.exclude = kept.slice(0, MAX_EXCLUDE_PATTERNS);
    } else problem('exclude', '"exclude" must be a list of glob patterns, like ["archive", "old-drafts/**"]');
  }
  for (const key of Object.keys(r)) {
    if (!(SETTING_KEYS as readonly string[]).includes(key) && key !== '$schema' && key !== 'templatesFolder' && key !== 'draftsFolder') {
      problem(key, `unknown setting ${shown(key)}; known settings are ${SETTING_KEYS.join(', ')}`);
    }
  }
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS + 1;
    problems.splice(MAX_PROBLEMS - 1, problems.length, { key: '', message: `and ${more.toLocaleString('en')} more values like these, all ignored` });
  }
  return { settings, problems };
}

/** A hostile file can have 100,000 bad values: the first few are reported, then one line for the rest. */
const MAX_PROBLEMS = 10;

/** Effective severity of a rule: the rule's own setting, then its category's, then its default. */
export function severityFor(settings: Settings, rule: string, fallback: SeveritySetting): SeveritySetting {
  return settings.rules[rule] ?? settings.rules[rule.split('/')[0]] ?? fallback;
}
