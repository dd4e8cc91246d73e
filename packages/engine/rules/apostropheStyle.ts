/**
 * Which apostrophe a text already uses between letters, so grammar fixes suggest the writer's own style.
 * Worked out once per text (the grammar and confusable-word rules both ask, on every keystroke) by
 * looking only at the apostrophes themselves: an expression with a look-behind for a letter tried at
 * every position of a long file cost more than the rest of the question.
 */
const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;

let lastText: string | undefined;
let lastCurly = false;

/** Whether curly apostrophes (’) outnumber straight ones between two letters ("don't"). */
export function prefersCurlyApostrophes(text: string): boolean {
  if (text === lastText) return lastCurly;
  let curly = 0;
  for (let i = text.indexOf('’'); i !== -1; i = text.indexOf('’', i + 1)) curly++;
  let straight = 0;
  for (let i = text.indexOf("'"); i !== -1; i = text.indexOf("'", i + 1)) {
    // Two code units either side: a letter outside the Basic Multilingual Plane is a surrogate pair.
    if (LETTER_BEFORE.test(text.slice(Math.max(0, i - 2), i)) && LETTER_AFTER.test(text.slice(i + 1, i + 3))) straight++;
  }
  lastText = text;
  lastCurly = curly > straight;
  return lastCurly;
}
