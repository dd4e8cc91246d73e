/**
 * Completion inside the front matter: field names with their meaning, kind values after `kind:`, the
 * dialects after `dialect:`, and today's date (plus the plan's suggested send date) for date fields.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { formatHuman, formatIsoDate, parseDateValue, type DateValue } from '../../packages/engine/dates';
import { FIELDS, fieldSpec, KIND_LABELS, KINDS } from '../../packages/engine/kinds';
import { SourceText } from '../../packages/engine/source';
import { DIALECTS } from '../../packages/engine/settings';
import { frontMatterOf } from './textEdits';
import type { ServerContext } from './serverContext';

export function frontMatterCompletions(input: {
  source: SourceText;
  position: Position;
  today: DateValue;
  /** A better send date from the draft's plan, offered first for send_date. */
  suggestedSendDate?: string;
}): CompletionItem[] {
  const { source, position } = input;
  const fm = frontMatterOf(source.text);
  if (!fm || position.line <= 0 || position.line >= source.lineCount) return [];
  const lineStart = source.lineStart(position.line);
  if (lineStart < fm.contentStart || lineStart > fm.contentEnd || (fm.closed && lineStart >= fm.contentEnd)) return [];
  const prefix = source.lineText(position.line).slice(0, position.character);
  const line = position.line;

  const name = /^([A-Za-z_]*)$/.exec(prefix);
  if (name) {
    const present = new Set([...fm.fields.keys()]);
    return FIELDS.filter((f) => !present.has(f.name) || f.name === name[1]).map((f, i) => ({
      label: f.name,
      kind: CompletionItemKind.Field,
      detail: f.meaning,
      documentation: f.requiredFor.length
        ? `Required for ${f.requiredFor.length === KINDS.length ? 'every kind' : f.requiredFor.join(', ')}.`
        : 'Optional.',
      sortText: String(i).padStart(2, '0'),
      textEdit: { range: { start: { line, character: 0 }, end: position }, newText: `${f.name}: ` },
      insertTextFormat: InsertTextFormat.PlainText,
    }));
  }

  const value = /^([A-Za-z_]+)[ \t]*:([ \t]*)(\S*)$/.exec(prefix);
  if (!value) return [];
  const spec = fieldSpec(value[1]);
  if (!spec) return [];
  const colon = prefix.indexOf(':');
  const spaced = value[2].length > 0;
  const from = { line, character: spaced ? colon + 1 + value[2].length : colon + 1 };
  const item = (label: string, detail: string, kind: CompletionItemKind, sort: number): CompletionItem => {
    const newText = spaced ? label : ` ${label}`;
    return { label, detail, kind, sortText: String(sort), filterText: newText, textEdit: { range: { start: from, end: position }, newText } };
  };
  switch (spec.type) {
    case 'kind':
      return KINDS.map((k, i) => item(k, KIND_LABELS[k], CompletionItemKind.EnumMember, i));
    case 'dialect':
      return DIALECTS.map((d, i) => item(d, d === 'en-GB' ? 'British English' : 'American English', CompletionItemKind.EnumMember, i));
    case 'date':
    case 'datetime': {
      const items: CompletionItem[] = [];
      if (spec.name === 'send_date' && input.suggestedSendDate) {
        const parsed = parseDateValue(input.suggestedSendDate, false);
        const when = parsed.ok ? formatHuman(parsed.value) : input.suggestedSendDate;
        items.push(item(input.suggestedSendDate, `${when}: the best date to send by this draft's timeline`, CompletionItemKind.Value, 0));
      }
      const today = formatIsoDate(input.today);
      if (!items.some((i) => i.label === today)) items.push(item(today, `today, ${formatHuman(input.today)}`, CompletionItemKind.Value, 1));
      return items;
    }
    default:
      return [];
  }
}

/** `textDocument/completion`: the plan's suggested send date comes from the document's current check. */
export function registerCompletion(server: ServerContext): void {
  server.connection.onCompletion(
    server.guardAsync(
      'completion',
      async (params) => {
        const document = server.documents.get(params.textDocument.uri);
        if (!document) return [];
        const entry = await server.checks.current(document);
        return frontMatterCompletions({
          source: new SourceText(document.getText()),
          position: params.position,
          today: server.state.today(),
          suggestedSendDate: entry?.plan?.next.suggestSendDate,
        });
      },
      [],
    ),
  );
}
