/** nspell (Hunspell in JavaScript) ships without types; this is the part the spelling module uses. */
declare module 'nspell' {
  export interface NSpell {
    /** Whether the word is spelled correctly, with Hunspell's casing and compounding rules. */
    correct(word: string): boolean;
  }
  function nspell(dictionary: { aff: Buffer | string; dic: Buffer | string }): NSpell;
  export default nspell;
}

declare module 'nspell/lib/index.js' {
  import nspell from 'nspell';
  export default nspell;
}
