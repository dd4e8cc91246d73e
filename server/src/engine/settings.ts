/**
 * Settings, normalised once at the edge. Rules receive a plain, complete `Settings` object and never
 * read raw configuration. Sources, weakest first: defaults, editor settings, `.followup.json`.
 */
import type { SeveritySetting } from './finding';
import { SEVERITIES } from './finding';
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
  /** Files larger than this many characters are not checked; one info finding says why. */
  maxFileSize: number;
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
    maxFileSize: 1_000_000,
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
] as const;

export interface SettingsProblem {
  key: string;
  message: string;
}

/**
 * Lays `raw` (parsed JSON or editor settings) over `base`. Values of the wrong shape are skipped and
 * reported, so one typo never disables the whole configuration.
 */
export function applySettings(base: Settings, raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const settings: Settings = { ...base, words: [...base.words], rules: { ...base.rules }, wordLimits: { ...base.wordLimits } };
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
    else problem('dialect', `"dialect" must be "en-US" or "en-GB", not ${JSON.stringify(r.dialect)}`);
  }
  if (r.words !== undefined && r.words !== null) {
    if (Array.isArray(r.words) && r.words.every((w) => typeof w === 'string')) {
      for (const w of r.words as string[]) if (w.trim() && !settings.words.includes(w.trim())) settings.words.push(w.trim());
    } else problem('words', '"words" must be a list of strings, like ["Hartley", "Finch"]');
  }
  if (r.rules !== undefined && r.rules !== null) {
    if (typeof r.rules === 'object' && !Array.isArray(r.rules)) {
      for (const [rule, value] of Object.entries(r.rules as Record<string, unknown>)) {
        if (value === 'off' || SEVERITIES.includes(value as never)) settings.rules[rule] = value as SeveritySetting;
        else if (value === false) settings.rules[rule] = 'off';
        else problem(`rules.${rule}`, `rule "${rule}" must be set to "error", "warning", "info", "hint" or "off", not ${JSON.stringify(value)}`);
      }
    } else problem('rules', '"rules" must be an object, like {"tone/hedging": "off"}');
  }
  const positive = (key: 'checkInWaitDays' | 'thankYouWithinHours' | 'linkedinNoteLimit' | 'maxFileSize', min: number) => {
    const value = r[key];
    if (value === undefined || value === null) return;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min) settings[key] = value;
    else problem(key, `"${key}" must be a number of at least ${min}, not ${JSON.stringify(value)}`);
  };
  positive('checkInWaitDays', 0);
  positive('thankYouWithinHours', 0);
  positive('linkedinNoteLimit', 1);
  positive('maxFileSize', 1000);
  if (r.wordLimits !== undefined && r.wordLimits !== null) {
    if (typeof r.wordLimits === 'object' && !Array.isArray(r.wordLimits)) {
      for (const [kind, value] of Object.entries(r.wordLimits as Record<string, unknown>)) {
        if (!(KINDS as readonly string[]).includes(kind)) problem(`wordLimits.${kind}`, `"wordLimits" has no kind "${kind}"; kinds are ${KINDS.join(', ')}`);
        else if (typeof value === 'number' && value > 0) settings.wordLimits[kind as Kind] = value;
        else problem(`wordLimits.${kind}`, `word limit for "${kind}" must be a positive number, not ${JSON.stringify(value)}`);
      }
    } else problem('wordLimits', '"wordLimits" must be an object, like {"check-in": 120}');
  }
  if (r.checkAllMarkdown !== undefined && r.checkAllMarkdown !== null) {
    if (typeof r.checkAllMarkdown === 'boolean') settings.checkAllMarkdown = r.checkAllMarkdown;
    else problem('checkAllMarkdown', '"checkAllMarkdown" must be true or false');
  }
  for (const key of Object.keys(r)) {
    if (!(SETTING_KEYS as readonly string[]).includes(key) && key !== '$schema' && key !== 'templatesFolder' && key !== 'draftsFolder') {
      problem(key, `unknown setting "${key}"; known settings are ${SETTING_KEYS.join(', ')}`);
    }
  }
  return { settings, problems };
}

/** Effective severity of a rule: the rule's own setting, then its category's, then its default. */
export function severityFor(settings: Settings, rule: string, fallback: SeveritySetting): SeveritySetting {
  return settings.rules[rule] ?? settings.rules[rule.split('/')[0]] ?? fallback;
}
