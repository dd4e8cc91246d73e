/** structure/missing-subject: an email needs a subject line; the front matter holds it. */
import type { Kind } from '../../kinds';
import type { StructureRule } from './body';

/** A subject to propose for each kind of email, in the message. */
const EXAMPLE_SUBJECTS: Record<Kind, string> = {
  'thank-you': 'Thank you for the interview',
  'check-in': 'Following up on my interview',
  'point-of-interest': 'The article we discussed at my interview',
  'other-offer': 'An update on my application',
  'linkedin-request': '',
  'linkedin-heads-up': 'Connecting on LinkedIn',
};

export const missingSubject: StructureRule = {
  needsKind: true,
  meta: {
    id: 'structure/missing-subject',
    severity: 'warning',
    summary:
      'The front matter has no `subject` (or an empty one) for an email. The finding covers the `kind` key. LinkedIn connection notes have no subject and are not checked.',
    why:
      'The advice is that the email must be meticulous. An email without a subject looks careless, is easy to overlook in a busy inbox, and a clear subject ("Thank you for today\'s interview") tells the reader at once who you are and why you write.',
    bad: '---\nkind: thank-you\ncompany: Hartley & Finch LLP\n---',
    good: "---\nkind: thank-you\ncompany: Hartley & Finch LLP\nsubject: Thank you for today's interview\n---",
    fix: 'Add a `subject:` line to the front matter with a short, specific subject, such as "Thank you for today\'s interview".',
  },
  check({ draft, facts, report }) {
    const kind = facts.kind;
    if (!kind || kind === 'linkedin-request' || facts.text.subject) return;
    const key = draft.frontMatter?.fields.get('kind');
    if (!key) return;
    report({
      rule: 'structure/missing-subject',
      start: key.keyStart,
      end: key.keyEnd,
      message: `This email has no subject: add a line such as "subject: ${EXAMPLE_SUBJECTS[kind]}" to the front matter.`,
    });
  },
};
