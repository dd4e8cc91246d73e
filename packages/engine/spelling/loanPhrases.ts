/**
 * Phrases borrowed whole from other languages ("déjà vu", "mise en place", "pâte à choux"): their words
 * are right together even where no dictionary knows them alone ("vu", "choux"). A word is accepted only
 * inside its phrase, so "vu" on its own is still flagged.
 */
import { withoutAccents } from './wordKinds';

export const LOAN_PHRASES: readonly string[] = [
  'déjà vu', 'mise en place', 'sous vide', 'à la carte', 'à la minute', 'à la mode', 'en route', 'per se', 'vice versa',
  'ad hoc', 'bona fide', 'pro bono', 'status quo', 'in situ', 'in vitro', 'in vivo', 'in silico', 'de facto', 'de jure',
  'et al', 'carte blanche', 'faux pas', "raison d'être", 'joie de vivre', 'crème brûlée', 'pièce de résistance',
  'savoir faire', 'coup de grâce', 'laissez faire', 'prima facie', 'quid pro quo', 'curriculum vitae', 'modus operandi',
  'sine qua non', 'bon appétit', 'amuse bouche', 'pâte à choux', 'choux pastry', 'choux buns', 'petit four', 'petits fours',
  'crème pâtissière', 'crème anglaise', 'crème fraîche', 'beurre blanc', 'beurre noisette', 'au jus', 'al dente', 'con carne',
  'dim sum', 'pad thai', 'bánh mì', 'tarte tatin', 'pain au chocolat', 'pains au chocolat', 'pâte sucrée', 'pâte brisée',
  'pâte feuilletée', 'mea culpa', 'alma mater', 'cum laude', 'magna cum laude', 'summa cum laude', 'ad nauseam',
  'persona non grata', 'esprit de corps', 'fait accompli', 'tour de force', 'par excellence', 'en masse', 'en suite',
  'au pair', 'au fait', 'avant garde', 'bête noire', "hors d'oeuvre", "hors d'oeuvres", "hors d'œuvre", 'vis à vis',
  'sotto voce', 'pro rata', 'pro forma', 'ex officio', 'ad interim', 'inter alia', 'terra incognita', 'wabi sabi',
  'feng shui', 'dolce vita', 'chef de partie', 'chef de cuisine', 'commis chef', 'sous chef', 'maître d', 'table d\'hôte',
  'prix fixe', 'cordon bleu', 'nouvelle cuisine', 'haute cuisine', 'bain marie', 'mille feuille', 'pot au feu',
];

function normal(word: string): string {
  return withoutAccents(word.replace(/[’ʼ]/g, "'").toLowerCase());
}

/** Each phrase's words, normalised, by every word they hold. */
const BY_WORD = new Map<string, string[][]>();
for (const phrase of LOAN_PHRASES) {
  const words = phrase.split(/[\s-]+/).map(normal);
  for (const w of new Set(words)) BY_WORD.set(w, [...(BY_WORD.get(w) ?? []), words]);
}

const WORD_BEFORE = /([\p{L}\p{M}'’]+)[\s-]+$/u;
const WORD_AFTER = /^[\s-]+([\p{L}\p{M}'’]+)/u;

/** Whether the word at [start, end) of the text stands inside one of the borrowed phrases. */
export function inLoanPhrase(text: string, start: number, end: number): boolean {
  const phrases = BY_WORD.get(normal(text.slice(start, end)));
  if (!phrases) return false;
  return phrases.some((words) => {
    const at = words.indexOf(normal(text.slice(start, end)));
    let before = text.slice(0, start);
    for (let i = at - 1; i >= 0; i--) {
      const m = WORD_BEFORE.exec(before);
      if (!m || normal(m[1]) !== words[i]) return false;
      before = before.slice(0, m.index);
    }
    let after = text.slice(end);
    for (let i = at + 1; i < words.length; i++) {
      const m = WORD_AFTER.exec(after);
      if (!m || normal(m[1]) !== words[i]) return false;
      after = after.slice(m[0].length);
    }
    return true;
  });
}
