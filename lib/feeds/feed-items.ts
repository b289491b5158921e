import { entryActivities, entryDistricts, entryTitle, leadPhoto, listingDate, type ListedEntry, type ResolvedImage } from '../content/entry.ts';
import { activityLabel, districtLabel } from '../content/labels.ts';
import { formatTimeSpanVi } from '../time/vietnam-time.ts';
import { absoluteHtml } from './absolute-html.ts';
import type { FeedItem } from './rss-feed.ts';

/** What an item needs beyond its entry: the site's addresses and the photos the build prepared. */
export interface FeedItemContext {
  /** The site's base URL (path prefix included): the body's links are made absolute against it. */
  siteUrl: string;
  /** Absolute URL of a site path. */
  absoluteUrl: (sitePath: string) => string;
  /** The lead photo's 1200 px JPEG, prepared before the pages: the item's enclosure. */
  sharePhoto: (photo: ResolvedImage) => { url: string; bytes: number };
}

/**
 * An item's description, as a partner's reader shows it under the title: a
 * story's sapo; a profile's occupation, place and quote; an event's status,
 * time, place and format before its description, so a reposted event is
 * never read without its date.
 *
 * @example feedDescription(profile) === 'Cựu chiến binh, huyện Hậu Lộc: “Tuổi cao vẫn học…”'
 */
export function feedDescription(entry: ListedEntry): string {
  switch (entry.kind) {
    case 'story':
      return entry.lead;
    case 'profile':
      return `${entry.occupation}, ${entry.district.fullName}: “${entry.quote}”`;
    case 'event': {
      const when = formatTimeSpanVi(entry.start, entry.end, entry.allDay);
      const status = entry.status === 'hủy' ? 'ĐÃ HỦY. ' : entry.status === 'hoãn' ? 'HOÃN. ' : '';
      return `${status}Thời gian: ${when}. Địa điểm: ${entry.venue}, ${entry.address}. Hình thức: ${entry.format}. ${entry.description}`;
    }
  }
}

/**
 * One feed item of an entry, with its rendered body (every address made
 * absolute). Categories are what partners file it under: the unit, the
 * districts, the plan activities by short name, then the tags.
 */
export function feedItem(entry: ListedEntry, bodyHtml: string, context: FeedItemContext): FeedItem {
  const photo = leadPhoto(entry);
  const share = photo ? context.sharePhoto(photo) : undefined;
  return {
    title: entryTitle(entry),
    link: context.absoluteUrl(entry.url),
    description: feedDescription(entry),
    html: absoluteHtml(bodyHtml, context.siteUrl),
    authors: entry.kind === 'story' ? entry.authors : [],
    categories: [entry.unit.name, ...entryDistricts(entry).map(districtLabel), ...entryActivities(entry).map(activityLabel), ...entry.tags],
    published: listingDate(entry),
    enclosure: share ? { url: context.absoluteUrl(share.url), bytes: share.bytes, type: 'image/jpeg' } : undefined,
  };
}
