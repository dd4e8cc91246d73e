/**
 * Sentences for the tone tests, written for them and not copied from the data (`test/tone.test.ts` checks
 * that no data file contains one): what each rule must catch, what no rule may flag, and the exact
 * sentence each fix must leave (`test/tone-fixes.test.ts`).
 */

/** Written for these tests, not copied from the data: each must be caught by its rule. */
export const CAUGHT: Record<string, string[]> = {
  'tone/pushy': [
    'Please get back to me asap.',
    "I'll be expecting your decision by Thursday.",
    'You will need to confirm the start date this week.',
    'This is extremely urgent for me.',
    'Kindly respond as quickly as possible.',
    'I need an answer before the weekend.',
    'I want your decision today.',
    'You must reply by return.',
  ],
  'tone/passive-aggressive': [
    'Per my previous message, the references are attached.',
    'As I already explained, I am available from March.',
    'I have yet to receive any reply from your team.',
    'It seems nobody has responded to my application.',
    'Just a gentle reminder that I applied three weeks ago.',
    'Perhaps you missed my earlier email.',
    'I’ve still not heard anything.',
    'Thanking you in advance for a prompt answer.',
  ],
  'tone/over-apologetic': [
    'I’m so sorry to trouble you again.',
    'Apologies for chasing.',
    'Please forgive me for writing again.',
    'I hate to pester you, but is there any news?',
    'I do not wish to be a nuisance.',
    'Sorry if this email is a bother.',
    'I must apologise for taking up so much of your time.',
  ],
  'tone/informal': [
    'Hiya Margaret, just checking in.',
    'I’m gonna send the forms tomorrow.',
    'Thanx for seeing me yesterday.',
    'Loved meeting the team 👍',
    'I am super keen on the role.',
    'Btw, my portfolio is online.',
    'Yep, Tuesday works for me.',
    'Great chatting with you :)',
  ],
  'tone/desperate': [
    'I desperately need this position.',
    'Honestly, I would do absolutely anything to work for you.',
    'Please give me a chance to prove myself.',
    'This role would mean the world to me.',
    'I am getting quite desperate now.',
    "I'm happy to accept whatever salary you can offer.",
    'I have been out of work for over a year.',
    "I'm begging you to reconsider.",
  ],
  'tone/phone': [
    'I’ll phone your assistant on Monday.',
    'I plan to ring the office tomorrow morning.',
    'You can expect my call early next week.',
    'I will follow up by telephone on Thursday.',
    "I'm going to give you a quick ring.",
    'Failing that, I shall be calling your HR team.',
    'I might just pick up the phone next week.',
    "You'll be hearing from me by phone.",
  ],
  'tone/exclamation': [
    'Thanks so much! It was lovely to meet you!',
    'What a great day!! Thank you.',
    'Brilliant! I accept the offer with pleasure!',
    'I enjoyed it! The office is beautiful! The team was kind.',
    'Wonderful to meet you!\nI hope to hear soon!',
    'Many thanks! Speak soon!',
  ],
  'tone/shouting': [
    'I am REALLY grateful.',
    'PLEASE REPLY soon.',
    'It was ABSOLUTELY wonderful.',
    'THANKS AGAIN for your time.',
    'I am VERY KEEN to join.',
    'I CANNOT wait to start.',
    'I would LOVE TO hear from you.',
  ],
  'tone/hedging': [
    'I’m just wondering whether there is any news.',
    'I was hoping that perhaps we could speak.',
    'You could perhaps send the forms by post.',
    'Maybe perhaps the role has been filled.',
    'If it is not too much trouble, could you confirm?',
    'I just wanted to check whether maybe the panel has met.',
    'I think perhaps I forgot to attach my certificate.',
    "I'm kind of hoping for good news.",
  ],
};

/**
 * Issue 12: wordings of each rule's idea that its phrase list never held (written for this test, not taken
 * from any corpus): deadlines and orders in new words, the reader's silence described, stacked and heavy
 * apologies, desperation about one's circumstances, British slang intensifiers, contractions without
 * their apostrophe inside a tone phrase, visits announced instead of calls, piled-up hedges.
 */
