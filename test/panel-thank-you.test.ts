/**
 * structure/panel-thank-you-alike: two thank-yous of one panel that say nearly the same thing. The
 * measure's boundaries (a template with names swapped is flagged, one personal sentence each or a shared
 * sentence of thanks is not), and the rule in the CLI (a folder of drafts) and in the language server
 * (another draft open, or on disk in the workspace).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDraft } from '../packages/engine/draft';
import { readLetter } from '../packages/engine/letter';
import { panelSimilarity, panelWords, panelWordsOfText } from '../packages/engine/panelWords';
import { PANEL_SIMILARITY_THRESHOLD } from '../packages/engine/rules/structure/panel';
import { runCli } from './helpers/cli';
import { draftText } from './helpers/drafts';
import { LspClient } from './helpers/lspClient';

const RULE = 'structure/panel-thank-you-alike';
const TEMPLATE =
  'Thank you for taking the time to meet me this morning to discuss the Legal Secretary position. I enjoyed hearing about how the firm works, and I left even more enthusiastic about joining Hartley & Finch.\n\n' +
  'In my current role I prepared court bundles for three partners and trained two colleagues on the new case management system, so I would be glad to bring that experience to your team.';

const thankYou = (interviewer: string, greeting: string, main: string, interviewDate = '2026-11-20') =>
  draftText(
    { kind: 'thank-you', company: 'Hartley & Finch LLP', interviewer, interview_date: interviewDate, send_date: interviewDate, subject: 'Thank you' },
    `${greeting}\n\n${main}\n\nKind regards,\nAnna Lewis\n`,
  );

const similarity = (a: string, b: string) => panelSimilarity(panelWordsOfText(a, ['Margaret Hale', 'Hartley & Finch LLP']), panelWordsOfText(b, ['David Shah', 'Hartley & Finch LLP']));

describe('the panel measure', () => {
  it('sets aside the greeting, the names and the sign-off', () => {
    const draft = parseDraft(thankYou('Margaret Hale', 'Dear Ms Hale,', 'It was a pleasure to meet you, Margaret, at Hartley & Finch.'));
    expect(panelWords(draft, readLetter(draft), ['Margaret Hale', 'Hartley & Finch LLP', 'Anna Lewis'])).toBe('it was a pleasure to meet you at');
  });

  it('puts the same text with the names swapped and a word changed above the threshold', () => {
    const other = TEMPLATE.replace('the firm works', 'the family team works').replace('Margaret', 'David');
    expect(similarity(thankYou('Margaret Hale', 'Dear Ms Hale,', TEMPLATE), thankYou('David Shah', 'Dear Mr Shah,', other))).toBeGreaterThanOrEqual(PANEL_SIMILARITY_THRESHOLD);
  });

  it('puts a shared text with one personal sentence each, and a shared sentence of thanks alone, below it', () => {
    const hale = thankYou('Margaret Hale', 'Dear Ms Hale,', `${TEMPLATE}\n\nOur talk about moving the property team to electronic bundles stayed with me all afternoon.`);
    const shah = thankYou('David Shah', 'Dear Mr Shah,', `${TEMPLATE}\n\nYour question about two completions on one day made me think of my busiest month at work.`);
    expect(similarity(hale, shah)).toBeLessThan(PANEL_SIMILARITY_THRESHOLD);
    const thanks = 'Thank you for taking the time to meet me this morning to discuss the Legal Secretary position.';
    const personalHale = thankYou('Margaret Hale', 'Dear Ms Hale,', `${thanks} Our conversation about electronic bundles stayed with me, and I would be glad to help the property team make that change.`);
    const personalShah = thankYou('David Shah', 'Dear Mr Shah,', `${thanks} Your question about competing deadlines made me think of the month two completions fell on one day.`);
    expect(similarity(personalHale, personalShah)).toBeLessThan(PANEL_SIMILARITY_THRESHOLD / 2);
  });
});

describe('in the CLI', () => {
  it('flags both of two near-identical thank-yous in a folder, naming the other, and not a third to another interview', () => {
    const dir = mkdtempSync(join(tmpdir(), 'panel-'));
    writeFileSync(join(dir, 'hale.md'), thankYou('Margaret Hale', 'Dear Ms Hale,', TEMPLATE));
    writeFileSync(join(dir, 'shah.md'), thankYou('David Shah', 'Dear Mr Shah,', TEMPLATE));
    writeFileSync(join(dir, 'earlier.md'), thankYou('Priya Nair', 'Dear Ms Nair,', TEMPLATE, '2026-11-13'));
    const run = runCli(['check', '--format', 'json', '--today', '2026-11-20', dir]);
    const files = JSON.parse(run.stdout) as Array<{ file: string; findings: Array<{ rule: string; message: string }> }>;
    const panel = files.flatMap((f) => f.findings.filter((x) => x.rule === RULE).map((x) => ({ file: f.file, message: x.message })));
    expect(panel.map((p) => p.file.split(/[\\/]/).pop()).sort()).toEqual(['hale.md', 'shah.md']);
    expect(panel.find((p) => p.file.endsWith('hale.md'))!.message).toContain('David Shah (shah.md)');
  });
});

describe('in the language server', () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('compares with a thank-you on disk in the workspace', async () => {
    client = await LspClient.start({ today: '2026-11-20', files: { 'panel/shah.md': thankYou('David Shah', 'Dear Mr Shah,', TEMPLATE) } });
    const uri = await client.open('panel/hale.md', thankYou('Margaret Hale', 'Dear Ms Hale,', TEMPLATE));
    const flagged = await client.waitFor('the panel finding', () =>
      client!.published.filter((p) => p.uri === uri).at(-1)?.diagnostics.find((d) => d.code === RULE),
    );
    expect(flagged.message).toContain('David Shah');
  });

  it('compares with the unsaved text of another open thank-you, and stops once it says something personal', async () => {
    client = await LspClient.start({ today: '2026-11-20' });
    await client.open('hale.md', thankYou('Margaret Hale', 'Dear Ms Hale,', TEMPLATE));
    const shah = await client.open('shah.md', thankYou('David Shah', 'Dear Mr Shah,', TEMPLATE));
    expect((await client.diagnosticsFor(shah)).some((d) => d.code === RULE)).toBe(true);
    const version = await client.replace(
      shah,
      'In my current role I prepared court bundles for three partners and trained two colleagues on the new case management system, so I would be glad to bring that experience to your team.',
      'Your question about competing deadlines made me think of the month two completions fell on one day, and of how I kept both clients calm.',
    );
    expect((await client.diagnosticsFor(shah, version)).some((d) => d.code === RULE)).toBe(false);
  });
});
