/**
 * structure/panel-thank-you-alike: two thank-yous of one panel interview (same company and interview day,
 * different interviewers) that say nearly the same thing. Compared on the main text with greeting, names and
 * sign-off set aside (panelWords.ts). The threshold is a Jaccard similarity of word 3-grams of 0.75: a
 * one-word change costs each side three grams, so a template with a few words swapped stays above it
 * (about 0.8 for three changes in 80 words), while each email adding one personal sentence of 15 words to a
 * shared 100-word text falls below it (about 0.7), and two personal emails that share one sentence of
 * thanks are far below (under 0.2).
 */
import { sameInterview, siblingFromFacts } from '../../siblings';
import { PANEL_MIN_WORDS, panelSimilarity, panelWords, wordCount } from '../../panelWords';
import type { RuleContext } from '../types';
import type { StructureRule } from './body';
import { mainAnchor } from './body';

export const PANEL_SIMILARITY_THRESHOLD = 0.75;

const sameName = (a?: string, b?: string) => (a ?? '').trim().toLowerCase().replace(/\s+/g, ' ') === (b ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/** The file name of a sibling's id (a path or a URI), for the message. */
const fileName = (id: string) => decodeURIComponent(id.split(/[\\/]/).pop() ?? id);

export const panelThankYouAlike: StructureRule = {
  needsKind: true,
  meta: {
    id: 'structure/panel-thank-you-alike',
    severity: 'warning',
    summary:
      'A thank-you whose main text (greeting, names and sign-off set aside) is nearly the same as another thank-you of the same interview (same company and interview day) to a different interviewer. Drafts are compared in the folder `followup check` is given, and in the editor with the other drafts open or in the workspace. Two emails that share a sentence of thanks but each say something of their own are fine.',
    why:
      'After a panel interview the interviewers compare notes, and often the emails too. The same text sent to each of them with only the name changed reads as a form letter; a thank-you works because it shows you listened to that person.',
    bad: 'to Margaret Hale: Thank you for meeting me today. I enjoyed our conversation about the firm...\nto David Shah:    Thank you for meeting me today. I enjoyed our conversation about the firm...',
    good: 'to Margaret Hale: ... I enjoyed hearing how the property team moved to electronic bundles ...\nto David Shah:    ... your point about training new secretaries on the case system stayed with me ...',
    fix: 'Add something personal from your conversation with this interviewer: a question they asked, a point they made, something you would like to follow up. There is no automatic fix.',
  },
  check(context: RuleContext) {
    const { draft, letter, facts, settings, today, options, report } = context;
    const siblings = options.siblings;
    if (facts.kind !== 'thank-you' || !siblings?.length || !facts.text.interviewer) return;
    const self = siblingFromFacts(options.id ?? '', facts, settings, today);
    const words = panelWords(draft, letter, [facts.text.interviewer, facts.text.company, letter.signatureName]);
    if (wordCount(words) < PANEL_MIN_WORDS) return;
    const alike = siblings.find(
      (s) =>
        s.id !== options.id &&
        s.kind === 'thank-you' &&
        !!s.interviewer &&
        !sameName(s.interviewer, facts.text.interviewer) &&
        sameInterview(s, self) &&
        s.panelWords !== undefined &&
        wordCount(s.panelWords) >= PANEL_MIN_WORDS &&
        panelSimilarity(words, s.panelWords) >= PANEL_SIMILARITY_THRESHOLD,
    );
    const at = alike && mainAnchor(letter);
    if (!alike || !at) return;
    report({
      rule: 'structure/panel-thank-you-alike',
      start: at.start,
      end: at.end,
      message: `This thank-you is nearly the same as the one to ${alike.interviewer} (${fileName(alike.id)}), and interviewers on a panel compare notes. Add something personal from your conversation with ${facts.text.interviewer}.`,
      suggestions: [],
    });
  },
};
