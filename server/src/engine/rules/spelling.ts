import type { RuleFamily } from './types';

export const spellingRules: RuleFamily = {
  name: 'spelling',
  scope: 'prose',
  rules: [],
  check() {},
};
