// The benchmark's corpus, generated deterministically from a seed: realistic follow-up drafts with a few
// typical problems, and a long Markdown document.

/** Mulberry32: a small seeded PRNG, so every run measures the same text. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Thank you for taking the time to meet me on Friday to discuss the role.',
  'I enjoyed hearing about how the team handles its caseload and the plans for next year.',
  'Our conversation about the new case management system stayed with me.',
  'In my current role I prepare court bundles for three partners and manage their diaries.',
  'I trained two colleagues on the document management software last spring.',
  'I would be glad to bring that experience to your team.',
  'Please let me know if I can provide anything else to help with your decision.',
  'I was particularly interested in the mentoring programme you described.',
  'The emphasis on careful preparation matches the way I like to work.',
  'I have attached a short summary of the projects we talked about.',
  'It was good to meet the rest of the team and see the office.',
  'I am confident that my organisational skills would be useful in the role.',
  'I recieve and file around forty letters a day, so accuracy matters to me.',
  'Your point about client care was something I had not considered before.',
  'I look forward to hearing from you about the next steps.',
  'I would be grateful for an update when it is convenient.',
  'The article I mentioned is linked below, in case it is useful.',
  'I also volunteer as treasurer for a local charity, which keeps my spreadsheets tidy.',
];

const NAMES = [['Hartley & Finch LLP', 'Margaret Hale'], ['Brightwell Housing Trust', 'Daniel Okafor'], ['Carrow Estates', 'Priya Natarajan'], ['Moorfield Partners', 'Tom Gallagher']];

function paragraph(random, words) {
  const out = [];
  let count = 0;
  while (count < words) {
    const s = SENTENCES[Math.floor(random() * SENTENCES.length)];
    out.push(s);
    count += s.split(/\s+/).length;
  }
  return out.join(' ');
}

/** A thank-you draft of about `words` words of body text. */
export function draft(seed, words = 300) {
  const random = rng(seed);
  const [company, interviewer] = NAMES[seed % NAMES.length];
  const paragraphs = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, 50 + Math.floor(random() * 30));
    paragraphs.push(paragraph(random, n));
    left -= n;
  }
  return [
    '---',
    'kind: thank-you',
    `company: ${company}`,
    'position: Legal Secretary',
    `interviewer: ${interviewer}`,
    'interview_date: 2026-11-20',
    'send_date: 2026-11-20',
    'subject: Thank you for the interview',
    '---',
    '',
    `Dear ${interviewer.split(' ')[0]},`,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    'Kind regards,',
    'Anna Lewis',
    '',
  ].join('\n');
}

/** A long Markdown document (not a draft) of about `words` words, in headed sections. */
export function longDocument(seed, words = 10_000) {
  const random = rng(seed);
  const out = ['# Interview notes', ''];
  let count = 0;
  let section = 1;
  while (count < words) {
    if (count > section * 800) {
      out.push(`## Section ${section}`, '');
      section++;
    }
    const n = 60 + Math.floor(random() * 60);
    out.push(paragraph(random, n), '');
    count += n;
  }
  return out.join('\n');
}
