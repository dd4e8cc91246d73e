/**
 * `.followup.json` as text: its name and how its JSON is parsed, with a line and column on error. No file
 * access here, so every host (the CLI and server on Node, the browser extension) parses it the same way.
 */

export const CONFIG_FILE_NAME = '.followup.json';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** Parses the JSON text of a config file, with a line and column on error. */
export function parseConfigText(text: string, file: string): unknown {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!clean.trim()) return {};
  try {
    return JSON.parse(clean);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const offset = Number(at[1]);
      const before = clean.slice(0, offset).split(/\r?\n/);
      where = ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
    }
    const reason = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    throw new ConfigError(file, `not valid JSON${where} (${reason}). Fix the file, or delete it to use the defaults.`);
  }
}
