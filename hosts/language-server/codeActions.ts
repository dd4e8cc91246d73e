/**
 * Quick fixes, built from each diagnostic alone (its `data` carries the rule, the text it covered, the
 * suggestions and the fix data). A diagnostic whose text no longer matches the document is stale and gets
 * no fix, so a fix never overwrites text the user has since changed.
 */
import {
  CodeActionKind,
  TextDocumentEdit,
  TextEdit,
  type CodeAction,
  type Command,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatIsoDate } from '../../packages/engine/dates';
import { cancellable } from './cancellation';
import { orderedFixes, type FindingFixes } from './codeActionOrder';
import { diagnosticData, type DiagnosticData } from './diagnostics';
import { Commands } from './protocol';
import { disableLineEdit, setSendDateEdit, type OffsetEdit } from './textEdits';
import { dictionaryTargetOf } from './dictionaries';
import type { ServerContext } from './serverContext';
import { fileOf } from './settingsStore';
import { spellingSuggestions } from './spellingSuggestions';

export interface CodeActionInput {
  document: TextDocument;
  diagnostics: Diagnostic[];
  /** `context.only` of the request. */
  only?: string[];
  /** Whether the client takes versioned `documentChanges` in a WorkspaceEdit. */
  documentChanges: boolean;
  /** Spelling suggestions for a misspelt word in a dialect, computed on demand. */
  spelling(word: string, dialect: string | undefined): string[];
  /** Why the workspace dictionary cannot be written for this document (undefined: it can). */
  workspaceDictionary?(): string | undefined;
  /** Whether the client shows a disabled code action with its reason (`codeAction.disabledSupport`). */
  disabledSupport?: boolean;
  /** Today as YYYY-MM-DD: a fix that would set a date before it is not offered. */
  today?: string;
}

/** At most this many spelling suggestions: more is noise in a menu. */
const MAX_SPELLING_SUGGESTIONS = 8;

export function codeActionsFor(input: CodeActionInput): CodeAction[] {
  if (input.only && !input.only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(kind + '.') || kind === '')) {
    return [];
  }
  const groups: FindingFixes[] = [];
  const text = input.document.getText();
  for (const diagnostic of input.diagnostics) {
    const data = diagnosticData(diagnostic);
    if (!data) continue;
    const start = input.document.offsetAt(diagnostic.range.start);
    const end = input.document.offsetAt(diagnostic.range.end);
    if (text.slice(start, end) !== data.actual) continue;
    groups.push({ diagnostic, actions: fixesFor(input, diagnostic, data, { start, end }) });
  }
  return orderedFixes(groups);
}

