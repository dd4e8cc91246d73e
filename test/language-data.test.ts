/**
 * The engine reads its language data through the source its host gives it (engine/languageData.ts); the
 * Node hosts give packages/node-host/languageData.ts. Each file is asked for on first use only.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readLanguageData, setLanguageDataSource } from '../packages/engine/languageData';
import { spellChecker } from '../packages/engine/spelling/dictionaries';
import { isKnownTerm } from '../packages/engine/spelling/terms';
import { nodeLanguageData } from '../packages/node-host/languageData';

afterAll(() => setLanguageDataSource(nodeLanguageData()));

describe('language data', () => {
  it('Node: gives the compiled files by name, the dialect Hunspell files, and nothing for an unknown name', () => {
    const data = nodeLanguageData();
    expect(data.read('terms.words')?.length).toBeGreaterThan(1000);
    expect(data.read('lexicon.tags')?.length).toBeGreaterThan(1000);
    expect(new TextDecoder().decode(data.read('en-GB/index.aff'))).toMatch(/^SET /m);
    expect(data.read('en-US/extra.words')?.length).toBeGreaterThan(1000);
    expect(data.read('fr-FR/index.words')).toBeUndefined();
    expect(data.read('no-such-file.bin')).toBeUndefined();
  });

  it('the engine loads one dialect lazily: checking en-GB asks for en-GB files only', () => {
    const asked: string[] = [];
    const node = nodeLanguageData();
    setLanguageDataSource({ read: (name) => (asked.push(name), node.read(name)) });
    expect(spellChecker('en-GB').correct('colour')).toBe(true);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((name) => name.startsWith('en-GB/'))).toBe(true);
    const reads = asked.length;
    expect(spellChecker('en-GB').correct('programme')).toBe(true);
    expect(asked.length).toBe(reads);
  });

  it('the engine uses whatever source the host gives (a browser host gives its own files)', () => {
    const node = nodeLanguageData();
    const served: string[] = [];
    setLanguageDataSource({ read: (name) => (served.push(name), node.read(name)) });
    expect(isKnownTerm('Kubernetes')).toBe(true);
    expect(served).toEqual(['terms.words']);
  });

  it('says what is missing when the host gave no source', () => {
    setLanguageDataSource(undefined as never);
    expect(() => readLanguageData('terms.words')).toThrow(/setLanguageDataSource/);
  });
});