export const GENERALISED: Record<string, string[]> = {
  'tone/pushy': [
    'Make sure the panel replies by Thursday at the latest.',
    "I'll need your decision by noon tomorrow.",
    'Decide by Friday or I will sign elsewhere.',
    'I must insist on an answer this week.',
    'Send the offer letter over before 3pm.',
    'A decision is required by the end of the week.',
  ],
  'tone/passive-aggressive': [
    'My application seems to have gone unacknowledged.',
    'I suspect my email fell through the cracks.',
    'Perhaps you were too busy to reply.',
    'Let me repeat myself once more.',
    "As per the advert, I have five years' experience.",
    'I havent heard back from anyone on the panel.',
  ],
  'tone/over-apologetic': [
    'I apologise profusely for the delay.',
    'Forgive the imposition of another email.',
    'Apologies in advance for the long message.',
    'Sorry for the typo, and apologies again for the mix-up.',
    'I dont want to be a nuisance.',
  ],
  'tone/desperate': [
    'This is my last hope of staying in the profession.',
    'After a year of rejections I am running out of savings.',
    "I will take whatever salary you're offering.",
    'I am at the end of my tether with job hunting.',
    'My children are depending on me landing this job.',
  ],
  'tone/informal': ['I was dead chuffed to be shortlisted.', 'I am well excited about the role.', 'Sorry it took me ages to write.'],
  'tone/phone': ["I'll pop into the office on Friday to ask about the decision.", "I'll try your mobile tomorrow morning.", 'Will ring you on Monday.'],
  'tone/hedging': ['I was maybe just wondering if perhaps there is any news.', 'I sort of think I might possibly suit the role.'],
  'tone/shouting': ['I am SO pleased to be shortlisted.', 'I would NEVER miss a deadline.'],
};

/** Polite sentences no tone rule may flag. */
export const POLITE = [
  'I would be grateful for an update when convenient.',
  "I'm happy to provide references.",
  "I'll be in London on Monday.",
  'Please call me if that is easier.',
  'I really enjoyed our conversation.',
  'Thank you again for your time!',
  'I look forward to hearing from you.',
  'I wanted to follow up on my application.',
  'The NHS and the BBC',
  'I am writing regarding the Legal Secretary position.',
  'Let me know if you need anything else.',
  'If you need to reach me, my number is below.',
  'I can start immediately.',
  'I am available to start without delay.',
  'I will send my references tomorrow.',
  'Could you let me know whether you need any further documents?',
  'You must have had many strong applicants.',
  'I expect the role involves a lot of diary management.',
  'I was wondering whether you had reached a decision.',
  'Thank you for your patience with my questions.',
  'I have worked with the CPS and HMRC for five years.',
  "I'm sorry to hear that the team has been so busy.",
  'As I mentioned in the interview, I type at 80 words per minute.',
  'I appreciate how busy you must be at this time of year.',
  'I would call myself a meticulous proofreader.',
  'I will ring-fence Friday afternoons for the training course.',
  'Hartley & Finch LLP has an excellent reputation.',
  'I will send my signed references as soon as possible.',
  'I could start as soon as possible if that helps.',
  'Do you need to see my certificates?',
  'There is no hurry on my side.',
  'I was so sorry to hear about the flooding at your office.',
  'If you give me the chance, I will show what I can do.',
  "I haven't heard back from the other firm yet.",
  "I'll be calling in to the office on Monday to drop off my forms.",
  'Please let me know if you need anything else before Friday.',
  'I will send my references by Friday at the latest.',
  'I have been asked to reply to another offer by Monday, so I wanted to let you know.',
  'Sorry for the short notice; I am free on Tuesday afternoon.',
  'It would have been lovely to meet the whole team.',
  'I use SAP and SQL daily, and I hold the CIPD Level 5 diploma.',
  'I can start immediately, and I am happy to work flexible hours.',
  'I served as Chief Mate on a coastal tanker for three years.',
  'I have a quick question about the start date.',
  'I look forward to seeing you at the office on Monday.',
  'Per your request, I attach my references.',
  'How long does it take to get to the site office from the station?',
  'I trust you received my references.',
  'I took immediate action when the alarm sounded.',
  'I have asked my referee to contact you directly.',
  'I would welcome another chance to discuss the role.',
  // One softener is polite; hedging is a pile of them.
  'I just wanted to say thank you for your time.',
  "I'll send it on Monday, if that's okay with you.",
];

/** A finding of `rule` on `actual` in `sentence`; applying its first suggestion must give exactly `fixed`. */
export interface FixCase {
  sentence: string;
  actual: string;
  fixed: string;
}

/** The example check-in's sentence (examples/check-in-hartley-finch.md), where the defect was seen. */
export const EXAMPLE_SENTENCE = "I still haven't heard back about the Legal Secretary role and I need to know your decision ASAP.";

const fix = (sentence: string, actual: string, fixed: string): FixCase => ({ sentence, actual, fixed });

