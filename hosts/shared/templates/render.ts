/**
 * The one template renderer, shared by `followup new`, the editor commands and the snippets: values in,
 * draft text out. `{{name}}` is replaced by the value of `name`; a name without a value is left as it
 * is, so the `structure/placeholder` rule shows the user what is still to fill. `{{cursor}}` marks where
 * the user writes first: it is removed and its offset returned. No code is evaluated, and a value is
 * inserted once and never scanned again, so a value containing `{{...}}` stays literal text.
 */
import { yamlScalar } from './yamlScalar';

export type TemplateValues = Readonly<Record<string, string | undefined>>;

export interface Rendered {
  text: string;
  /** Offset in `text` where the cursor goes first. */
  cursor: number;
}

export interface RenderOptions {
  /**
   * Front-matter fields that may be left out: a line whose whole value is one placeholder without a
   * value is dropped instead of being written as a quoted placeholder.
   */
  optionalField?: (key: string) => boolean;
}

export const CURSOR = 'cursor';
export const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g;

const FENCE_OPEN = /^---[ \t]*\r?\n/;
const FENCE_CLOSE = /^---[ \t]*$/m;
const FIELD_LINE = /^([ \t]*[A-Za-z_][\w-]*[ \t]*:[ \t]*)(.*?)([ \t]*)$/;

/** The placeholder names a template uses, in order of first use, `cursor` left out. */
export function placeholdersIn(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) if (m[1] !== CURSOR && !names.includes(m[1])) names.push(m[1]);
  return names;
}

export function renderTemplate(template: string, values: TemplateValues, options: RenderOptions = {}): Rendered {
  const { frontMatter, body } = splitFrontMatter(template);
  const head = frontMatter === undefined ? '' : renderFrontMatter(frontMatter, values, options);
  let cursor = -1;
  let out = '';
  let last = 0;
  for (const m of body.matchAll(PLACEHOLDER)) {
    out += body.slice(last, m.index);
    last = m.index! + m[0].length;
    if (m[1] === CURSOR) {
      if (cursor < 0) cursor = head.length + out.length;
      continue;
    }
    const value = present(values[m[1]]);
    out += value === undefined ? m[0] : oneLine(value);
  }
  out += body.slice(last);
  const text = head + out;
  return { text, cursor: cursor >= 0 ? cursor : defaultCursor(text, head.length) };
}

function renderFrontMatter(block: string, values: TemplateValues, options: RenderOptions): string {
  const lines = block.split(/(?<=\n)/);
  const out: string[] = [];
  for (const line of lines) {
    const eol = /\r?\n$/.exec(line)?.[0] ?? '';
    const content = line.slice(0, line.length - eol.length);
    const field = FIELD_LINE.exec(content);
    if (!field || !field[2].includes('{{')) {
      out.push(line.replace(/\{\{\s*cursor\s*\}\}/g, ''));
      continue;
    }
    const [, keyPart, raw] = field;
    const key = keyPart.trim().replace(/[ \t]*:$/, '');
    const only = /^\{\{\s*([A-Za-z_][\w-]*)\s*\}\}$/.exec(raw);
    if (only && present(values[only[1]]) === undefined && options.optionalField?.(key)) continue;
    const value = raw.replace(new RegExp(PLACEHOLDER.source, 'g'), (whole, name: string) =>
      name === CURSOR ? '' : (present(values[name]) ?? whole),
    );
    out.push(keyPart + yamlScalar(value) + eol);
  }
  return out.join('');
}

/** Splits `---` front matter (fences included) from the rest. */
export function splitFrontMatter(template: string): { frontMatter?: string; body: string } {
  const open = FENCE_OPEN.exec(template);
  if (!open) return { body: template };
  const rest = template.slice(open[0].length);
  const close = FENCE_CLOSE.exec(rest);
  if (!close) return { body: template };
  const end = open[0].length + close.index + close[0].length;
  return { frontMatter: template.slice(0, end), body: template.slice(end) };
}

function present(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

/** In the body a value is one line: a pasted line break would split the sentence it sits in. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Without a marker: the start of the first non-blank body line after the greeting, else the body. */
function defaultCursor(text: string, bodyStart: number): number {
  const body = text.slice(bodyStart);
  const lines = [...body.matchAll(/^.*\S.*$/gm)];
  const target = lines.length > 1 && /^\s*(?:dear|hello|hi)\b/i.test(lines[0][0]) ? lines[1] : lines[0];
  return target ? bodyStart + target.index! : text.length;
}
