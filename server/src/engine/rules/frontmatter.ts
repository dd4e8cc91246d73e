import type { RuleFamily } from './types';

export const frontmatterRules: RuleFamily = {
  name: 'frontmatter',
  scope: 'draft',
  rules: [],
  check() {},
};
