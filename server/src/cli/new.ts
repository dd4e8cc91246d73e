/** `followup new`: renders a draft from the bundled templates. (Filled in by the templates work.) */
import type { Io } from './io';

export function runNew(_argv: readonly string[], io: Io): number {
  io.error('"followup new" is not available yet.');
  return 2;
}
