/** What the status bar item shows for the server's `followup/draftStatus` answer. */
import type { DraftStatus } from '../language-server/protocol';

export interface StatusBarContent {
  visible: boolean;
  text: string;
  tooltip: string;
}

export function statusBarContent(status: DraftStatus | undefined): StatusBarContent {
  if (!status?.isDraft || !status.label) return { visible: false, text: '', tooltip: '' };
  return { visible: true, text: `$(mail) ${status.label}`, tooltip: status.detail || status.label };
}
