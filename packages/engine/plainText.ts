/**
 * A draft as the email a user pastes into any mail client: the subject from the front matter, and the body
 * as plain text (front matter and control comments removed, Markdown rendered to text, each paragraph on one
 * line so the mail client wraps it, links kept as "text (address)").
 */
import type { List, Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { defuseMarkdown } from './markdownGuard';
import { parseFrontMatter } from './frontmatter';

export interface PlainEmail {
  to?: string;
  subject?: string;
  body: string;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export function toPlainEmail(text: string): PlainEmail {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fm = parseFrontMatter(clean);
  const field = (name: string) => {
    const value = fm?.fields.get(name)?.text.trim();
    return value ? value : undefined;
  };
  const tree = processor.parse(defuseMarkdown(clean, fm?.closed ? fm.end : 0)) as Root;
  const blocks = tree.children.map((node) => block(node as Nodes)).filter((b) => b.trim() !== '');
  return { to: field('to'), subject: field('subject'), body: blocks.join('\n\n').replace(/[ \t]+$/gm, '') + '\n' };
}

function block(node: Nodes): string {
  switch (node.type) {
    case 'yaml':
    case 'html':
    case 'definition':
    case 'thematicBreak':
      return '';
    case 'paragraph':
    case 'heading':
      return keepShortLines(inline(node)).trim();
    case 'code':
      return node.value;
    case 'blockquote':
      return node.children.map((c) => block(c as Nodes)).filter(Boolean).join('\n\n').replace(/^/gm, '> ');
    case 'list':
      return list(node);
    default:
      return 'children' in node ? (node.children as Nodes[]).map(block).filter(Boolean).join('\n\n') : '';
  }
}

const SOFT_BREAK = '\u0000';

/**
 * Soft line breaks in prose become spaces, since the mail client wraps lines itself; but a sign-off, a
 * signature or an address keeps its lines: a break stays after a comma or colon, and in a paragraph whose
 * lines are all short.
 */
function keepShortLines(text: string): string {
  const lines = text.split(SOFT_BREAK).map((line, i, all) => (i < all.length - 1 ? line.trimEnd() : line));
  const short = lines.every((l) => l.length < 50);
  return lines.reduce((out, line, i) => (i === 0 ? line : out + (short || /[,:]$/.test(out) ? '\n' : ' ') + line), '');
}

function list(node: List): string {
  return node.children
    .map((item, i) => {
      const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
      const content = item.children.map((c) => block(c as Nodes)).filter(Boolean).join('\n');
      return marker + content.replace(/\n/g, '\n' + ' '.repeat(marker.length));
    })
    .join('\n');
}

function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/[ \t]*\r?\n[ \t]*/g, SOFT_BREAK);
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      return '';
    case 'image':
      return node.alt ? `${node.alt} (${node.url})` : node.url;
    case 'link': {
      const label = node.children.map(inline).join('');
      const bare = node.url.replace(/^mailto:/, '');
      return !label || label === node.url || label === bare ? bare : `${label} (${node.url})`;
    }
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
  }
}

/** A `mailto:` link with recipient, subject and body, for "Open in Mail Client". */
export function mailtoLink(email: PlainEmail): string {
  const params: string[] = [];
  if (email.subject) params.push(`subject=${encodeURIComponent(email.subject)}`);
  params.push(`body=${encodeURIComponent(email.body.replace(/\n/g, '\r\n'))}`);
  return `mailto:${email.to ? encodeURIComponent(email.to).replace(/%40/g, '@') : ''}?${params.join('&')}`;
}
