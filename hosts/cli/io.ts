/** The CLI's terminal: output, errors, progress and whether to colour. */
import { printable } from './printable';

export interface Io {
  out(text: string): void;
  error(line: string): void;
  /** A transient status line on stderr; an empty string clears it. */
  progress(line: string): void;
  colour: boolean;
  stderrIsTTY: boolean;
}

export function processIo(): Io {
  const colour = !!process.stdout.isTTY && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '') && process.env.TERM !== 'dumb';
  return {
    out: (text) => process.stdout.write(text),
    error: (line) => process.stderr.write(`followup: ${printable(line)}\n`),
    progress: (line) => process.stderr.write(`\r\u001b[2K${line}`),
    colour,
    stderrIsTTY: !!process.stderr.isTTY,
  };
}
