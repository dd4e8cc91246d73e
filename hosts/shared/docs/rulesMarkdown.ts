/** docs/rules.md, generated from the rules' own metadata so the docs cannot drift from the code. */
import { RULE_FAMILIES } from '../../../packages/engine/rules';
import type { RuleMeta } from '../../../packages/engine/rules/types';

/** The anchor of a rule's section, used by the language server's links: `tone/pushy` → `tone-pushy`. */
export function ruleAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function block(text: string): string {
  return ['```markdown', text.trimEnd(), '```'].join('\n');
}

function section(rule: RuleMeta): string {
  return [
    `<a id="${ruleAnchor(rule.id)}"></a>`,
    `### \`${rule.id}\``,
    '',
    `**Default severity:** ${rule.severity}. ${rule.summary}`,
    '',
    `**Why.** ${rule.why}`,
    '',
    '**Bad:**',
    '',
    block(rule.bad),
    '',
    '**Good:**',
    '',
    block(rule.good),
    '',
    `**Fix.** ${rule.fix}`,
    '',
  ].join('\n');
}

export function rulesMarkdown(): string {
  const out = [
    '# Rules',
    '',
    '<!-- Generated from the rules\' metadata by `npm run docs`; do not edit by hand. -->',
    '',
    'Every finding has a rule id `category/name`. Change a severity or turn a rule off in `.followup.json`',
    '(`{"rules": {"tone/hedging": "off", "structure/too-long": "info"}}`; a category name such as `"tone"` sets all',
    'of its rules), or for one passage with `<!-- followup-disable RULE -->` ... `<!-- followup-enable RULE -->`,',
    'or for the next line with `<!-- followup-disable-next-line RULE -->`.',
    '',
  ];
  for (const family of RULE_FAMILIES) {
    out.push(`- **${family.name}**: ${family.rules.map((r) => `[\`${r.id}\`](#${ruleAnchor(r.id)})`).join(', ')}`);
  }
  out.push('');
  for (const family of RULE_FAMILIES) {
    out.push(`## ${family.name}`, '');
    for (const rule of family.rules) out.push(section(rule));
  }
  return out.join('\n');
}
