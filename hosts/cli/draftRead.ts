/** How the CLI reads a draft: a regular file, capped by the file-size limit, with one clear line when not. */
import type { Settings } from '../../packages/engine/settings';
import { largestSizeLimit } from '../../packages/engine/sizeLimit';
import { ReadRefused } from '../../packages/node-host/boundedRead';

/**
 * The most bytes read of a draft: 4 bytes for each character of the largest size limit (`maxFileSize`, or
 * 10 times it for notes with `checkAllMarkdown`; UTF-8 needs at most 3 per UTF-16 unit), so any file the engine could check is read whole, and one that is surely over the limit
 * is not read at all.
 */
export function draftByteCap(settings: Settings): number {
  return largestSizeLimit(settings) * 4;
}

/** The user-facing reason a draft was not read, with what to do. */
export function unreadable(error: unknown): string {
  if (!(error instanceof ReadRefused)) return `cannot be read (${(error as Error)?.message ?? String(error)}); not checked.`;
  if (error.code === 'ENOENT') return 'cannot be read (ENOENT); not checked.';
  if (error.code === 'EFBIG') return `${error.reason}: not checked. Raise "maxFileSize" (in characters) to check it.`;
  if (error.code === 'ENOTREG') return `${error.reason}: not checked. Give the path of a Markdown draft.`;
  return `${error.reason}; not checked.`;
}
