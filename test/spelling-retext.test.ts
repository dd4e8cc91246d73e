/**
 * retext-spell does the checking, with the dialect's compiled Hunspell dictionary as its checker: the
 * build and the test config send retext-spell's `nspell(dictionary)` to nspellCompatible.ts.
 */
import retextEnglish from 'retext-english';
import retextSpell from 'retext-spell';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { spellChecker } from '../packages/engine/spelling/dictionaries';
import { unknownWords } from '../packages/engine/spelling/spellcheck';

describe('retext-spell with the compiled dictionary', () => {
  it("asks the dictionary it is given, and reports what it does not know", async () => {
    const wordList = spellChecker('en-GB');
    const asked: string[] = [];
    const original = wordList.correct.bind(wordList);
    const spy = Object.create(wordList) as typeof wordList;
    spy.correct = (word: string) => (asked.push(word), original(word));
    Object.setPrototypeOf(spy, Object.getPrototypeOf(wordList));
    const file = new VFile('I recieved your e-mail about the colour scheme.');
    const processor = unified().use(retextEnglish).use(retextSpell, { dictionary: { aff: new Uint8Array(0), dic: new Uint8Array(0), wordList: spy } as never, max: -1 });
    await processor.run(processor.parse(file), file);
    expect(asked).toContain('recieved');
    expect(file.messages.map((m) => [m.source, m.actual])).toEqual([['retext-spell', 'recieved']]);
  });

  it('is what the spelling rule uses: unknown words with their offsets', () => {
    expect(unknownWords('Thank you for the oportunity to discuss the programme.', 'en-GB')).toEqual([{ start: 18, end: 28, word: 'oportunity' }]);
    expect(unknownWords('Thank you for the opportunity to discuss the program.', 'en-US')).toEqual([]);
  });
});
