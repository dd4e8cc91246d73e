/**
 * Every setting has a documented range (issue 18): a value outside it is one problem naming the setting
 * and its range, and the weaker value (editor setting, else default) is used. Through the engine, the CLI
 * and the server; and a 150,000-word list costs no more per word than a short one.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { applySettings, defaultSettings, SETTING_RANGES } from '../packages/engine/settings';
import { addWordToConfigText } from '../hosts/language-server/workspaceDictionary';
import { runCliMeasured } from './helpers/cli';
import { LspClient } from './helpers/lspClient';

const DRAFT = `---
kind: check-in
company: Hartley & Finch LLP
interviewer: Margaret Hale
interview_date: 2026-11-20
reply_deadline: 2026-11-23
send_date: 2026-11-24
subject: Checking in
---

Dear Ms Hale,

Is there anything else you need from me? I am keen to join the the team.

Kind regards,
Anna Lewis
`;
const TODAY = { year: 2026, month: 11, day: 24 };

const HOSTILE = {
  checkInWaitDays: 1e9,
  thankYouWithinHours: -1,
  linkedinNoteLimit: 1e300,
  maxFileSize: 1e15,
  wordLimits: { 'check-in': 2.5, 'thank-you': 1e308 },
};

describe('ranges in the engine', () => {
  it('each out-of-range value is one problem naming the setting and its range, and the default is used', () => {
    const { settings, problems } = applySettings(defaultSettings(), HOSTILE);
    expect(settings).toEqual(defaultSettings());
    expect(problems.map((p) => p.key)).toEqual([
      'checkInWaitDays',
      'thankYouWithinHours',
      'linkedinNoteLimit',
      'maxFileSize',
      'wordLimits.check-in',
      'wordLimits.thank-you',
    ]);
    expect(problems[0].message).toBe('"checkInWaitDays" must be a whole number of days from 0 to 365, not 1000000000; using 4');
    for (const [key, range] of Object.entries(SETTING_RANGES)) {
      expect(applySettings(defaultSettings(), key === 'wordLimits' ? { wordLimits: { 'check-in': range.max } } : { [key]: range.max }).problems).toEqual([]);
    }
  });

  it('checkInWaitDays 1e9 checks without throwing (it crashed the timing rules)', () => {
    const { settings } = applySettings(defaultSettings(), HOSTILE);
    expect(() => check(DRAFT, { settings, today: TODAY })).not.toThrow();
    expect(() => check(DRAFT, { settings: { ...defaultSettings(), checkInWaitDays: 365 }, today: TODAY })).not.toThrow();
  });

  it('100,000 bad values are ten lines, not 100,000', () => {
    const raw = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`key${i}`, i]));
    const { problems } = applySettings(defaultSettings(), raw);
    expect(problems).toHaveLength(10);
    expect(problems[9].message).toBe('and 99,991 more values like these, all ignored');
  });

  it('merges a 150,000-word list in linear time, and adds a word to a one-line list of them quickly', () => {
    const words = Array.from({ length: 150_000 }, (_, i) => `Word${i}`);
    let started = performance.now();
    const { settings } = applySettings(defaultSettings(), { words: [...words, 'Word7'] });
    const mergeMs = performance.now() - started;
    expect(settings.words).toHaveLength(150_000);
    const text = JSON.stringify({ dialect: 'en-GB', words });
    started = performance.now();
    const added = addWordToConfigText(text, 'Hartley');
    const addMs = performance.now() - started;
    console.log(`150,000 words: merged in ${mergeMs.toFixed(0)} ms, one word added in ${addMs.toFixed(0)} ms`);
    expect(added.ok && added.text).toBe(JSON.stringify({ dialect: 'en-GB', words: [...words, 'Hartley'] }));
    expect(mergeMs + addMs).toBeLessThan(5_000);
  });
});

describe('ranges in the CLI', () => {
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'followup-ranges-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('checkInWaitDays 1e9: one line naming the setting and its range, no stack trace, the draft checked', () => {
    fs.writeFileSync(path.join(dir, '.followup.json'), JSON.stringify({ checkInWaitDays: 1e9 }));
    fs.writeFileSync(path.join(dir, 'draft.md'), DRAFT);
    const run = runCliMeasured(['check', '--today', '2026-11-24', path.join(dir, 'draft.md')]);
    console.log(`checkInWaitDays 1e9: ${run.ms.toFixed(0)} ms, ${run.peakMb.toFixed(0)} MB`);
    expect(run.stderr.trim().split('\n')).toEqual([
      `followup: warning: ${path.join(dir, '.followup.json')}: "checkInWaitDays" must be a whole number of days from 0 to 365, not 1000000000; using 4`,
    ]);
    expect(run.stdout).toContain('grammar/repeated-word');
    expect(run.stdout).toContain('timing/check-in-too-early');
    expect(run.status).toBe(0);
  });

  it('a .followup.json of 150,000 words checks six drafts within the bounds', () => {
    const words = Array.from({ length: 150_000 }, (_, i) => `Word${i}`);
    fs.writeFileSync(path.join(dir, '.followup.json'), JSON.stringify({ words }));
    for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(dir, `draft${i}.md`), DRAFT);
    const run = runCliMeasured(['check', '--today', '2026-11-24', dir]);
    console.log(`150,000 words, 6 drafts: ${run.ms.toFixed(0)} ms, ${run.peakMb.toFixed(0)} MB`);
    expect(run.stdout.match(/grammar\/repeated-word/g)).toHaveLength(7);
    expect(run.ms).toBeLessThan(10_000);
    expect(run.peakMb).toBeLessThan(300);
  });
});

describe('ranges in the server', () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('checkInWaitDays 1e9: the draft gets its diagnostics, and .followup.json one warning on the key', async () => {
    const config = '{\n  "dialect": "en-GB",\n  "checkInWaitDays": 1e9\n}\n';
    client = await LspClient.start({ today: '2026-11-24', files: { '.followup.json': config } });
    const uri = await client.open('draft.md', DRAFT);
    const codes = (await client.diagnosticsFor(uri)).map((d) => d.code);
    expect(codes).toContain('grammar/repeated-word');
    const configUri = pathToFileURL(path.join(client.workspace, '.followup.json')).href;
    const published = await client.waitFor('config diagnostics', () => client!.published.find((p) => p.uri === configUri));
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]).toMatchObject({
      code: 'config/invalid-setting',
      severity: 2,
      range: { start: { line: 2, character: 2 }, end: { line: 2, character: 19 } },
      message: '"checkInWaitDays" must be a whole number of days from 0 to 365, not 1000000000; using 4',
    });
  });

  it('a .followup.json of 150,000 words on one line: diagnostics, an edit and one more word, each within the bounds', async () => {
    const words = Array.from({ length: 150_000 }, (_, i) => `Word${i}`);
    client = await LspClient.start({ today: '2026-11-24', files: { '.followup.json': JSON.stringify({ words }) } });
    let started = performance.now();
    const uri = await client.open('draft.md', DRAFT);
    expect((await client.diagnosticsFor(uri)).map((d) => d.code)).toContain('grammar/repeated-word');
    const openMs = performance.now() - started;
    started = performance.now();
    await client.replace(uri, 'keen', 'very keen');
    await client.diagnosticsFor(uri);
    const editMs = performance.now() - started;
    started = performance.now();
    await client.request('workspace/executeCommand', { command: 'followup.addWorkspaceWord', arguments: ['Zorblatt', uri] });
    const addMs = performance.now() - started;
    console.log(`server, 150,000 words: first diagnostics ${openMs.toFixed(0)} ms, an edit ${editMs.toFixed(0)} ms, one word added ${addMs.toFixed(0)} ms`);
    const text = fs.readFileSync(path.join(client.workspace, '.followup.json'), 'utf8');
    expect(text).toBe(JSON.stringify({ words: [...words, 'Zorblatt'] }));
    for (const ms of [openMs, editMs, addMs]) expect(ms).toBeLessThan(10_000);
  });

  it('an editor setting out of range is shown once, naming the setting and its range', async () => {
    client = await LspClient.start({ today: '2026-11-24', settings: { thankYouWithinHours: 1e9 } });
    const uri = await client.open('draft.md', DRAFT);
    expect((await client.diagnosticsFor(uri)).map((d) => d.code)).toContain('grammar/repeated-word');
    await client.waitFor('the message', () => client!.shownMessages.find((m) => m.includes('followup.thankYouWithinHours') && m.includes('from 0 to 8,760')));
  });
});
