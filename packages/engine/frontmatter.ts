/**
 * Front matter: finds the `---` fences and parses the YAML between them with `yaml`, keeping the exact
 * source range of every key and value so findings can point at them.
 */
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Pair } from 'yaml';
import { LruCache } from './spelling/lru';

export interface Field {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** The parsed value (a string for scalars written as text). */
  value: unknown;
  /** The value as text: the scalar's string form, or the source text for other nodes. */
  text: string;
  /** Source range of the value; an empty value sits right after the colon. */
  valueStart: number;
  valueEnd: number;
  /** Whether the value was written in quotes. */
  quoted: boolean;
}

export interface FrontMatterError {
  message: string;
  start: number;
  end: number;
}

export interface FrontMatter {
  /** The whole block, fences included. */
  start: number;
  end: number;
  /** The YAML between the fences. */
  contentStart: number;
  contentEnd: number;
  fields: Map<string, Field>;
  /** Fields in source order, duplicates included. */
  order: Field[];
  errors: FrontMatterError[];
  /** Whether the closing fence was found. */
  closed: boolean;
}

/** Parsed front matter by its text (fences included); callers only read the result. */
const parsed = new LruCache<string, FrontMatter>(300_000, (block) => block.length);

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** Parses the front matter at the start of `text`, or returns undefined when there is none. */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const contentStart = open[0].length;
  CLOSE.lastIndex = 0;
  const rest = text.slice(contentStart);
  const close = CLOSE.exec(rest);
  if (!close) {
    const end = text.length;
    return {
      start: 0,
      end,
      contentStart,
      contentEnd: end,
      fields: new Map(),
      order: [],
      closed: false,
      errors: [
        {
          message: 'The front matter is never closed: add a line with three dashes (---) after the last field.',
          start: 0,
          end: 3,
        },
      ],
    };
  }
  const contentEnd = contentStart + close.index;
  const end = contentEnd + close[0].length;
  // A keystroke in the body leaves the front matter as it was: parse its YAML once, not on every check.
  const block = text.slice(0, end);
  const cached = parsed.get(block);
  if (cached) return cached;
  const fm: FrontMatter = { start: 0, end, contentStart, contentEnd, fields: new Map(), order: [], errors: [], closed: true };
  const yamlText = text.slice(contentStart, contentEnd);
  if (yamlText.trim()) readYaml(fm, yamlText);
  parsed.set(` ${block}`.slice(1), fm);
  return fm;
}

function readYaml(fm: FrontMatter, yamlText: string): void {
  const { contentStart } = fm;

  const lineCounter = new LineCounter();
  // Duplicate keys are found here in linear time: the parser's own check compares each key with every
  // earlier one (10,000 keys took seconds, 20,000 took tens of seconds).
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  for (const error of [...doc.errors, ...duplicateKeys(doc)].sort((a, b) => a.pos[0] - b.pos[0])) {
    const [s, e] = error.pos;
    fm.errors.push({
      message: yamlMessage(error.message),
      start: contentStart + Math.min(s, yamlText.length),
      end: contentStart + Math.min(Math.max(e, s + 1), yamlText.length),
    });
  }
  const contents = doc.contents;
  if (fm.errors.length === 0 && contents && !isMap(contents)) {
    const [s, e] = contents.range ?? [0, yamlText.length];
    fm.errors.push({
      message: 'The front matter must be a list of "field: value" lines, like "kind: thank-you".',
      start: contentStart + s,
      end: contentStart + Math.max(e, s + 1),
    });
  }
  if (isMap(contents)) {
    for (const pair of contents.items as Pair[]) {
      const field = toField(pair, yamlText, contentStart);
      if (!field) continue;
      fm.order.push(field);
      if (!fm.fields.has(field.key)) fm.fields.set(field.key, field);
    }
  }
}

/** A key that repeats an earlier key of the same map, as the parser's `uniqueKeys: true` reports it. */
function duplicateKeys(doc: Document): Array<{ pos: [number, number]; message: string }> {
  const found: Array<{ pos: [number, number]; message: string }> = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) {
          const start = pair.key.range?.[0] ?? 0;
          found.push({ pos: [start, start + 1], message: 'Map keys must be unique' });
        } else seen.add(pair.key.value);
      }
    },
  });
  return found;
}

function toField(pair: Pair, yamlText: string, base: number): Field | undefined {
  const key = pair.key;
  if (!isScalar(key) || !key.range) return undefined;
  const name = String(key.value);
  const keyStart = base + key.range[0];
  const keyEnd = base + key.range[1];
  const value = pair.value as { range?: [number, number, number]; toJSON?: () => unknown } | null;
  if (!value || !value.range) {
    // `key:` with nothing after it: an empty range just after the colon.
    const colon = yamlText.indexOf(':', key.range[1]);
    const at = base + (colon >= 0 ? colon + 1 : key.range[1]);
    return { key: name, keyStart, keyEnd, value: null, text: '', valueStart: at, valueEnd: at, quoted: false };
  }
  const [vs, ve] = value.range;
  const source = yamlText.slice(vs, ve);
  let parsed: unknown;
  let text: string;
  let quoted = false;
  if (isScalar(value)) {
    parsed = value.value;
    quoted = value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE';
    text = parsed === null || parsed === undefined ? '' : typeof parsed === 'string' ? parsed : source.trim();
  } else {
    parsed = value.toJSON ? value.toJSON() : source;
    text = source.trim();
  }
  return { key: name, keyStart, keyEnd, value: parsed, text, valueStart: base + vs, valueEnd: base + ve, quoted };
}

function yamlMessage(message: string): string {
  const first = message.split('\n')[0].replace(/\s+at line \d+, column \d+.*$/, '');
  return `The front matter is not valid YAML: ${first}. Write each field as "name: value" on its own line; quote values that contain ": " or start with a special character.`;
}