/** For every rule, fixes applied to realistic sentences: one case at least for each phrase that offers a fix. */
export const FIXES: Record<string, FixCase[]> = {
  'tone/pushy': [
    fix(EXAMPLE_SENTENCE, 'ASAP', "I still haven't heard back about the Legal Secretary role and I need to know your decision when convenient."),
    fix(EXAMPLE_SENTENCE, 'I need to know', "I still haven't heard back about the Legal Secretary role and I would be grateful to know your decision ASAP."),
    fix('Could you send the forms ASAP, please?', 'ASAP', 'Could you send the forms when convenient, please?'),
    fix("I'll be expecting a response from you by Monday.", "I'll be expecting a response from you by Monday", 'I would be grateful to hear from you by Monday.'),
    fix('I expect you to confirm the start date.', 'I expect you to confirm', 'I would be grateful if you could confirm the start date.'),
    fix('I expect to hear back soon.', 'I expect to hear back', 'I would be grateful to hear from you soon.'),
    fix('I expect an update on my application.', 'I expect an update', 'I would be grateful for an update on my application.'),
    fix('You will need to sign the contract before my first day.', 'You will need to', 'Please sign the contract before my first day.'),
    fix('We need a decision on the role by Friday.', 'We need a decision', 'I would be grateful for a decision on the role by Friday.'),
    fix('I need to hear back by Friday.', 'I need to hear back', 'I would be grateful to hear back by Friday.'),
    fix('Please get back to me straight away.', 'get back to me straight away', 'Please get back to me when convenient.'),
  ],
  'tone/passive-aggressive': [
    fix(EXAMPLE_SENTENCE, "I still haven't heard back", 'I would welcome any news about the Legal Secretary role and I need to know your decision ASAP.'),
    fix('As per my previous email, I am free on Tuesday.', 'As per my previous email', 'As I mentioned, I am free on Tuesday.'),
    fix('As previously stated, I can start in March.', 'As previously stated', 'As mentioned, I can start in March.'),
    fix("I haven't had a reply to my email of 3 May.", "I haven't had a reply to", 'I would welcome a reply to my email of 3 May.'),
    fix('I am still waiting to hear back about the interview on 2 November.', 'I am still waiting to hear back', 'I would welcome any news about the interview on 2 November.'),
    fix('Unfortunately, there is still no news from your team.', 'Unfortunately, there is still no news from your team', 'I would welcome any news.'),
    fix('Just a quick reminder that my references are attached.', 'Just a quick reminder that', 'I wanted to mention that my references are attached.'),
    fix('This is a friendly reminder about my application.', 'This is a friendly reminder about', 'I wanted to follow up on my application.'),
    fix('I am writing to remind you that I am free on Tuesday.', 'to remind you that', 'I am writing to mention that I am free on Tuesday.'),
    fix('I am writing to remind you of my application.', 'to remind you of', 'I am writing to follow up on my application.'),
    fix('In case you missed it, my CV is attached again.', 'In case you missed it', 'For ease of reference, my CV is attached again.'),
    fix('You may have missed my note, so here it is again.', 'You may have missed my note', 'I wanted to follow up on my earlier note, so here it is again.'),
    fix('Thanks in advance for your help.', 'Thanks in advance', 'Thanks for your help.'),
    fix('Thanking you in advance for your time.', 'Thanking you in advance', 'Thank you for your time.'),
  ],
  'tone/over-apologetic': [
    fix('Sorry for taking up so much of your time on Friday.', 'Sorry for taking up so much of your time', 'Thank you for your time on Friday.'),
    fix('I apologise for wasting your valuable time.', 'I apologise for wasting your valuable time', 'Thank you for your time.'),
  ],
  'tone/informal': [
    fix('Hi there Margaret, thank you for today.', 'Hi there', 'Hello Margaret, thank you for today.'),
    fix('Hiya, just checking in about the role.', 'Hiya,', 'Hello, just checking in about the role.'),
    fix('Hey! Great to meet you on Monday.', 'Hey!', 'Hello! Great to meet you on Monday.'),
    fix('Hey Daniel, thank you for the tour.', 'Hey', 'Dear Daniel, thank you for the tour.'),
    fix("We're gonna need two references.", 'gonna', "We're going to need two references."),

    fix('I wanna thank you for your time.', 'wanna', 'I want to thank you for your time.'),
    fix("I've gotta send my references.", "I've gotta", 'I have to send my references.'),
    fix('I gotta leave early on Friday.', 'gotta', 'I have to leave early on Friday.'),
    fix('The interview was kinda tough.', 'kinda', 'The interview was rather tough.'),
    fix('What kinda training do you offer?', 'kinda', 'What kind of training do you offer?'),
    fix('What sorta hours does the team work?', 'sorta', 'What sort of hours does the team work?'),
    fix('I dunno whether the form arrived.', 'dunno', 'I do not know whether the form arrived.'),
    fix('Lemme know if you need anything.', 'Lemme', 'Let me know if you need anything.'),
    fix('Could you gimme a call back?', 'gimme', 'Could you give me a call back?'),
    fix('Thank u for the tour.', 'u', 'Thank you for the tour.'),
    fix('Is ur office near the station?', 'ur', 'Is your office near the station?'),
    fix('Ur welcome to call me.', 'Ur', "You're welcome to call me."),
    fix('Yer team was very welcoming.', 'Yer', 'Your team was very welcoming.'),
    fix('Pls find my CV attached.', 'Pls', 'Please find my CV attached.'),
    fix('Cheers again for the tour.', 'Cheers again for', 'Thank you again for the tour.'),
    fix('Cheers for the tour of the office.', 'Cheers for', 'Thank you for the tour of the office.'),
    fix('Thx for your time today.', 'Thx', 'Thank you for your time today.'),
    fix('Btw, I speak French.', 'Btw', 'By the way, I speak French.'),
    fix('Yeah, Tuesday suits me.', 'Yeah', 'Yes, Tuesday suits me.'),
    fix('Nope, I have no further questions.', 'Nope', 'No, I have no further questions.'),
    fix('Thanks for the tour, cheers.', 'cheers', 'Thanks for the tour, kind regards.'),
    fix('No worries if you need more time.', 'No worries if', 'That is perfectly fine if you need more time.'),
    fix('Thank you for letting me know, no worries at all.', 'no worries at all', 'Thank you for letting me know, that is perfectly fine.'),
    fix('The office looked awesome.', 'awesome', 'The office looked excellent.'),
    fix('I am mega excited about the role.', 'mega excited', 'I am very excited about the role.'),
    fix('Ping me if you need anything else.', 'Ping me', 'Email me if you need anything else.'),
    fix('I pinged you the forms yesterday.', 'pinged you', 'I emailed you the forms yesterday.'),
    fix("I'm pinging you my portfolio now.", 'pinging you', "I'm emailing you my portfolio now."),
    fix('Hit me up with any questions.', 'Hit me up', 'Contact me with any questions.'),
    fix('Drop me a line when you have news.', 'Drop me a line', 'Write to me when you have news.'),
    fix('Thank you for the tour 🙂 and for your time.', ' 🙂', 'Thank you for the tour and for your time.'),
    fix('Great chatting with you :) Thanks again.', ' :)', 'Great chatting with you. Thanks again.'),
  ],
  'tone/desperate': [
    fix('I really need this job because my contract is ending.', 'I really need this job', 'I am very keen on this role because my contract is ending.'),
    fix("I'm desperate to hear from you.", "I'm desperate to", 'I am very keen to hear from you.'),
    fix("I'm desperate for an answer.", "I'm desperate for", 'I would very much welcome an answer.'),
    fix('Having seen the office, I am now desperate to join.', 'desperate to', 'Having seen the office, I am now very keen to join.'),
    fix('We are desperate for news.', 'desperate for', 'We are very keen to have news.'),
    fix('I am desperately hoping for good news.', 'I am desperately hoping', 'I am very much hoping for good news.'),
    fix('I am desperately looking for a new role.', 'I am desperately looking', 'I am actively looking for a new role.'),
    fix('I desperately want this job.', 'desperately want', 'I very much want this job.'),
    fix('Since my redundancy I have been desperately searching for work.', 'desperately searching', 'Since my redundancy I have been actively searching for work.'),
    fix('I would do anything to get this job.', 'I would do anything to get this job', 'I would bring real commitment to this role.'),
    fix('Please give me a chance to show what I can do.', 'Please give me a chance', 'I would welcome the opportunity to show what I can do.'),
    fix('Please, please let me know.', 'Please, please', 'Please let me know.'),
    fix('The firm is a dream, and this job means everything to me.', 'this job means everything to me', 'The firm is a dream, and I am very enthusiastic about this role.'),
    fix("I couldn't bear to miss out on the role.", "I couldn't bear to miss out on the role", 'I am very enthusiastic about this role.'),
  ],
  'tone/phone': [
    fix("If I don't hear from you by Monday, I'll give your office a call.", "I'll give your office a call", "If I don't hear from you by Monday, I'd be happy to talk by phone if that suits you."),
    fix('My next step will be to ring you on Friday.', 'My next step will be to ring you on Friday', "I'd be happy to talk by phone if that suits you."),
    fix("I'll call you to discuss the next steps.", "I'll call you", "I'd be happy to talk by phone to discuss the next steps."),
    fix("I'll give you a ring about the contract.", "I'll give you a ring", "I'd be happy to talk by phone about the contract."),
  ],
  'tone/exclamation': [
    fix('Thank you so much! The tour was great!', '!', 'Thank you so much! The tour was great.'),
    fix('Thank you!! I enjoyed it.', '!', 'Thank you! I enjoyed it.'),
    fix('Thank you! Has the panel met yet!?', '!', 'Thank you! Has the panel met yet?'),
  ],
  'tone/shouting': [
    fix('I am EXTREMELY grateful for your time.', 'EXTREMELY', 'I am extremely grateful for your time.'),
    fix('THANK YOU for the tour.', 'THANK YOU', 'Thank you for the tour.'),
    fix('I would REALLY LOVE to join the team.', 'REALLY LOVE', 'I would really love to join the team.'),
  ],
  'tone/hedging': [
    fix('I was wondering if you could possibly confirm the date.', 'I was wondering if you could possibly', 'I would like to ask whether you could confirm the date.'),
    fix('I was just wondering if there might be any news.', 'I was just wondering if there might', 'I would like to ask whether there might be any news.'),
    fix('I wonder if maybe we could talk next week.', 'I wonder if maybe', 'I would like to ask whether we could talk next week.'),
    fix('I was hoping that maybe we could meet again.', 'I was hoping that maybe', 'I was hoping that we could meet again.'),
    fix('I was just hoping to hear from you.', 'I was just hoping', 'I was hoping to hear from you.'),
    fix('You could maybe send the contract by post.', 'could maybe', 'You could send the contract by post.'),
    fix('I think maybe I sent the wrong form.', 'I think maybe', 'Perhaps I sent the wrong form.'),
    fix("If you don't mind me asking, has the role been filled?", "If you don't mind me asking", 'If I may ask, has the role been filled?'),
    fix("I'll send it on Monday, if it's not too much trouble.", "if it's not too much trouble", "I'll send it on Monday, if possible."),
    fix('I kind of think the role suits me.', 'I kind of think', 'I think the role suits me.'),
  ],
};

