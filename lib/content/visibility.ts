import type { DateTime } from 'luxon';
import type { Entry } from './entry.ts';

/** When an entry becomes public: its publish time, if it has one. */
export function publishTime(entry: Entry): DateTime | undefined {
  return entry.kind === 'story' || entry.kind === 'profile' ? entry.published : undefined;
}

/**
 * Drafts and items embargoed past the build's `now` are not public: they reach
 * no page, listing, feed, sitemap or search index.
 */
export function isPublic(entry: Entry, now: DateTime): boolean {
  if (entry.draft) return false;
  const time = publishTime(entry);
  return time === undefined || time <= now;
}

export type PreviewState = 'BẢN NHÁP' | 'CHƯA CÔNG BỐ';

/**
 * What a preview shows on an entry that readers cannot see yet; undefined for
 * public entries.
 */
export function previewState(entry: Entry, now: DateTime): PreviewState | undefined {
  if (entry.draft) return 'BẢN NHÁP';
  return isPublic(entry, now) ? undefined : 'CHƯA CÔNG BỐ';
}

/** Entries a build shows: public ones, or all of them in a preview (`npm start`). */
export function isShown(entry: Entry, now: DateTime, preview: boolean): boolean {
  return preview || isPublic(entry, now);
}
