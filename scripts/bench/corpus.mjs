// The benchmark's corpus, generated deterministically from a seed: realistic follow-up drafts with a few
// typical problems, a long Markdown document, what a user types, and words to ask suggestions for.

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

const pick = (random, list) => list[Math.floor(random() * list.length)];

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
  'Sorry to bother you, but I just wanted to check whether a decision has been made.',
  'I think I could perhaps help the team with the backlog of files.',
];

const NAMES = [['Hartley & Finch LLP', 'Margaret Hale'], ['Brightwell Housing Trust', 'Daniel Okafor'], ['Carrow Estates', 'Priya Natarajan'], ['Moorfield Partners', 'Tom Gallagher']];

function paragraph(random, words) {
  const out = [];
  let count = 0;
  while (count < words) {
    const s = pick(random, SENTENCES);
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

/**
 * A long Markdown document (not a draft: no front matter) of about `words` words: headed sections of
 * paragraphs, with the odd list, quote, link and code block a real notes file has.
 */
export function longDocument(seed, words = 10_000) {
  const random = rng(seed);
  const out = ['# Interview notes', ''];
  let count = 0;
  let section = 1;
  while (count < words) {
    if (count > section * 800) {
      out.push(`## Section ${section}`, '');
      section++;
      const extra = random();
      if (extra < 0.25) out.push('- ' + paragraph(random, 12), '- ' + paragraph(random, 12), '');
      else if (extra < 0.4) out.push('> ' + paragraph(random, 20), '');
      else if (extra < 0.5) out.push('```', 'const notes = readNotes(file);', '```', '');
    }
    const n = 60 + Math.floor(random() * 60);
    let text = paragraph(random, n);
    if (random() < 0.1) text += ' See [the careers page](https://example.com/careers) for details.';
    out.push(text, '');
    count += n;
  }
  return out.join('\n');
}

/**
 * What a user types, one character per edit: sentences with spaces and punctuation, so every edit makes a
 * text the server has never seen (no cache can answer it).
 */
export function typing(seed, characters) {
  const random = rng(seed);
  let text = '';
  while (text.length < characters) text += ' ' + pick(random, SENTENCES);
  return text.slice(0, characters);
}

const COMMON_WORDS = [
  'interview', 'opportunity', 'experience', 'colleague', 'department', 'organisation', 'available', 'sincerely',
  'committee', 'professional', 'responsibility', 'conversation', 'particularly', 'preparation', 'convenient',
  'decision', 'programme', 'management', 'appreciate', 'discussion', 'recommend', 'schedule', 'position',
  'application', 'communication', 'immediately', 'definitely', 'necessary', 'accommodate', 'separate',
  'occurred', 'tomorrow', 'receive', 'believe', 'business', 'government', 'environment', 'knowledge',
  'successful', 'together', 'different', 'important', 'interested', 'following', 'understand', 'question',
];

/** A typical slip in `word`: a swapped pair, a dropped or doubled letter, a wrong vowel, a neighbouring key. */
function slip(random, word) {
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 5)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 3:
      return word.slice(0, i) + pick(random, [...'aeiou'].filter((v) => v !== word[i])) + word.slice(i + 1);
    default:
      return word.slice(0, i) + pick(random, [...'qwertyuiopasdfghjklzxcvbnm']) + word.slice(i + 1);
  }
}

/** `count` distinct misspellings of common words, each new to the server. */
export function typos(seed, count) {
  const random = rng(seed);
  const out = new Set();
  while (out.size < count) {
    const word = pick(random, COMMON_WORDS);
    const wrong = slip(random, word);
    if (wrong !== word) out.add(wrong);
  }
  return [...out];
}

const SYLLABLES = ['ka', 'ro', 'vi', 'nde', 'la', 'sho', 'mu', 'tei', 'bra', 'zan', 'qui', 'lo', 'fen', 'dor', 'wy', 'the', 'ga', 'ski', 'ol', 'ar', 'ste', 'mi', 'ko', 'rin'];

/** `count` distinct made-up surnames ("Brazanlo"): names no dictionary knows, the slowest words to suggest for. */
export function names(seed, count) {
  const random = rng(seed);
  const out = new Set();
  while (out.size < count) {
    let name = '';
    for (let n = 2 + Math.floor(random() * 2); n > 0; n--) name += pick(random, SYLLABLES);
    out.add(name[0].toUpperCase() + name.slice(1));
  }
  return [...out];
}
