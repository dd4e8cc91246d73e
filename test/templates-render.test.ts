/** The one renderer: placeholders, the cursor, YAML-safe front matter, and values that never run as code. */
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { placeholdersIn, renderTemplate, splitFrontMatter, yamlScalar } from '../hosts/shared/templates';

const TEMPLATE = `---
kind: thank-you
company: {{company}}
position: {{position}}
subject: Thank you for the {{position}} interview
---

Dear {{interviewer}},

Thank you for meeting me. {{cursor}}I enjoyed it.

Kind regards,
{{sender}}
`;

function frontMatterOf(text: string): Record<string, unknown> {
  const { frontMatter } = splitFrontMatter(text);
  return parse(frontMatter!.replace(/^---\r?\n/, '').replace(/---\s*$/, '')) as Record<string, unknown>;
}

describe('renderTemplate', () => {
  it('fills placeholders and puts the cursor where {{cursor}} was, removing the marker', () => {
    const { text, cursor } = renderTemplate(TEMPLATE, { company: 'Hartley & Finch LLP', position: 'Legal Secretary', interviewer: 'Margaret Hale', sender: 'Anna Lewis' });
    expect(text).toContain('company: Hartley & Finch LLP\n');
    expect(text).toContain('Dear Margaret Hale,');
    expect(text).not.toContain('{{');
    expect(text.slice(cursor)).toMatch(/^I enjoyed it\./);
    expect(frontMatterOf(text)).toMatchObject({ company: 'Hartley & Finch LLP', subject: 'Thank you for the Legal Secretary interview' });
  });

  it('leaves a placeholder without a value as it is, so the placeholder rule shows what to fill', () => {
    const { text } = renderTemplate(TEMPLATE, { company: 'Acme' });
    expect(text).toContain('Dear {{interviewer}},');
    expect(text).toContain('\n{{sender}}\n');
    // In front matter it is quoted, so the YAML stays valid.
    expect(frontMatterOf(text).subject).toBe('Thank you for the {{position}} interview');
  });

  it('keeps unknown placeholder names untouched, spacing included', () => {
    expect(renderTemplate('Hello {{ nickname }} and {{company}}', { company: 'Acme' }).text).toBe('Hello {{ nickname }} and Acme');
  });

  it('drops an optional front-matter field without a value, and quotes a required one', () => {
    const { text } = renderTemplate(TEMPLATE, { company: undefined }, { optionalField: (key) => key === 'position' });
    expect(text).not.toMatch(/^position:/m);
    expect(text).toContain('company: "{{company}}"');
    expect(frontMatterOf(text).company).toBe('{{company}}');
  });

  it('never expands placeholders inside values: a value is inserted once, as text', () => {
    const { text } = renderTemplate(TEMPLATE, { company: '{{sender}}', interviewer: '{{cursor}}', sender: 'Anna Lewis', position: 'P' });
    expect(text).toContain('Dear {{cursor}},');
    expect(frontMatterOf(text).company).toBe('{{sender}}');
  });

  it('writes a value as one line in the body, and exactly in the front matter', () => {
    const { text } = renderTemplate(TEMPLATE, { company: 'Acme\nLtd', interviewer: 'Margaret\r\n Hale', position: 'P', sender: 'S' });
    expect(text).toContain('Dear Margaret Hale,');
    expect(frontMatterOf(text).company).toBe('Acme\nLtd');
  });

  it.each([
    ['a flow mapping', 'Acme: {x: 1}'],
    ['quotes', `O'Brien "and" Sons`],
    ['a newline', 'Acme\nkind: other-offer'],
    ['a YAML keyword', 'true'],
    ['a number', '1234'],
    ['an anchor', '&anchor Acme'],
    ['a comment', 'Acme # Ltd'],
    ['a leading dash', '- Acme'],
    ['trailing spaces', 'Acme  '],
    ['a tab', 'Acme\tLtd'],
  ])('keeps a company with %s one safe YAML scalar that parses back to the same string', (_, company) => {
    const { text } = renderTemplate(TEMPLATE, { company, position: 'P' });
    const fm = frontMatterOf(text);
    expect(fm.company).toBe(company);
    expect(fm.kind).toBe('thank-you');
    expect(Object.keys(fm)).toEqual(['kind', 'company', 'position', 'subject']);
  });

  it('any string at all round-trips through yamlScalar', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (value) => {
        expect((parse(`v: ${yamlScalar(value)}\nw: 1`) as { v: unknown }).v).toBe(value);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        const clean = value.replace(/[\ud800-\udfff]/g, '');
        expect((parse(`v: ${yamlScalar(clean)}\nw: 1`) as { v: unknown }).v).toBe(clean);
      }),
      { numRuns: 300 },
    );
  });

  it('writes ordinary names plain, as a person would type them', () => {
    expect(yamlScalar('Hartley & Finch LLP')).toBe('Hartley & Finch LLP');
    expect(yamlScalar("O'Brien Associates")).toBe("O'Brien Associates");
    expect(yamlScalar('2026-11-20')).toBe('2026-11-20');
    expect(yamlScalar('yes')).toBe('"yes"');
  });

  it('without a marker, puts the cursor at the first line after the greeting', () => {
    const { text, cursor } = renderTemplate('---\nkind: check-in\n---\n\nDear Ann,\n\nFirst line.\n', {});
    expect(text.slice(cursor)).toBe('First line.\n');
  });

  it('lists the placeholders a template uses, once each, without the cursor', () => {
    expect(placeholdersIn(TEMPLATE)).toEqual(['company', 'position', 'interviewer', 'sender']);
  });
});
