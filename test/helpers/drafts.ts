/** Small draft builders for tests that need several drafts of one interview. */
export function draftText(fields: Record<string, string>, body = 'Dear Ms Hale,\n\nThank you for your time.\n\nKind regards,\nAnna Lewis\n'): string {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

export const INTERVIEW = { company: 'Hartley & Finch LLP', interviewer: 'Margaret Hale', interview_date: '2026-11-20' };
