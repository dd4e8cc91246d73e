/**
 * Spelling suggestions for a code action, computed only when asked (they are too slow for every
 * keystroke): the one place the server gets them, from the spelling module's `suggestSpelling`.
 */
import type { Dialect } from '../../packages/engine/settings';
import { DIALECTS } from '../../packages/engine/settings';
import { suggestSpelling } from '../../packages/engine/spelling/suggest';

export function spellingSuggestions(word: string, dialect: string, fallbackDialect: Dialect): string[] {
  const known = DIALECTS.includes(dialect as Dialect) ? (dialect as Dialect) : fallbackDialect;
  return suggestSpelling(word, known);
}
