/**
 * The check worker (issue 16): the built worker (dist/checkWorker.js) gives every fixture and example
 * exactly the findings of a check in this thread; a check past its time limit gets one "not checked"
 * finding and the next check runs on a fresh worker; a check no longer wanted is skipped; settings sent
 * once and named by number stay right however many documents take turns.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutcome, type CheckJob } from '../packages/engine/checkRunner';
import { defaultSettings, type Settings } from '../packages/engine/settings';
import { WorkerCheckRunner } from '../packages/node-host/workerCheckRunner';
import { draftText, INTERVIEW } from './helpers/drafts';
import { parseFixture } from './helpers/fixture';
import { ROOT, SERVER } from './helpers/lspClient';

const runner = new WorkerCheckRunner({ script: path.join(path.dirname(SERVER), 'checkWorker.js') });
afterAll(() => runner.dispose());

const today = { year: 2026, month: 11, day: 20 };
const GOOD = draftText({ kind: 'thank-you', ...INTERVIEW, send_date: '2026-11-20', subject: 'Thank you' }, 'Dear Ms Hale,\n\nThank you for meeting me today. I am keen to join the the team. I recieved it.\n\nKind regards,\nAnna Lewis\n');

/**
 * A note far too long to check in 1 s: 60,000 paragraphs, each different (the engine caches its work per
 * paragraph, so one paragraph repeated is checked in about a second on an idle machine).
 */
function slowNote(): string {
  return Array.from({ length: 60_000 }, (_, i) => `Thank you for the interview today, I am keen to join team ${i} and the project.\n\n`).join('');
}

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));
}

describe('checks in the worker', () => {
  it('give every fixture and example the same findings as a check in this thread', async () => {
    const jobs: CheckJob[] = [
      ...markdownFiles(path.join(ROOT, 'test', 'fixtures')).map((file) => {
        const fixture = parseFixture(fs.readFileSync(file, 'utf8'));
        return { text: fixture.text, settings: fixture.settings, today: fixture.today, id: file };
      }),
      // Without suggestions: their tail depends on a time budget (spelling/suggest.ts), so on a loaded
      // machine two checks of one file may differ there; that suggestions cross the thread is shown below.
      ...markdownFiles(path.join(ROOT, 'examples')).map((file) => ({ text: fs.readFileSync(file, 'utf8'), settings: defaultSettings(), today, id: file })),
    ];
    expect(jobs.length).toBeGreaterThan(150);
    for (const job of jobs) {
      const outcome = await runner.run({ ...job, limit: { seconds: 30, setting: 'the limit' } });
      expect(outcome, job.id).toEqual(checkOutcome(job));
    }
  });

  it('brings spelling suggestions back from the worker, the best first', async () => {
    const outcome = await runner.run({ text: GOOD, settings: defaultSettings(), today, suggest: true });
    const misspelt = outcome?.findings.find((f) => f.actual === 'recieved');
    expect(misspelt?.suggestions?.[0]).toBe('received');
  });

  it('stops a check past its time limit with one "not checked" finding; the next check runs on a fresh worker', async () => {
    const slow: Settings = { ...defaultSettings(), maxFileSize: 10_000_000, checkAllMarkdown: true };
    const note = slowNote();
    const started = performance.now();
    const stopped = await runner.run({ text: note, settings: slow, today, limit: { seconds: 1, setting: '"checkTimeoutSeconds"' } });
    console.log(`a ${note.length.toLocaleString('en')}-character note stopped after ${(performance.now() - started).toFixed(0)} ms`);
    expect(stopped?.notChecked).toEqual({ kind: 'timeout', seconds: 1, setting: '"checkTimeoutSeconds"' });
    expect(stopped?.findings).toEqual([
      expect.objectContaining({
        rule: 'structure/not-checked',
        severity: 'info',
        message: `This file (${note.length.toLocaleString('en')} characters) was not checked: checking it took longer than 1 s, so it was stopped. Shorten the file (one email per file), or raise "checkTimeoutSeconds" to give it more time.`,
      }),
    ]);
    const good = { text: GOOD, settings: defaultSettings(), today };
    expect(await runner.run({ ...good, limit: { seconds: 30, setting: 'x' } })).toEqual(checkOutcome(good));
  });

  it('turned off, a stopped check has no finding at all', async () => {
    const settings: Settings = { ...defaultSettings(), maxFileSize: 10_000_000, checkAllMarkdown: true, rules: { 'structure/not-checked': 'off' } };
    const note = slowNote();
    const stopped = await runner.run({ text: note, settings, today, limit: { seconds: 1, setting: 'x' } });
    expect(stopped?.notChecked?.kind).toBe('timeout');
    expect(stopped?.findings).toEqual([]);
  });

  it('skips a check that is no longer wanted when its turn comes, and runs the rest in order', async () => {
    const good = { text: GOOD, settings: defaultSettings(), today };
    const runs = [runner.run({ ...good, wanted: () => true }), runner.run({ ...good, wanted: () => false }), runner.run({ ...good, wanted: () => true })];
    const [first, skipped, last] = await Promise.all(runs);
    expect(skipped).toBeUndefined();
    expect(first).toEqual(checkOutcome(good));
    expect(last).toEqual(first);
  });

  it('keeps settings right when more documents take turns than the worker keeps settings for', async () => {
    const variants: Settings[] = Array.from({ length: 12 }, (_, i) => ({ ...defaultSettings(), dialect: i % 2 ? 'en-US' : 'en-GB', words: i % 3 ? [] : ['recieved'] }));
    for (let round = 0; round < 3; round++) {
      for (const settings of variants) {
        const job = { text: GOOD.replace('I recieved it.', 'I organised the programme. I recieved it.'), settings, today };
        expect(await runner.run(job)).toEqual(checkOutcome(job));
      }
    }
  });
});
