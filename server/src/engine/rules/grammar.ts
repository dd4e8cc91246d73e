import type { RuleFamily } from './types';

export const grammarRules: RuleFamily = {
  name: 'grammar',
  scope: 'prose',
  rules: [],
  check() {},
};
