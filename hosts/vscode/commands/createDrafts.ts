/**
 * What every "new draft" command does: ask only what the templates need (or take the answers from the
 * command's argument and ask nothing), render, write into the drafts folder of the first workspace
 * folder (untitled editors without a workspace), and open with the cursor at the first place to write.
 */
import * as vscode from 'vscode';
import type { Kind } from '../../../packages/engine/kinds';
import { todayProvider } from '../../language-server/today';
import { answersFromArgument, questionsFor } from '../answers';
import { askAnswers } from '../editor/ask';
import { draftsFolderUri, firstFolder, openAtCursor, PlacementError, takenNames, userTemplates, writeDraft } from '../editor/drafts';
import { readClientSettings, rememberSenderName } from '../editor/settings';
import { newDrafts } from '../newDrafts';

/** What a command returns, for scripts and tests: the documents it opened, or why it stopped. */
export interface CreateResult {
  /** URIs (as strings) of the drafts, in the order of `kinds`. */
  uris?: string[];
  error?: string;
  cancelled?: boolean;
}

export async function createDrafts(kinds: readonly Kind[], title: string, arg: unknown): Promise<CreateResult> {
  try {
    return await create(kinds, title, arg);
  } catch (error) {
    const message = error instanceof PlacementError ? error.message : `Could not create the draft: ${(error as Error).message}`;
    void vscode.window.showErrorMessage(message);
    return { error: message };
  }
}

async function create(kinds: readonly Kind[], title: string, arg: unknown): Promise<CreateResult> {
  const folder = firstFolder();
  const settings = await readClientSettings(folder);
  const templates = await userTemplates(folder, settings, kinds);
  const draftsFolder = folder ? draftsFolderUri(folder, settings) : undefined;
  const today = todayProvider(undefined).today();
  const scripted = arg !== undefined && arg !== null;
  const templateList = kinds.map((kind) => ({ kind, template: templates[kind] }));
  // A script that gives no sender gets `{{sender}}` to fill rather than a question.
  const questions = questionsFor(templateList, scripted || !!settings.senderName);

  let answers;
  if (scripted) {
    const result = answersFromArgument(arg, questions, today);
    if (!result.ok) {
      void vscode.window.showErrorMessage(result.message);
      return { error: result.message };
    }
    answers = result.answers;
  } else {
    answers = await askAnswers(questions, today, title.replace(/^Follow-Up: /, ''));
    if (!answers) return { cancelled: true };
    if (answers.sender && !settings.senderName) await rememberSenderName(answers.sender);
  }
  answers.sender ??= settings.senderName || undefined;

  const taken = draftsFolder ? await takenNames(draftsFolder) : [];
  const drafts = newDrafts(kinds, answers, { today, checkInWaitDays: settings.checkInWaitDays, templates, taken });
  const opened: Array<{ uri: vscode.Uri | undefined; draft: (typeof drafts)[number] }> = [];
  for (const draft of drafts) opened.push({ uri: draftsFolder ? await writeDraft(draftsFolder, draft) : undefined, draft });

  // The first to send is opened last, so it is the one in front.
  const uris: string[] = [];
  for (const { uri, draft } of [...opened].reverse()) {
    const editor = await openAtCursor(uri ?? draft.text, draft.cursor);
    uris.unshift(editor.document.uri.toString());
  }
  return { uris };
}