/** Findings with no drop-in fix: no suggestion, and a message that names the better phrasing. */
export interface AdviceCase {
  sentence: string;
  actual: string;
  /** What the message must say to write instead. */
  advice: string;
}

const advise = (sentence: string, actual: string, advice: string): AdviceCase => ({ sentence, actual, advice });

export const ADVICE: Record<string, AdviceCase[]> = {
  'tone/pushy': [
    advise('I insist that you reply by Friday.', 'I insist', 'I would be grateful if you could let me know'),
    advise('Please reply to me immediately.', 'reply to me immediately', 'I would welcome any news when it suits you'),
    // A fix is offered only if the sentence it leaves is polite: "Please ... by Friday or I will ..." is not.
    advise('You need to make a decision by Friday or I will accept their offer.', 'You need to', 'Could you let me know when it suits you'),
    advise('You must confirm the salary by Thursday.', 'You must', 'Could you let me know when it suits you'),
  ],
  'tone/passive-aggressive': [
    advise('Since I haven’t heard back, I wanted to ask whether there is any news.', 'I haven’t heard back', 'I would welcome any news'),
    advise('I think you may have missed my earlier email.', 'you may have missed my earlier email', 'I wanted to follow up on my earlier email'),
  ],
  'tone/over-apologetic': [advise('Sorry to bother you again, but is there any news?', 'Sorry to bother you again', 'Thank you for your time')],
  'tone/informal': [advise("It's gotta be the best firm in town.", 'gotta', 'got to')],
  'tone/desperate': [
    advise("I'll be devastated if I don't get it.", "I'll be devastated if", 'I am very enthusiastic about this role'),
    advise("I'd do anything for this role.", "I'd do anything", 'I would bring real commitment to this role'),
    // "I would ask you to give me a chance" would still be pleading.
    advise('I am begging you to give me a chance.', 'I am begging you to', 'I would welcome the opportunity'),
    advise('I beg you to give me an interview.', 'I beg you to', 'I would welcome the opportunity'),
  ],
  'tone/phone': [advise('I will call Margaret tomorrow.', 'I will call', 'offer to talk by phone')],
};
