/**
 * The extension's commands, as data: ids, the titles SPEC section 6 gives, and the kind each "New"
 * command creates. `extension.ts` registers from this table and a test holds package.json to it.
 */
import type { Kind } from '../../packages/engine/kinds';

export interface NewDraftCommand {
  id: string;
  title: string;
  kind: Kind;
}

export const NEW_DRAFT_COMMANDS: readonly NewDraftCommand[] = [
  { id: 'followup.newThankYou', title: 'Follow-Up: New Thank-You Email', kind: 'thank-you' },
  { id: 'followup.newCheckIn', title: 'Follow-Up: New Check-In Email', kind: 'check-in' },
  { id: 'followup.newLinkedInRequest', title: 'Follow-Up: New LinkedIn Connection Request', kind: 'linkedin-request' },
  { id: 'followup.newPointOfInterest', title: 'Follow-Up: New Point-of-Interest Email', kind: 'point-of-interest' },
  { id: 'followup.newOtherOffer', title: 'Follow-Up: New Other-Offer Email', kind: 'other-offer' },
  { id: 'followup.newLinkedInHeadsUp', title: 'Follow-Up: New LinkedIn Heads-Up Email', kind: 'linkedin-heads-up' },
];

export const PLAN_COMMAND = { id: 'followup.planFollowUps', title: 'Follow-Up: Plan Follow-Ups for an Interview' } as const;

/** The drafts "Plan Follow-Ups" creates, in the order they are sent. */
export const PLANNED_KINDS: readonly Kind[] = ['thank-you', 'linkedin-request', 'check-in'];

/** The Follow-Ups view and the commands on a draft (the active editor's, or an item of the view). */
export const FOLLOW_UPS_VIEW_ID = 'followup.followUps';
export const MARK_AS_SENT_COMMAND = { id: 'followup.markAsSent', title: 'Follow-Up: Mark as Sent' } as const;
export const COPY_AS_EMAIL_COMMAND = { id: 'followup.copyAsEmail', title: 'Follow-Up: Copy as Email' } as const;
export const OPEN_IN_MAIL_CLIENT_COMMAND = { id: 'followup.openInMailClient', title: 'Follow-Up: Open in Mail Client' } as const;
export const DRAFT_COMMANDS = [MARK_AS_SENT_COMMAND, COPY_AS_EMAIL_COMMAND, OPEN_IN_MAIL_CLIENT_COMMAND] as const;

export const ALL_COMMANDS: ReadonlyArray<{ id: string; title: string }> = [...NEW_DRAFT_COMMANDS, PLAN_COMMAND, ...DRAFT_COMMANDS];
