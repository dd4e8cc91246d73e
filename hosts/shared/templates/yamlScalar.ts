/**
 * Writes a string as a YAML scalar that parses back to exactly that string: plain when that is
 * unambiguous, double-quoted otherwise. A company called `Acme: {x: 1}` or `true`, or a value with a
 * newline or quotes, must never change the meaning of the front matter it is written into.
 */
import { parse } from 'yaml';

/** Letters, digits and the punctuation names use, never a YAML indicator at the start. */
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} .,'’&()/+-]*$/u;

/** Words YAML 1.1 readers take as booleans or null, even where YAML 1.2 reads text. */
const KEYWORD = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;

export function yamlScalar(value: string): string {
  if (PLAIN.test(value) && !KEYWORD.test(value) && !value.endsWith(' ') && !value.includes('  ') && parsesBack(value, value)) return value;
  // JSON strings are YAML double-quoted scalars: every control character and quote is escaped.
  return JSON.stringify(value);
}

/** Whether `key: <written>` reads back as `value` (a plain `2026` or `yes` may not). */
function parsesBack(written: string, value: string): boolean {
  try {
    return (parse(`v: ${written}`) as { v?: unknown } | null)?.v === value;
  } catch {
    return false;
  }
}
