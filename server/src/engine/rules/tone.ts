import type { RuleFamily } from './types';

export const toneRules: RuleFamily = {
  name: 'tone',
  scope: 'prose',
  rules: [],
  check() {},
};
