/**
 * Real-word typos and confused pairs (grammar/real-word-typo, grammar/confused-words), each caught only where
 * the context needs the other word: sentences written for these rules, none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { check, defaultSettings, parseDateValue } from '../packages/engine';

const today = (() => {
  const d = parseDateValue('2026-12-04', false);
  if (!d.ok) throw new Error('bad date');
  return d.value;
})();
const draft = (sentence: string) => `---\nkind: thank-you\ncompany: Example Ltd\n---\n\nDear Sam,\n\n${sentence}\n\nBest wishes,\nAlex\n`;
const grammar = (sentence: string) =>
  check(draft(sentence), { settings: defaultSettings(), today })
    .findings.filter((f) => f.rule === 'grammar/real-word-typo' || f.rule === 'grammar/confused-words')
    .map((f) => `${f.actual} -> ${f.suggestions[0]}`);

// [sentence, the finding expected]
const BAD: Array<[string, string]> = [
  ['We are defiantly keen to hear more about the scheme.', 'defiantly -> definitely'],
  ['I would defiantly recommend the course to a friend.', 'defiantly -> definitely'],
  ['The hiring manger mentioned a second interview.', 'manger -> manager'],
  ['I reported to a manger who trained me well.', 'manger -> manager'],
  ['The trail period lasts three months.', 'trail -> trial'],
  ['I signed up for a free trail of the software.', 'trail -> trial'],
  ['Fridays are causal dress days at my current job.', 'causal -> casual'],
  ['The office looked relaxed and causal, which I liked.', 'causal -> casual'],
  ['My fist impression of the studio was excellent.', 'fist -> first'],
  ['It was my fist time presenting to a client.', 'fist -> first'],
  ['Tanks so much for your help with the application.', 'Tanks -> Thanks'],
  ['I have worked in the filed of logistics since 2019.', 'filed -> field'],
  ['I could being training the new starters in March.', 'being -> begin'],
  ['I have handled budgets of a comparable sale, so this feels familiar.', 'sale -> scale'],
  ['She decided to quite her job and retrain as a nurse.', 'quite -> quit'],
  ['We no that the deadline is tight.', 'no -> know'],
  ['I will by happy to send any further references.', 'by -> be'],
  ['The proposal goes to the bored next month.', 'bored -> board'],
  ['Everyone on bored was welcoming.', 'bored -> board'],
  ['My dairy is quite open on Thursday.', 'dairy -> diary'],
  ['Dead Mr Patel, thank you for the call.', 'Dead -> Dear'],
  ['The night sift suits me because I study in the day.', 'sift -> shift'],
  ['The sift rota is posted on Mondays.', 'sift -> shift'],
  ['We have bean hoping to hear your decision.', 'bean -> been'],
  ['I wish I new whether the panel had met.', 'new -> knew'],
  ['She moved form teaching into instructional design.', 'form -> from'],
  ['Hear are the two references you asked for.', 'Hear -> Here'],
  ['The candidate pack gave me a through overview of the role.', 'through -> thorough'],
  ['I wander whether the role could be part-time.', 'wander -> wonder'],
  ['It was generous off you to share the slides.', 'off -> of'],
  ['I have a day of on Wednesday.', 'of -> off'],
  ['Could we precede with the reference checks?', 'precede -> proceed'],
  ['Please be discrete about my application for now.', 'discrete -> discreet'],
  ['The pipeline runs in four discreet stages.', 'discreet -> discrete'],
  ['I would like to explore this farther with your team.', 'farther -> further'],
  ['Automation means fewer paperwork for the nurses.', 'fewer -> less'],
  ['I hope to led the new analytics team.', 'led -> lead'],
  ['Staff moral improved after we changed the rota.', 'moral -> morale'],
  ['The construction cite was tidy and safe.', 'cite -> site'],
  ['I can site three studies that support the approach.', 'site -> cite'],
  ['Could you give me excess to the shared drive?', 'excess -> access'],
  ['I ensure you that the report will be ready.', 'ensure -> assure'],
  ['All our vehicles were fully ensured.', 'ensured -> insured'],
  ['The audit uncovered several elicit payments.', 'elicit -> illicit'],
  ['I sought council from a former colleague.', 'council -> counsel'],
  ['I volunteered with the local counsel for two years.', 'counsel -> council'],
  ['The podcast peaked my curiosity about data ethics.', 'peaked -> piqued'],
];

const GOOD = [
  'The protesters stood defiantly outside the gate.',
  'The hiring manager mentioned a second interview.',
  'We walked the coastal trail on Sunday.',
  'The study looked for a causal link between diet and sleep.',
  'The link was not necessarily causal.',
  'He raised his fist in celebration.',
  'The fuel tanks are checked every morning.',
  'The reports were filed and signed before noon.',
  'Being part of the team has been a privilege.',
  'The summer sale starts on Friday.',
  'The role is quite my ideal job.',
  'I have no doubt that the team will succeed.',
  'They no longer need the report.',
  'I will be available by Friday.',
  'The report was sent by the end of the day.',
  'I was bored during the long induction.',
  'The dairy sector has a strong local presence.',
  'The Dead Sea trip was wonderful.',
  'I sift through applications every morning.',
  'I planted a bean in the school garden.',
  'The new team starts on Monday.',
  'Please fill in the consent form as soon as possible.',
  'I hear you are expanding the team.',
  'I walked through the building with your colleague.',
  'We liked to wander around the old town.',
  'Please switch off your phone.',
  'The day of the interview was sunny.',
  'The summary should precede the detailed findings.',
  'The values are discrete, not continuous.',
  'The nurse was very discreet.',
  'The village is farther from the station than I thought.',
  'We had fewer complaints last quarter.',
  'I led a team of six analysts.',
  'The LED displays were replaced last year.',
  'The story had a clear moral.',
  'Please cite your sources in the report.',
  'We visited the site on Monday.',
  'The funds are in excess of our requirements.',
  'Please ensure you have your passport with you.',
  'We ensured that every shift was covered.',
  'The survey was designed to elicit honest answers.',
  'The city council approved the plan.',
  'The defence counsel spoke first.',
  'Demand peaked in December.',
];

describe('real-word typos and confused pairs', () => {
  it.each(BAD)('catches "%s"', (sentence, expected) => {
    expect(grammar(sentence)).toContain(expected);
  });
  it.each(GOOD)('leaves "%s" alone', (sentence) => {
    expect(grammar(sentence)).toEqual([]);
  });
});
