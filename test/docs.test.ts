/** docs/rules.md must be what the rules' metadata generates; `npm run docs` rewrites it. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../hosts/shared/docs/rulesMarkdown';
import { allRules } from '../packages/engine/rules';

const file = join(__dirname, '..', 'docs', 'rules.md');

/** The minimum rule set of SPEC section 3. */
const SPEC_RULES = `
frontmatter/invalid-yaml frontmatter/unknown-kind frontmatter/missing-field frontmatter/invalid-date
frontmatter/unknown-field frontmatter/invalid-email frontmatter/date-order
timing/before-interview timing/thank-you-late timing/check-in-before-deadline timing/check-in-too-early
timing/offer-deadline-passed timing/offer-deadline-close timing/weekend
structure/placeholder structure/missing-subject structure/missing-greeting structure/greeting-name-mismatch
structure/company-name-mismatch structure/missing-sign-off structure/too-long structure/linkedin-note-too-long
structure/missing-thanks structure/missing-link structure/missing-question structure/missing-offer-deadline
tone/pushy tone/passive-aggressive tone/over-apologetic tone/informal tone/desperate tone/phone
tone/exclamation tone/shouting tone/hedging
spelling/unknown-word grammar/repeated-word grammar/indefinite-article grammar/contraction
`.split(/\s+/).filter(Boolean);

const INFO_BY_DEFAULT = ['timing/weekend', 'structure/missing-question', 'structure/missing-offer-deadline', 'tone/over-apologetic', 'tone/exclamation', 'tone/hedging'];
const ERROR_BY_DEFAULT = SPEC_RULES.filter((id) => id.startsWith('frontmatter/') && !['frontmatter/unknown-field', 'frontmatter/invalid-email'].includes(id))
  .concat(['timing/before-interview', 'timing/check-in-before-deadline', 'timing/offer-deadline-passed', 'structure/placeholder', 'structure/linkedin-note-too-long']);

describe('rule documentation', () => {
  it('has every rule of the specification with its default severity', () => {
    const byId = new Map(allRules().map((r) => [r.id, r]));
    for (const id of SPEC_RULES) {
      const rule = byId.get(id);
      expect(rule, id).toBeDefined();
      const expected = INFO_BY_DEFAULT.includes(id) ? 'info' : ERROR_BY_DEFAULT.includes(id) ? 'error' : 'warning';
      expect(rule!.severity, id).toBe(expected);
    }
  });

  it('documents every rule with a why, a bad and a good example and a fix', () => {
    const rules = allRules();
    for (const rule of rules) {
      for (const key of ['summary', 'why', 'bad', 'good', 'fix'] as const) {
        expect(rule[key].trim().length, `${rule.id} ${key}`).toBeGreaterThan(10);
      }
      expect(rule.bad, rule.id).not.toBe(rule.good);
    }
  });

  it('docs/rules.md is up to date (run "npm run docs" after changing a rule)', () => {
    const generated = rulesMarkdown();
    if (process.env.FOLLOWUP_WRITE_DOCS) writeFileSync(file, generated);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });
});
