import type { DateTime } from 'luxon';
import type { Entry } from './load.ts';

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
