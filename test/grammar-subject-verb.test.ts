/**
 * Subject-verb agreement across a whole subject (packages/engine/rules/confusables/subjectVerb.ts), on
 * sentences written for this test, not taken from any corpus: the verb is judged against the head of its
 * subject past prepositional phrases, relative clauses, parentheses and "and"; the fix is a drop-in.
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the verb it flags, its fix]
const wrong: SlipCase[] = [
  ['The minutes of the last staff meeting was shared with the whole team.', 'was', 'were'],
  ['The tools we relied on during the migration was mostly open source.', 'was', 'were'],
  ['The manager of both clinics have asked me to call her on Monday.', 'have', 'has'],
  ['A summary of my recent publications are attached to this email.', 'are', 'is'],
  ['Nobody in the three departments I visited were unhappy with the rota.', 'were', 'was'],
  ['My sister and I was both trained as midwives in Cork.', 'was', 'were'],
  ['The reports, which my team prepared every month, was read by the board.', 'was', 'were'],
  ['There was many reasons to choose your practice over the others.', 'There was', 'There were'],
  ['Here is the certificates you asked for at the end of the interview.', 'is', 'are'],
  ['The head of the two kitchens seem keen to meet me again.', 'seem', 'seems'],
  ['A number of patients on the ward has asked about the new clinic.', 'has', 'have'],
  ['Each of the apprentices I trained have passed the final assessment.', 'have', 'has'],
  ['My driving licence and my work permit is both up to date.', 'is', 'are'],
  ['Every cook and porter I worked with were keen to help.', 'were', 'was'],
  ['Neither my tutor nor my line manager have replied yet.', 'have', 'has'],
  ['Are the rota for next month ready yet?', 'Are', 'Is'],
  ['The kitchen where I trained as a commis were always spotless.', 'were', 'was'],
  ['My duties as a shift leader includes cashing up and ordering stock.', 'includes', 'include'],
  ['The menus you sent over looks fantastic.', 'looks', 'look'],
  ['I understand each applicant have to bring two forms of ID.', 'have', 'has'],
  // "to" before a noun phrase is a preposition inside the subject; adverbs after "There is".
  ['The answer to these staffing questions are simple.', 'are', 'is'],
  ['There is still three forms that I need to sign.', 'is', 'are'],
];

const right = [
  'The minutes of the last staff meeting were shared with the whole team.',
  'Two weeks is enough notice for my current employer.',
  'Please send the signed forms to the address below.',
  'Last month I decided to retrain as a data analyst.',
  'The team are meeting on Thursday to agree the rota.',
  'Research and development is where I want to grow.',
  'The quality of the courses I took was excellent.',
  'Where were the second interviews held last year?',
  'The staff I met on the ward were welcoming.',
  'The number of applicants has doubled since last year.',
  'My notes from the visit and the brochure you gave me were both useful.',
  'Every nurse and doctor I spoke to was helpful.',
  'Managing three sites at once is demanding but rewarding.',
  'The kitchen porters can start at six if the deliveries arrive early.',
  'Our suppliers in Kent always deliver on time.',
  'Either my manager or her two deputies are going to call you.',
  'Every cook and porter I worked with was keen to help.',
  'Is the rota for next month ready yet?',
  'Everyone except me had worked in a kitchen before.',
  'The feedback from my students and their parents has always been kind.',
  'Working nights does not bother me.',
  // A relative clause without its pronoun, ending in a prepositional phrase.
  'The three nurses I shadowed on the ward know the system well.',
  'The road to the depot and the yard are closed.',
  'My approach to code reviews was praised, and there are still two steps left.',
];

describeSlips('subject-verb agreement across the whole subject', 'grammar/agreement', wrong, right, 'leaves correct subjects alone: amounts, collectives, "and" inside a phrase, imperatives, times, questions');
