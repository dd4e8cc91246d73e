/**
 * "Add 'WORD' to the workspace dictionary": adds the word to the `words` list of a `.followup.json`,
 * editing the text with jsonc-parser so the file keeps its other keys, indentation and line endings. The
 * host writes it (packages/node-host/workspaceDictionaryFile.ts on Node).
 */
import { applyEdits, modify, parseTree, findNodeAtLocation, type Node as JsonNode, type ParseError } from 'jsonc-parser/lib/esm/main.js'; // the ESM build: esbuild cannot bundle the UMD one's dynamic requires

export type AddWordResult = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

function detectIndent(text: string): { insertSpaces: boolean; tabSize: number } {
  const m = /^([ \t]+)\S/m.exec(text);
  if (!m) return { insertSpaces: true, tabSize: 2 };
  if (m[1].startsWith('\t')) return { insertSpaces: false, tabSize: 1 };
  return { insertSpaces: true, tabSize: m[1].length };
}

/** The config text with `word` added to `words` (creating the key or the whole object as needed). */
export function addWordToConfigText(text: string, word: string): AddWordResult {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const source = text.trim() ? text : '{}' + eol;
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || !root || root.type !== 'object') {
    return { ok: false, reason: 'it is not valid JSON (or not a JSON object). Fix the file first, then add the word again.' };
  }
  const words = findNodeAtLocation(root, ['words']);
  let path: (string | number)[];
  let value: unknown;
  if (!words) {
    path = ['words'];
    value = [word];
  } else if (words.type === 'array') {
    const children = words.children ?? [];
    if (children.some((n) => n.value === word)) return { ok: true, text, changed: false };
    if (children.length >= 2) return { ok: true, text: appendLikeTheLast(source, children[children.length - 2], children[children.length - 1], word), changed: true };
    path = ['words', children.length];
    value = word;
  } else {
    return { ok: false, reason: '"words" in it is not a list. Make it a list of strings, like ["Hartley"], first.' };
  }
  const edits = modify(source, path, value, { formattingOptions: { ...detectIndent(source), eol }, isArrayInsertion: path.length === 2 });
  let result = applyEdits(source, edits);
  if (!result.endsWith('\n') && text.endsWith('\n')) result += eol;
  return { ok: true, text: result, changed: true };
}

/**
 * Appends after the last element with the same separator as between the last two (`, ` or a line break
 * and its indentation): linear in the file, where jsonc-parser's formatter is quadratic on a long list
 * (20,000 words on one line: 21 s).
 */
function appendLikeTheLast(source: string, previous: JsonNode, last: JsonNode, word: string): string {
  const end = last.offset + last.length;
  const separator = source.slice(previous.offset + previous.length, last.offset);
  return source.slice(0, end) + separator + JSON.stringify(word) + source.slice(end);
}
