/**
 * How large a file is checked. `maxFileSize` (default 100,000 characters, far above any email) is the
 * limit for a draft, a file with a `kind`; a note without one, checked only with `checkAllMarkdown`, may be
 * `NOTE_SIZE_FACTOR` times larger (1,000,000 by default).
 */
import type { Settings } from './settings';

export const NOTE_SIZE_FACTOR = 10;

export function sizeLimit(settings: Settings, isDraft: boolean): number {
  return isDraft ? settings.maxFileSize : settings.maxFileSize * NOTE_SIZE_FACTOR;
}

/** The largest limit that can apply to any file checked with these settings. */
export function largestSizeLimit(settings: Settings): number {
  return sizeLimit(settings, !settings.checkAllMarkdown);
}
