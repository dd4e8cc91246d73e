/** The kinds of draft and the front-matter fields, as SPEC section 2 defines them. */

export const KINDS = [
  'thank-you',
  'check-in',
  'point-of-interest',
  'other-offer',
  'linkedin-request',
  'linkedin-heads-up',
] as const;

export type Kind = (typeof KINDS)[number];

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

export type FieldType = 'kind' | 'text' | 'email' | 'date' | 'datetime' | 'dialect';

export interface FieldSpec {
  name: string;
  type: FieldType;
  /** Kinds for which the field is required. */
  requiredFor: readonly Kind[];
  meaning: string;
}

const ALL = KINDS;

export const FIELDS: readonly FieldSpec[] = [
  { name: 'kind', type: 'kind', requiredFor: ALL, meaning: 'what the email is: ' + KINDS.join(', ') },
  { name: 'company', type: 'text', requiredFor: ALL, meaning: 'the employer' },
  { name: 'position', type: 'text', requiredFor: [], meaning: 'the role you interviewed for' },
  {
    name: 'interviewer',
    type: 'text',
    requiredFor: ['thank-you', 'check-in', 'linkedin-request'],
    meaning: 'who interviewed you',
  },
  { name: 'to', type: 'email', requiredFor: [], meaning: "the recipient's email address" },
  { name: 'interview_date', type: 'datetime', requiredFor: ALL, meaning: 'when the interview was (YYYY-MM-DD or YYYY-MM-DDTHH:MM)' },
  { name: 'reply_deadline', type: 'date', requiredFor: ['check-in'], meaning: 'when they said you would hear back' },
  { name: 'send_date', type: 'datetime', requiredFor: [], meaning: 'when you plan to send the email (default: today)' },
  { name: 'offer_deadline', type: 'date', requiredFor: ['other-offer'], meaning: 'when you must answer the other offer' },
  { name: 'other_company', type: 'text', requiredFor: [], meaning: 'who made the other offer' },
  { name: 'subject', type: 'text', requiredFor: [], meaning: 'the email subject line' },
  { name: 'dialect', type: 'dialect', requiredFor: [], meaning: 'en-US or en-GB: overrides the configured dialect for this draft' },
  { name: 'sent', type: 'datetime', requiredFor: [], meaning: 'when the email was sent: the draft is done and timing rules stop' },
];

export const FIELD_NAMES: readonly string[] = FIELDS.map((f) => f.name);

export function fieldSpec(name: string): FieldSpec | undefined {
  return FIELDS.find((f) => f.name === name);
}

export const KIND_LABELS: Record<Kind, string> = {
  'thank-you': 'thank-you email',
  'check-in': 'check-in email',
  'point-of-interest': 'point-of-interest email',
  'other-offer': 'other-offer email',
  'linkedin-request': 'LinkedIn connection request',
  'linkedin-heads-up': 'LinkedIn heads-up email',
};
