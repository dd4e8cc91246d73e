/**
 * The language server's list of other drafts: an open thank-you's panel words are read only when another
 * draft's check asks for them, and then are what draftSummary reads; the draft being checked is left out.
 */
import { describe, expect, it } from 'vitest';
import { WorkspaceDrafts } from '../hosts/language-server/workspaceDrafts';
import { defaultSettings } from '../packages/engine/settings';
import { readSibling } from '../packages/engine/siblings';
import { draftText, INTERVIEW } from './helpers/drafts';

const today = { year: 2026, month: 11, day: 28 };
const THANK_YOU = draftText(
  { kind: 'thank-you', ...INTERVIEW, send_date: '2026-11-21', subject: 'Thank you' },
  'Dear Ms Hale,\n\nThank you for meeting me to discuss the Legal Secretary role and the new case system.\n\nKind regards,\nAnna Lewis\n',
);
const CHECK_IN = draftText({ kind: 'check-in', ...INTERVIEW, send_date: '2026-11-27', subject: 'Checking in' });

describe('WorkspaceDrafts', () => {
  it('gives an open thank-you with the panel words draftSummary reads, and leaves out the draft checked', () => {
    const drafts = new WorkspaceDrafts(defaultSettings);
    drafts.setLive('/w/thank-you.md', THANK_YOU);
    drafts.setLive('/w/check-in.md', CHECK_IN);
    const settings = defaultSettings();
    const expected = [readSibling('/w/thank-you.md', THANK_YOU, settings, today), readSibling('/w/check-in.md', CHECK_IN, settings, today)];
    expect(expected[0]?.panelWords).toBeTruthy();
    expect(drafts.siblings(settings, today, '/w/thank-you.md')).toEqual([expected[1]]);
    expect(drafts.siblings(settings, today, '/w/check-in.md')).toEqual([expected[0]]);
    expect(drafts.siblings(settings, today)).toEqual(expected);
  });

  it('forgets an open file that stops being a draft', () => {
    const drafts = new WorkspaceDrafts(defaultSettings);
    drafts.setLive('/w/thank-you.md', THANK_YOU);
    drafts.setLive('/w/thank-you.md', 'Just notes now.');
    expect(drafts.siblings(defaultSettings(), today)).toEqual([]);
  });
});
