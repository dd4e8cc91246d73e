/**
 * Paths and values from settings, command arguments and answers are data: a drafts or templates folder
 * that leads outside the workspace (by name or through a symbolic link) and a draft name with a folder
 * part are refused with a message; a company or interviewer of any text renders as that text and nothing
 * more, never as YAML structure, a new field or a template.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftNameProblem, folderInside, realFolderInside } from '../hosts/vscode/workspacePaths';
import { check } from '../packages/engine/check';
import { KINDS } from '../packages/engine/kinds';
import { defaultSettings } from '../packages/engine/settings';
import { renderDraft } from '../hosts/shared/templates';
import { assertWellFormed } from './helpers/propertyDocs';

let home: string;
beforeEach(() => {
  home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'followup-paths-')));
});
afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

const realpath = (p: string) => {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
};

describe('folders and names', () => {
  it('refuses a drafts folder that is a link to a place outside the workspace, existing or to be made below it', () => {
    const workspace = path.join(home, 'jobs');
    const elsewhere = path.join(home, 'elsewhere');
    fs.mkdirSync(workspace);
    fs.mkdirSync(elsewhere);
    fs.symlinkSync(elsewhere, path.join(workspace, 'followups'));
    for (const folder of ['followups', 'followups/2026']) {
      const result = realFolderInside(workspace, path.join(workspace, folder), 'followup.draftsFolder', realpath);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/followup\.draftsFolder folder .* is a link to a place outside the workspace folder; set it to a real folder inside/);
    }
  });

  it('accepts real folders inside the workspace, existing or not, and links that stay inside', () => {
    const workspace = path.join(home, 'jobs');
    fs.mkdirSync(path.join(workspace, 'drafts'), { recursive: true });
    fs.symlinkSync(path.join(workspace, 'drafts'), path.join(workspace, 'followups'));
    for (const folder of ['drafts', 'followups', 'not-yet/made', '.']) {
      expect(realFolderInside(workspace, path.join(workspace, folder), 'followup.draftsFolder', realpath).ok).toBe(true);
    }
  });

  it('refuses any folder setting that climbs out of the workspace, by any spelling', () => {
    const climb = fc.array(fc.constantFrom('..', '.', 'a', 'b', '', '..\\..', '/'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/'));
    fc.assert(
      fc.property(climb, (setting) => {
        const result = folderInside('/home/anna/jobs', setting, 'followup.draftsFolder');
        const resolved = path.posix.resolve('/home/anna/jobs', setting.replace(/\\/g, '/'));
        const inside = resolved === '/home/anna/jobs' || resolved.startsWith('/home/anna/jobs/');
        expect(result.ok).toBe(inside);
        if (result.ok) expect(result.path.startsWith('/home/anna/jobs')).toBe(true);
        else expect(result.message).toContain('points outside the workspace folder');
      }),
      { seed: 51, numRuns: 300 },
    );
  });

  it.each(['../x.md', '..', 'a/b.md', '..\\x.md', '', 'x\0.md'])('refuses the draft name %j with a message', (name) => {
    expect(draftNameProblem(name)).toMatch(/is not a plain file name; a draft is only ever written directly into the drafts folder/);
  });

  it('accepts the names drafts get', () => {
    expect(draftNameProblem('2026-11-20-hartley-finch-llp-thank-you-2.md')).toBeUndefined();
  });
});

describe('template values are data', () => {
  const value = fc.oneof(
    fc.constantFrom('Acme: {x: 1}', 'Acme\nkind: other-offer', '---', '{{sender}}', '{{cursor}}', '"; rm -rf ~', '${process.exit()}', '<!-- followup-disable -->', '&a *a', '!!js/function x', '- [x]', '#', "O'Brien \"Sons\""),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  );

  it('any company and interviewer render as exactly that text in the front matter, and the draft checks without error', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), value, value, (kind, company, interviewer) => {
        const { text } = renderDraft(kind, { company, interviewer, interview_date: '2026-11-19', reply_deadline: '2026-11-26', offer_deadline: '2026-12-01', sender: 'Anna Lewis' }, { today: { year: 2026, month: 11, day: 20 }, checkInWaitDays: 4 });
        const result = check(text, { settings: defaultSettings(), today: { year: 2026, month: 11, day: 20 } });
        assertWellFormed(text, result.findings);
        expect(result.findings.filter((f) => f.rule === 'frontmatter/invalid-yaml')).toEqual([]);
        expect(result.facts.kind).toBe(kind);
        if (company.trim()) expect(result.facts.text.company).toBe(company.trim());
        // The front matter holds only the template's fields: a value never adds one.
        const fields = [...result.draft.frontMatter!.fields.keys()];
        expect(fields.every((f) => ['kind', 'company', 'position', 'interviewer', 'to', 'interview_date', 'reply_deadline', 'send_date', 'offer_deadline', 'other_company', 'subject', 'link', 'topic'].includes(f))).toBe(true);
      }),
      { seed: 52, numRuns: 200 },
    );
  });
});
