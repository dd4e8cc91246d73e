/**
 * How likely it is that someone meaning `intended` typed `typed`: a weighted edit distance (optimal string
 * alignment) in which the slips people really make cost less than arbitrary edits. A doubled or dropped
 * double letter ("accomodate"), a swapped pair ("recieve"), a vowel for a vowel ("definately",
 * "seperate"), a neighbouring key ("interbiew") and sound-alike consonants ("licence"/"license") are cheap.
 */

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = new Set('aeiouy');
/** Consonants that sound alike and are confused in writing. */
const SOUND_ALIKE = ['cs', 'ck', 'sz', 'gj', 'fv', 'mn', 'ct', 'st', 'dt', 'qk', 'xc', 'wv'];

export const COST = {
  /** An arbitrary insertion, deletion or substitution. */
  edit: 1,
  transposition: 0.5,
  /** Typing a letter twice, or once where it is doubled. */
  doubling: 0.35,
  vowel: 0.5,
  neighbourKey: 0.6,
  /** An extra letter whose key is next to the letter typed before or after it. */
  strayKey: 0.6,
  soundAlike: 0.6,
  /** Dropping or adding a vowel (unstressed vowels are often not heard: "privlege"). */
  vowelGap: 0.7,
  /** Dropping or adding a consonant that is often silent or slurred: h, w, r (in British speech), n, m. */
  quietLetter: 0.8,
} as const;

const neighbours = new Map<string, Set<string>>();
for (let row = 0; row < KEYBOARD_ROWS.length; row++) {
  for (let col = 0; col < KEYBOARD_ROWS[row].length; col++) {
    const key = KEYBOARD_ROWS[row][col];
    const near = new Set<string>();
    for (const r of [row - 1, row, row + 1]) {
      const line = KEYBOARD_ROWS[r];
      if (!line) continue;
      // Rows are staggered: the keys above and below sit at the same or the next column.
      for (const c of r === row ? [col - 1, col + 1] : r < row ? [col, col + 1] : [col - 1, col]) {
        if (line[c]) near.add(line[c]);
      }
    }
    neighbours.set(key, near);
  }
}
const soundAlike = new Set(SOUND_ALIKE.flatMap(([a, b]) => [a + b, b + a]));
const QUIET = new Set('hwrnm');

/** Letters get codes 0-25, the apostrophe 26, anything else 27. */
const SYMBOLS = 28;
function code(c: string): number {
  const k = c.charCodeAt(0) - 97;
  return k >= 0 && k < 26 ? k : c === "'" ? 26 : 27;
}

/** substitution[typed * SYMBOLS + intended], computed once. */
const SUBSTITUTION = new Float64Array(SYMBOLS * SYMBOLS);
/** NEAR_KEY[a * SYMBOLS + b]: whether keys a and b are neighbours. */
const NEAR_KEY = new Uint8Array(SYMBOLS * SYMBOLS);
/** Cost of adding or dropping a symbol that is not next to its double. */
const INDEL = new Float64Array(SYMBOLS);
for (let t = 0; t < SYMBOLS; t++) {
  const c = String.fromCharCode(97 + t);
  INDEL[t] = VOWELS.has(c) ? COST.vowelGap : t === 26 || QUIET.has(c) ? COST.quietLetter : COST.edit;
  for (let i = 0; i < SYMBOLS; i++) {
    SUBSTITUTION[t * SYMBOLS + i] = slowSubstitutionCost(t, i);
    if (t < 26 && i < 26 && neighbours.get(String.fromCharCode(97 + t))?.has(String.fromCharCode(97 + i))) NEAR_KEY[t * SYMBOLS + i] = 1;
  }
}

function slowSubstitutionCost(t: number, i: number): number {
  if (t === i) return 0;
  if (t >= 26 || i >= 26) return COST.edit;
  const typed = String.fromCharCode(97 + t);
  const intended = String.fromCharCode(97 + i);
  if (VOWELS.has(typed) && VOWELS.has(intended)) return COST.vowel;
  if (soundAlike.has(typed + intended)) return COST.soundAlike;
  if (neighbours.get(typed)?.has(intended)) return COST.neighbourKey;
  return COST.edit;
}

export function substitutionCost(typed: string, intended: string): number {
  return SUBSTITUTION[code(typed) * SYMBOLS + code(intended)];
}

let rows = new Float64Array(3 * 64);
let typedCodes = new Int32Array(64);
let intendedCodes = new Int32Array(64);

/** The weighted distance from `typed` to `intended` (lower case), or Infinity once it exceeds `limit`. */
export function editCost(typed: string, intended: string, limit = Infinity): number {
  const n = typed.length;
  const m = intended.length;
  const width = m + 1;
  if (3 * width > rows.length) rows = new Float64Array(3 * width);
  if (n > typedCodes.length) typedCodes = new Int32Array(n);
  if (m > intendedCodes.length) intendedCodes = new Int32Array(m);
  for (let i = 0; i < n; i++) typedCodes[i] = code(typed[i]);
  for (let j = 0; j < m; j++) intendedCodes[j] = code(intended[j]);
  const insert = (j: number) =>
    (j > 0 && intendedCodes[j] === intendedCodes[j - 1]) || (j + 1 < m && intendedCodes[j] === intendedCodes[j + 1]) ? COST.doubling : INDEL[intendedCodes[j]];
  const remove = (i: number) => {
    const c = typedCodes[i];
    if ((i > 0 && c === typedCodes[i - 1]) || (i + 1 < n && c === typedCodes[i + 1])) return COST.doubling;
    // A finger that also caught the next key: "willk", "interviewq".
    if ((i > 0 && NEAR_KEY[typedCodes[i - 1] * SYMBOLS + c]) || (i + 1 < n && NEAR_KEY[typedCodes[i + 1] * SYMBOLS + c])) {
      return Math.min(COST.strayKey, INDEL[c]);
    }
    return INDEL[c];
  };
  // Three rows of the DP table, at offsets prev2 (i-2), prev (i-1) and cur (i).
  let prev2 = 0;
  let prev = width;
  let cur = 2 * width;
  rows[prev] = 0;
  for (let j = 1; j <= m; j++) rows[prev + j] = rows[prev + j - 1] + insert(j - 1);
  for (let i = 1; i <= n; i++) {
    const t = typedCodes[i - 1];
    const removeCost = remove(i - 1);
    rows[cur] = rows[prev] + removeCost;
    let best = rows[cur];
    for (let j = 1; j <= m; j++) {
      const w = intendedCodes[j - 1];
      let cost = rows[prev + j - 1] + SUBSTITUTION[t * SYMBOLS + w];
      const del = rows[prev + j] + removeCost;
      if (del < cost) cost = del;
      const ins = rows[cur + j - 1] + insert(j - 1);
      if (ins < cost) cost = ins;
      if (i > 1 && j > 1 && t !== w && t === intendedCodes[j - 2] && typedCodes[i - 2] === w) {
        const swap = rows[prev2 + j - 2] + COST.transposition;
        if (swap < cost) cost = swap;
      }
      rows[cur + j] = cost;
      if (cost < best) best = cost;
    }
    if (best > limit) return Infinity;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return rows[prev + m] > limit ? Infinity : rows[prev + m];
}
