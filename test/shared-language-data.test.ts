import { describe, expect, it } from 'vitest';
import { nodeLanguageData } from '../packages/node-host/languageData';
import { adoptLanguageData, languageDataRead, onLanguageDataRead, sharedLanguageData, toShared } from '../packages/node-host/sharedLanguageData';

describe('language data shared between threads (node/sharedLanguageData.ts)', () => {
  it('reads a named file once, hands it on once, and gives the same bytes after', () => {
    const announced: string[] = [];
    onLanguageDataRead((name) => announced.push(name));
    let loads = 0;
    const load = () => (loads++, toShared(Buffer.from('one two three')));
    try {
      expect(sharedLanguageData('test/once.words', load)?.toString()).toBe('one two three');
      expect(sharedLanguageData('test/once.words', load)?.toString()).toBe('one two three');
    } finally {
      onLanguageDataRead(undefined);
    }
    expect(loads).toBe(1);
    expect(announced).toEqual(['test/once.words']);
    expect(languageDataRead().map(([name]) => name)).toContain('test/once.words');
  });

  it('uses data another thread read instead of loading it', () => {
    adoptLanguageData([['test/adopted.words', toShared(Buffer.from('from the worker'))]]);
    expect(sharedLanguageData('test/adopted.words', () => undefined)?.toString()).toBe('from the worker');
  });

  it("the Node host's data for the engine lives in shared memory", () => {
    const terms = nodeLanguageData().read('terms.words');
    expect(terms?.length).toBeGreaterThan(0);
    expect(terms?.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(nodeLanguageData().read('no-such-file.words')).toBeUndefined();
  });
});
