import type { RuleFamily } from './types';

export const timingRules: RuleFamily = {
  name: 'timing',
  scope: 'draft',
  rules: [],
  check() {},
};
