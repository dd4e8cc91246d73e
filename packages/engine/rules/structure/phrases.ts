/**
 * Word and phrase lists the structure rules search for. Lower case; a space matches any whitespace; each
 * entry matches as whole words. Add to these lists rather than to the rules' code.
 */

/** Words that thank: a thank-you email needs at least one in its main text. */
export const THANKS = [
  'thank',
  'thanks',
  'thanked',
  'thanking',
  'thankful',
  'grateful',
  'gratitude',
  'appreciate',
  'appreciated',
  'appreciating',
  'appreciation',
  'appreciative',
];

/** Offers of help or more information: a check-in needs one of these or a question mark. */
export const OFFERS = [
  'happy to provide',
  'happy to send',
  'happy to share',
  'happy to answer',
  'happy to discuss',
  'happy to help',
  'glad to provide',
  'glad to send',
  'glad to share',
  'glad to answer',
  'pleased to provide',
  'pleased to send',
  'pleased to share',
  'pleased to answer',
  'would be happy to',
  "i'd be happy to",
  "i'd be glad to",
  'would be glad to',
  'would be pleased to',
  'please let me know if',
  'please let me know whether',
  'let me know if',
  'let me know whether',
  'let me know what',
  'if you need anything',
  'if you need any',
  'if you would like',
  "if you'd like",
  'if you require',
  'should you need',
  'should you require',
  'should you wish',
  'if there is anything',
  "if there's anything",
  'anything else you need',
  'anything further',
  'if it would help',
  'if it helps',
  'do not hesitate',
  "don't hesitate",
  'feel free to',
  'i can send',
  'i can provide',
  'i could send',
  'i could provide',
];

/** Plain phrases that say by when: an other-offer email needs one of these or a date. */
export const DEADLINE_PHRASES = [
  'deadline',
  'by when',
  'tomorrow',
  'this week',
  'next week',
  'this weekend',
  'end of the day',
  'end of the week',
  'end of the month',
  'end of day',
  'end of week',
  'end of next week',
  'close of business',
  'no later than',
  'by the end',
  'respond by',
  'reply by',
  'answer by',
  'decide by',
  'decision by',
];

const NUMBER_WORD = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|a|an)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';

/** Patterns that say by when (regular expression sources, matched case-insensitively as whole words). */
export const DEADLINE_PATTERNS = [
  // "Friday", "by Monday"
  WEEKDAY,
  // "within two days", "in a few days", "within 48 hours"
  `(?:within|in) (?:the next )?${NUMBER_WORD} (?:hours?|days?|working days?|business days?|weeks?)`,
  // "27 November", "November 27th", "27th of November"
  `\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}`,
  `${MONTH} \\d{1,2}(?:st|nd|rd|th)?`,
  // "27/11", "27.11.2026", "2026-11-27"
  '\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?',
  '\\d{4}-\\d{2}-\\d{2}',
];

/** Words in a greeting that address no one in particular: such greetings are never a name mismatch. */
export const GENERIC_ADDRESSEES = [
  'sir',
  'madam',
  'sirs',
  'hiring',
  'manager',
  'managers',
  'team',
  'all',
  'everyone',
  'everybody',
  'there',
  'colleagues',
  'recruiter',
  'recruiters',
  'recruitment',
  'hr',
  'human',
  'resources',
  'panel',
  'committee',
  'partners',
  'whom',
  'concern',
  'both',
  'friends',
  'folks',
  'again',
];

/** Legal suffixes a company name may be written without ("Hartley & Finch" for "Hartley & Finch LLP"). */
export const LEGAL_SUFFIXES = [
  'llp',
  'ltd',
  'limited',
  'plc',
  'inc',
  'incorporated',
  'llc',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'sa',
  'pty',
  'lp',
  'group',
];