function fixesFor(input: CodeActionInput, diagnostic: Diagnostic, data: DiagnosticData, at: { start: number; end: number }): CodeAction[] {
  const actions: CodeAction[] = [];
  const edit = (edits: OffsetEdit[]) => workspaceEdit(input, edits);
  const quickfix = (title: string, change: WorkspaceEdit | undefined, command?: Command, preferred = false): void => {
    if (!change && !command) return;
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      ...(preferred ? { isPreferred: true } : {}),
      ...(change ? { edit: change } : {}),
      ...(command ? { command } : {}),
    });
  };
  const replaceWith = (replacement: string) => edit([{ ...at, newText: replacement }]);
  const fix = data.fix;

  if (fix?.type === 'spelling' || data.rule === 'spelling/unknown-word') {
    const word = fix?.type === 'spelling' ? fix.word : data.actual;
    const dialect = fix?.type === 'spelling' ? fix.dialect : undefined;
    // A probable name: adding it to the words comes first, and no ordinary word is offered in its place.
    const name = fix?.type === 'spelling' && fix.name === true;
    // A probable term: adding it comes first, and suggestions follow in case it is a slip after all.
    const addFirst = name || (fix?.type === 'spelling' && fix.term === true);
    const suggestions = name ? [] : (data.suggestions.length ? data.suggestions : input.spelling(word, dialect)).slice(0, MAX_SPELLING_SUGGESTIONS);
    suggestions.forEach((s, i) => quickfix(`Change to '${s}'`, replaceWith(s), undefined, i === 0 && !addFirst));
    const refusal = input.workspaceDictionary?.();
    if (!refusal) {
      quickfix(
        `Add '${word}' to the workspace dictionary`,
        undefined,
        { title: `Add '${word}' to the workspace dictionary`, command: Commands.addWorkspaceWord, arguments: [word, input.document.uri] },
        addFirst,
      );
    } else if (input.disabledSupport) {
      // Not offered; a client that shows disabled actions shows it greyed out, with the reason.
      actions.push({ title: `Add '${word}' to the workspace dictionary`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: refusal } });
    }
    quickfix(`Add '${word}' to the user dictionary`, undefined, {
      title: `Add '${word}' to the user dictionary`,
      command: Commands.addUserWord,
      arguments: [word],
    }, addFirst && !!refusal);
  } else if (fix?.type === 'rename-field') {
    quickfix(`Rename field to '${fix.to}'`, replaceWith(fix.to), undefined, true);
  } else if (fix?.type === 'set-send-date') {
    // A date already past is no fix (ISO dates compare as text); the finding's message says what to do.
    const change = input.today && fix.date.slice(0, 10) < input.today ? undefined : setSendDateEdit(input.document.getText(), fix.date);
    if (change) quickfix(`Set send_date to ${fix.date}`, edit([change]), undefined, true);
  } else {
    data.suggestions.forEach((s, i) =>
      quickfix(s ? `Change to '${s}'` : `Remove '${data.actual}'`, replaceWith(s), undefined, i === 0),
    );
  }

  const disable = disableLineEdit(input.document.getText(), diagnostic.range.start.line, data.rule);
  if (disable) quickfix(`Disable ${data.rule} for this line`, edit([disable]));
  return actions;
}

function workspaceEdit(input: CodeActionInput, edits: OffsetEdit[]): WorkspaceEdit {
  const textEdits = edits.map((e) =>
    TextEdit.replace({ start: input.document.positionAt(e.start), end: input.document.positionAt(e.end) }, e.newText),
  );
  const { uri, version } = input.document;
  return input.documentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri, version }, textEdits)] }
    : { changes: { [uri]: textEdits } };
}

/** The WorkspaceEdit that sets send_date in a document (for the code lens command). */
export function setSendDateWorkspaceEdit(document: TextDocument, date: string, documentChanges: boolean): WorkspaceEdit | undefined {
  const change = setSendDateEdit(document.getText(), date);
  if (!change) return undefined;
  return workspaceEdit({ document, documentChanges, diagnostics: [], spelling: () => [] }, [change]);
}

/** `textDocument/codeAction`: the quick fixes of the diagnostics the editor sends, with the document's settings. */
export function registerCodeActions(server: ServerContext): void {
  server.connection.onCodeAction(
    server.guardAsync(
      'codeAction',
      // A cancelled request is answered at once (cancellation.ts).
      (params, token) =>
        cancellable(token, async () => {
          const document = server.documents.get(params.textDocument.uri);
          if (!document || !params.context.diagnostics.length) return [];
          const settings = await server.store.settingsFor(document.uri);
          const latest = server.documents.get(document.uri);
          if (!latest) return [];
          const { capabilities } = server.state;
          return codeActionsFor({
            document: latest,
            diagnostics: params.context.diagnostics,
            only: params.context.only,
            documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
            spelling: (word, dialect) => spellingSuggestions(word, dialect ?? settings.dialect, settings.dialect),
            workspaceDictionary: () => {
              const file = fileOf(latest.uri);
              const where = file ? dictionaryTargetOf(server, file) : undefined;
              return where && !where.ok ? where.reason : undefined;
            },
            disabledSupport: capabilities.textDocument?.codeAction?.disabledSupport === true,
            today: formatIsoDate(server.state.today()),
          });
        }),
      [],
    ),
  );
}
