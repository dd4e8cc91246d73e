/** "Follow-Up: New ... Email": one draft of one kind (the six commands differ only in the kind). */
import type { NewDraftCommand } from '../commandTable';
import { createDrafts, type CreateResult } from './createDrafts';

export function newDraftCommand(command: NewDraftCommand): (arg?: unknown) => Promise<CreateResult> {
  return (arg) => createDrafts([command.kind], command.title, arg);
}
