/**
 * YAML errors in the words of someone writing an email: the parser's message for the mistakes people
 * actually make in front matter (a colon in a value, a missing colon, a duplicate field, tabs, an
 * unclosed quote) becomes what went wrong and how to write it instead, with the exact fix where it is
 * certain. Anything else keeps the parser's message.
 */
import type { Field, FrontMatter, FrontMatterError } from '../frontmatter';

export interface ExplainedError {
  start: number;
  end: number;
  message: string;
  suggestions?: string[];
}

interface Explainer {
  /** Matches the parser's message. */
  pattern: RegExp;
  explain(error: FrontMatterError, fm: FrontMatter, text: string, match: RegExpExecArray): ExplainedError | undefined;
}

const EXPLAINERS: Explainer[] = [
  {
    pattern: /Map keys must be unique/,
    explain(error, fm, text) {
      const field = fieldWithKeyAt(fm, error.start);
      const first = field && fm.fields.get(field.key);
      if (!field || !first || first === field) return undefined;
      return {
        start: field.keyStart,
        end: field.keyEnd,
        message: `"${field.key}" appears twice in the front matter (first on line ${lineOf(text, first.keyStart)}): keep one of the two lines.`,
      };
    },
  },
  {
    pattern: /Nested mappings are not allowed in compact mappings/,
    explain(error, fm, text) {
      const field = fieldAt(fm, error.start);
      if (!field) return undefined;
      const [start, end] = firstLine(text, field.valueStart);
      const value = text.slice(start, end).trim();
      return {
        start,
        end: start + value.length,
        message: `The value of "${field.key}" contains ": ", which YAML reads as the start of another field: put the whole value in quotes, like ${field.key}: ${quote(value)}.`,
        suggestions: [quote(value)],
      };
    },
  },
  {
    pattern: /Plain value cannot start with reserved character (\S)/,
    explain(error, fm, text, match) {
      const field = fieldAt(fm, error.start);
      if (!field) return undefined;
      const [start, end] = firstLine(text, field.valueStart);
      const value = text.slice(start, end).trim();
      return {
        start,
        end: start + value.length,
        message: `A value cannot start with "${match[1]}" unless it is in quotes: write ${field.key}: ${quote(value)}.`,
        suggestions: [quote(value)],
      };
    },
  },
  {
    pattern: /Missing closing (["'])quote/,
    explain(_error, fm, text, match) {
      const field = fm.order.find((f) => text[f.valueStart] === match[1]);
      if (!field) return undefined;
      const [start, end] = firstLine(text, field.valueStart);
      const value = text.slice(start, end).trimEnd();
      return {
        start,
        end: start + value.length,
        message: `This value opens a quote (${match[1]}) that is never closed: add ${match[1]} at the end of the value.`,
        suggestions: value.length > 1 ? [value + match[1]] : undefined,
      };
    },
  },
  {
    pattern: /Flow (?:sequence|map) .*end with an? ([\]}])/,
    explain(error, fm, text, match) {
      const open = match[1] === ']' ? '[' : '{';
      const field = [...fm.order].reverse().find((f) => f.valueStart <= error.start && text[f.valueStart] === open);
      if (!field) return undefined;
      const [start, end] = firstLine(text, field.valueStart);
      const value = text.slice(start, end).trim();
      const kind = open === '[' ? 'a list' : 'a map';
      return {
        start,
        end: start + value.length,
        message: `This value starts with "${open}", so YAML reads it as ${kind} that is never closed: remove the "${open}", or put the whole value in quotes, like ${field.key}: ${quote(value)}.`,
        suggestions: [value.slice(1).trim(), quote(value)].filter((v) => v && v !== '""'),
      };
    },
  },
  {
    pattern: /Implicit keys need to be on a single line|Implicit map keys need to be followed by map values/,
    explain(error, _fm, text) {
      const [start, end] = firstLine(text, error.start);
      const line = text.slice(start, end);
      const indent = line.length - line.trimStart().length;
      return {
        start: start + indent,
        end: start + line.trimEnd().length,
        message: 'This line is not a "name: value" field: add a colon after the field name (like "company: Hartley & Finch LLP"), or remove the line.',
      };
    },
  },
  {
    pattern: /Tabs are not allowed/,
    explain(error) {
      return {
        start: error.start,
        end: error.end,
        message: 'The front matter is indented with a tab, which YAML does not allow: start every field at the beginning of its line.',
      };
    },
  },
  {
    pattern: /must start at the same column|bad indentation|Unexpected scalar at node end|Unexpected map-value-ind/i,
    explain(error) {
      return {
        start: error.start,
        end: error.end,
        message: `${error.message.replace(/\. Write each field.*$/, '')}. Start every field at the beginning of its line, as "name: value", and quote values that contain ": ".`,
      };
    },
  },
];

export function explainYamlError(error: FrontMatterError, fm: FrontMatter, text: string): ExplainedError {
  for (const explainer of EXPLAINERS) {
    const match = explainer.pattern.exec(error.message);
    if (!match) continue;
    const explained = explainer.explain(error, fm, text, match);
    if (explained && explained.end > explained.start) return explained;
  }
  return { start: error.start, end: error.end, message: error.message };
}

function fieldAt(fm: FrontMatter, offset: number): Field | undefined {
  return fm.order.find((f) => f.valueStart <= offset && offset <= Math.max(f.valueEnd, f.valueStart));
}

/** The rest of the line from `offset`: [offset, end of line). */
function firstLine(text: string, offset: number): [number, number] {
  const newline = text.slice(offset).search(/[\r\n]/);
  return [offset, newline < 0 ? text.length : offset + newline];
}

/** The field whose key covers `offset`. The fields are in source order: a binary search, as a front matter of 10,000 duplicated keys has 10,000 errors. */
function fieldWithKeyAt(fm: FrontMatter, offset: number): Field | undefined {
  let low = 0;
  let high = fm.order.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const field = fm.order[middle];
    if (offset < field.keyStart) high = middle - 1;
    else if (offset >= field.keyEnd) low = middle + 1;
    else return field;
  }
  return undefined;
}

/** Where each line starts, for the last text asked about (every error of one check asks about the same text). */
let lineStarts: { text: string; starts: number[] } | undefined;

function lineOf(text: string, offset: number): number {
  if (lineStarts?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStarts = { text, starts };
  }
  const { starts } = lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** A YAML double-quoted scalar for `value`. */
function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
