import { describe, expect, it } from 'vitest';
import { warmUp } from '../server/src/lsp/warmUp';

describe('warm-up (lsp/warmUp.ts)', () => {
  const today = () => ({ year: 2026, month: 1, day: 6 });

  it('is skipped when a document is already open (its own check warmed the engine)', () => {
    const failures: string[] = [];
    expect(warmUp({ anyDocumentOpen: () => true, today, failed: (name) => failures.push(name) })).toBe(false);
    expect(failures).toEqual([]);
  });

  it('runs one check of its own draft without a failure when nothing is open', () => {
    const failures: unknown[] = [];
    expect(warmUp({ anyDocumentOpen: () => false, today, failed: (_name, error) => failures.push(error) })).toBe(true);
    expect(failures).toEqual([]);
  });
});
