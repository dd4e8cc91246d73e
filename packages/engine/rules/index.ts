/** Every rule family, in reporting order, and the metadata of every rule. */
import type { RuleFamily, RuleMeta } from './types';
import { frontmatterRules } from './frontmatter';
import { timingRules } from './timing';
import { structureRules } from './structure';
import { spellingRules } from './spelling';
import { grammarRules } from './grammar';
import { grammarDataRules } from './confusables';
import { toneRules } from './tone';
import { sequenceRules } from './sequence';

export const RULE_FAMILIES: readonly RuleFamily[] = [
  frontmatterRules,
  timingRules,
  sequenceRules,
  structureRules,
  spellingRules,
  grammarRules,
  grammarDataRules,
  toneRules,
];

const BY_ID = new Map<string, RuleMeta>();
for (const family of RULE_FAMILIES) for (const rule of family.rules) BY_ID.set(rule.id, rule);

export function ruleMeta(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}

export function allRules(): RuleMeta[] {
  return [...BY_ID.values()];
}
