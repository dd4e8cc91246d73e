/**
 * Markdown snippets generated from the bundled templates (`npm run snippets` writes
 * `snippets/markdown.json`; a test fails when the file and the templates drift apart): one snippet per
 * kind, one for the front matter, one for the sign-off. Placeholders become tab stops, `{{cursor}}` the
 * final cursor position, and dates default to today.
 */
import { KINDS, KIND_LABELS, type Kind } from '../../../packages/engine/kinds';
import { BUNDLED_TEMPLATES } from './catalogue';
import { inputSpec, SNIPPET_DESCRIPTIONS } from '../../../packages/engine/inputs';
import { CURSOR, PLACEHOLDER, splitFrontMatter } from './render';

export interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

const TODAY = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';

/** The text a tab stop starts with: the input's label, today for dates, a description for the rest. */
const DEFAULTS: Record<string, string> = {
  interview_date: TODAY,
  send_date: TODAY,
  reply_deadline: TODAY,
  offer_deadline: TODAY,
  ...SNIPPET_DESCRIPTIONS,
};

function defaultText(name: string): string {
  return DEFAULTS[name] ?? escapeDefault(inputSpec(name)?.label ?? name.replace(/_/g, ' '));
}

/** Literal snippet text: `$`, `}` and `\` have meanings in snippet syntax. */
function escapeText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function escapeDefault(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Template text to snippet text: each placeholder a numbered tab stop (repeats mirror the first). */
export function toSnippetBody(template: string): string[] {
  const numbers = new Map<string, number>();
  let out = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    out += escapeText(template.slice(last, m.index));
    last = m.index! + m[0].length;
    const name = m[1];
    if (name === CURSOR) {
      out += '$0';
      continue;
    }
    const known = numbers.get(name);
    if (known !== undefined) {
      out += `$${known}`;
      continue;
    }
    const n = numbers.size + 1;
    numbers.set(name, n);
    out += `\${${n}:${defaultText(name)}}`;
  }
  out += escapeText(template.slice(last));
  return out.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
}

function title(kind: Kind): string {
  const label = KIND_LABELS[kind];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Front-matter fields most templates have, in order of first appearance (the kind snippets have the rest). */
function frontMatterKeys(): string[] {
  const counts = new Map<string, number>();
  for (const kind of KINDS) {
    const { frontMatter = '' } = splitFrontMatter(BUNDLED_TEMPLATES[kind]);
    for (const m of frontMatter.matchAll(/^([A-Za-z_][\w-]*):/gm)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > KINDS.length / 2).map(([key]) => key);
}

/** The sign-offs the templates use: the closing phrase before `{{sender}}`. */
function signOffs(): string[] {
  const phrases: string[] = [];
  for (const kind of KINDS) {
    const m = /^(.+),\r?\n\{\{\s*sender\s*\}\}\s*$/m.exec(BUNDLED_TEMPLATES[kind]);
    if (m && !phrases.includes(m[1])) phrases.push(m[1]);
  }
  return phrases;
}

export function buildSnippets(): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = {};
  for (const kind of KINDS) {
    snippets[`Follow-Up: ${title(kind)}`] = {
      prefix: `followup-${kind}`,
      body: toSnippetBody(BUNDLED_TEMPLATES[kind]),
      description: `A new ${KIND_LABELS[kind]}: front matter and body from the bundled template.`,
    };
  }
  const fields = frontMatterKeys().map((key, i) =>
    key === 'kind' ? `kind: \${${i + 1}|${KINDS.join(',')}|}` : `${key}: \${${i + 1}:${defaultText(key)}}`,
  );
  snippets['Follow-Up: Front Matter'] = {
    prefix: 'followup-front-matter',
    body: ['---', ...fields, '---', '', '$0'],
    description: 'Front matter that makes a Markdown file a follow-up draft.',
  };
  snippets['Follow-Up: Sign-Off'] = {
    prefix: 'followup-sign-off',
    body: [`\${1|${signOffs().map((s) => s.replace(/[,|\\$}]/g, (c) => `\\${c}`)).join(',')}|},`, `\${2:${defaultText('sender')}}`],
    description: 'A closing phrase and your name.',
  };
  return snippets;
}

/** The exact text of `snippets/markdown.json`. */
export function snippetsFileText(): string {
  return JSON.stringify(buildSnippets(), null, 2) + '\n';
}
