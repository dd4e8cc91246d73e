/**
 * The `followup` settings wherever a client puts them. Clients differ: VS Code answers
 * `workspace/configuration`; Neovim 0.7 neither declares that nor sends didChangeConfiguration by itself,
 * so its users pass `init_options`; others push didChangeConfiguration. And each may nest the section
 * under `followup` or give its keys directly. Accepted forms, for initializationOptions and for the
 * `settings` of didChangeConfiguration alike:
 *   { followup: { dialect, rules, ... } }          the section, nested
 *   { dialect, rules, ... }                         the section's keys directly (flat)
 *   { settings: <either form above> }               initializationOptions only (the documented field)
 */
import { SETTING_KEYS } from '../../packages/engine/settings';
import { SETTINGS_SECTION } from './protocol';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The `followup` section in a settings value, or undefined when it carries none (null: VS Code's
 * "ask me with workspace/configuration"; an object of other servers' sections).
 */
export function followupSection(value: unknown): unknown {
  if (!isObject(value)) return undefined;
  if (SETTINGS_SECTION in value) return value[SETTINGS_SECTION];
  const flat = Object.entries(value).filter(([key]) => (SETTING_KEYS as readonly string[]).includes(key));
  return flat.length ? Object.fromEntries(flat) : undefined;
}

/** The `followup` settings in initializationOptions, in any accepted form; undefined when there are none. */
export function initializationSettings(options: unknown): unknown {
  if (!isObject(options)) return undefined;
  if (options.settings !== undefined) {
    const section = followupSection(options.settings);
    // `settings: {}` (or with only other sections) is an explicit "nothing": the defaults.
    return section ?? (isObject(options.settings) ? {} : undefined);
  }
  return followupSection(options);
}
