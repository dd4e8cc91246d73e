/**
 * Ignored values of a `.followup.json` as diagnostics on that file: one per value, on its key, saying the
 * setting's range and the value used instead (engine/settings.ts builds the messages).
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser/lib/esm/main.js'; // the ESM build, as in workspaceDictionary.ts
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { SettingsProblem } from '../../packages/engine/settings';
import { SourceText } from '../../packages/engine/source';

export const CONFIG_RULE = 'config/invalid-setting';

export function configDiagnostics(text: string, problems: readonly SettingsProblem[]): Diagnostic[] {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const bom = clean.length === text.length ? 0 : 1;
  const root = parseTree(clean, [], { allowTrailingComma: true });
  const source = new SourceText(text);
  return problems.map((problem) => {
    const node = root && keyNode(root, problem.key);
    const start = node ? node.offset + bom : 0;
    const end = node ? start + node.length : 0;
    return {
      range: source.rangeOf(start, end),
      severity: DiagnosticSeverity.Warning,
      source: 'followup',
      code: CONFIG_RULE,
      message: problem.message,
    };
  });
}

/** The key node of `a` or `a.b` (the first dot only: rule ids hold slashes, not dots), else undefined. */
function keyNode(root: Node, key: string): Node | undefined {
  if (!key) return undefined;
  const dot = key.indexOf('.');
  const paths = dot > 0 ? [[key.slice(0, dot), key.slice(dot + 1)], [key.slice(0, dot)]] : [[key]];
  for (const path of paths) {
    const value = findNodeAtLocation(root, path);
    const property = value?.parent;
    if (property?.type === 'property' && property.children?.[0]) return property.children[0];
  }
  return undefined;
}
