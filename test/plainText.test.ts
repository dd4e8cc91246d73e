/** "Copy as Email": every example draft becomes the plain text a user pastes into a mail client. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mailtoLink, toPlainEmail } from '../packages/engine/plainText';

const examples = join(__dirname, '..', 'examples');

describe('plain-text export', () => {
  for (const name of readdirSync(examples).filter((f) => f.endsWith('.md'))) {
    it(`exports ${name} without front matter or Markdown`, () => {
      const text = readFileSync(join(examples, name), 'utf8');
      const email = toPlainEmail(text);
      expect(email.body).not.toMatch(/^---$/m);
      expect(email.body).not.toMatch(/^kind:/m);
      expect(email.body).not.toMatch(/\]\(|<!--|\*\*/);
      // Paragraphs stay paragraphs; long prose lines are joined for the mail client to wrap; the sign-off
      // and signature keep their lines.
      const paragraphs = text.split(/^---$/m)[2].trim().split(/\n\s*\n/);
      expect(email.body.trim().split(/\n\n/).length).toBe(paragraphs.length);
      for (const p of paragraphs.filter((p) => p.split('\n').some((l) => l.length >= 50) && !/,\n/.test(p))) {
        expect(email.body).toContain(p.replace(/\s*\n\s*/g, ' ').replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)'));
      }
      if (/^(Kind regards|Best wishes|Yours sincerely),$/m.test(text)) {
        expect(email.body.trim().split('\n').slice(-2)).toEqual(text.trim().split('\n').slice(-2));
      }
      if (/^subject:/m.test(text)) expect(email.subject).toBe(/^subject: (.*)$/m.exec(text)![1]);
    });
  }

  it('keeps links as text with their address, and hard breaks', () => {
    const email = toPlainEmail('---\nkind: point-of-interest\nsubject: A study\nto: dan@example.org\n---\n\nDear Dan,\n\nHave a look at [the study](https://example.org/s) I mentioned, and\n<https://example.org/t>.\n\n<!-- followup-disable -->\nBest wishes,\\\nAnna\n');
    expect(email.body).toBe('Dear Dan,\n\nHave a look at the study (https://example.org/s) I mentioned, and https://example.org/t.\n\nBest wishes,\nAnna\n');
    expect(mailtoLink(email)).toBe(
      'mailto:dan@example.org?subject=A%20study&body=' + encodeURIComponent(email.body.replace(/\n/g, '\r\n')),
    );
  });
});
