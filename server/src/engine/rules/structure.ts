import type { RuleFamily } from './types';

export const structureRules: RuleFamily = {
  name: 'structure',
  scope: 'draft',
  rules: [],
  check() {},
};
