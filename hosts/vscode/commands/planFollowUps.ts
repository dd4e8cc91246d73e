/**
 * "Follow-Up: Plan Follow-Ups for an Interview": the thank-you (send today), the LinkedIn connection
 * request, and the check-in dated `checkInWaitDays` after the reply deadline, from one set of answers.
 */
import { PLAN_COMMAND, PLANNED_KINDS } from '../commandTable';
import { createDrafts, type CreateResult } from './createDrafts';

export function planFollowUpsCommand(): (arg?: unknown) => Promise<CreateResult> {
  return (arg) => createDrafts(PLANNED_KINDS, PLAN_COMMAND.title, arg);
}
