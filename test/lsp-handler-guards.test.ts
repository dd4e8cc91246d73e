import { describe, expect, it } from 'vitest';
import { handlerGuards } from '../hosts/language-server/handlerGuards';

describe('handler guards (lsp/handlerGuards.ts)', () => {
  it('passes answers through and turns a throwing handler into a log line and its fallback', () => {
    const lines: string[] = [];
    const { guard } = handlerGuards((line) => lines.push(line));
    expect(guard('hover', (n: number) => n * 2, -1)(21)).toBe(42);
    const broken = guard('hover', (): number => {
      throw new Error('no such position');
    }, -1);
    expect(broken()).toBe(-1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^hover failed: Error: no such position/);
  });

  it('does the same for an async handler that rejects, and logs what was thrown even when it is not an Error', async () => {
    const lines: string[] = [];
    const { guardAsync, failed } = handlerGuards((line) => lines.push(line));
    expect(await guardAsync('codeLens', async () => ['lens'], [] as string[])()).toEqual(['lens']);
    expect(await guardAsync('codeLens', async (): Promise<string[]> => Promise.reject(new Error('gone')), [])()).toEqual([]);
    failed('warming up', 'a string');
    expect(lines[0]).toMatch(/^codeLens failed: Error: gone/);
    expect(lines[1]).toBe('warming up failed: a string');
  });
});
