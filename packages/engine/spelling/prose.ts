/** The prose that spelling and grammar read: the body's blocks, plus the subject line, which is sent too. */
import type { ProseBlock } from '../draft';
import type { RuleContext } from '../rules/types';

export function proseBlocks(context: RuleContext): ProseBlock[] {
  const subject = context.draft.frontMatter?.fields.get('subject');
  const blocks = [...context.draft.blocks];
  if (subject && typeof subject.value === 'string' && subject.valueEnd > subject.valueStart) {
    blocks.unshift({ start: subject.valueStart, end: subject.valueEnd, text: context.draft.text.slice(subject.valueStart, subject.valueEnd) });
  }
  return blocks;
}
