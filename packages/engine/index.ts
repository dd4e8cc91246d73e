/** The engine's public surface, shared by the CLI, the language server and the tests. */
export { check, type CheckInput, type CheckResult } from './check';
export type { Finding, FindingData, Report, Severity, SeveritySetting } from './finding';
export { SourceText, type Position, type Range } from './source';
export { defaultSettings, applySettings, type Settings, type Dialect, type SettingsProblem } from './settings';
export * from './dates';
export { KINDS, FIELDS, isKind, type Kind } from './kinds';
export { allRules, ruleMeta } from './rules';
export type { RuleMeta } from './rules/types';
export { suggestSpelling } from './spelling';
export { setLanguageDataSource, type LanguageDataSource } from './languageData';
