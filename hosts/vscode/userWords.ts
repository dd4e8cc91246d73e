/** The user's dictionary in VS Code is the `followup.words` user setting: one word added at a time. */

/** The list with `word` added, or undefined when there is nothing to add (blank, or already there). */
export function withWord(current: unknown, word: string): string[] | undefined {
  const list = Array.isArray(current) ? current.filter((w): w is string => typeof w === 'string') : [];
  const clean = word.trim();
  if (!clean || list.includes(clean)) return undefined;
  return [...list, clean];
}
