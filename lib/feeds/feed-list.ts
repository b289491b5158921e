import type { DateTime } from 'luxon';
import type { SiteContent } from '../collections/site-content.ts';
import { lastModified, type Entry } from '../content/entry.ts';
import type { ReferenceData } from '../content/reference.ts';
import { eventEndsAt } from '../calendar/event-timing.ts';
import { urls } from '../site/urls.ts';

/** One RSS feed of the site: where it lives, what it is called, which entries it carries. */
export interface FeedDefinition {
  key: string;
  /** Site path of the feed, e.g. /tin-tuc/feed.xml */
  path: string;
  /** The HTML page the feed belongs to. */
  pageUrl: string;
  /** The partners' embed of the feed (/doi-tac/nhung/<key>/). */
  embedUrl: string;
  title: string;
  /** The title without the site's name ("tin tức"), for embeds and lists on the site itself. */
  label: string;
  description: string;
  /** The feed list's section: 'Chung', 'Đơn vị', the places' label ('Địa phương', 'Xã, phường'), 'Hoạt động'. */
  group: string;
  entries: Entry[];
}

/**
 * Every feed of the site: all content, stories, profiles, upcoming events,
 * then one per unit or Plan body, per district and per plan activity. Each
 * title starts with the site's short title (data/site.yaml `shortTitle`).
 */
export function feedDefinitions(site: SiteContent, reference: ReferenceData, now: DateTime, size: number, siteName: string): FeedDefinition[] {
  const newest = (entries: Entry[]) => entries.slice(0, size);
  const upcoming = site.events.filter((event) => eventEndsAt(event) > now);
  const { title: week, province, provinceFull } = reference.campaign;
  const feeds: FeedDefinition[] = [];
  const add = (feed: Omit<FeedDefinition, 'title' | 'embedUrl'>) => feeds.push({ ...feed, title: `${siteName}: ${feed.label}`, embedUrl: urls.partnerEmbed(feed.key) });
  add({ key: 'tat-ca', path: urls.feed(urls.home()), pageUrl: urls.home(), label: 'tất cả tin, gương tự học và sự kiện', description: `Toàn bộ tin bài, gương tự học và sự kiện của ${week} tại ${province}.`, group: 'Chung', entries: newest(site.all) });
  add({ key: 'tin-tuc', path: urls.feed(urls.stories()), pageUrl: urls.stories(), label: 'tin tức', description: `Tin bài về ${week} tại ${province}.`, group: 'Chung', entries: newest(site.stories) });
  add({ key: 'guong-tu-hoc', path: urls.feed(urls.profiles()), pageUrl: urls.profiles(), label: 'gương tự học', description: `Những tấm gương tự học, học tập suốt đời trên địa bàn ${provinceFull}.`, group: 'Chung', entries: newest(site.profiles) });
  add({ key: 'su-kien', path: urls.feed(urls.events()), pageUrl: urls.calendar(), label: 'sự kiện sắp diễn ra', description: `Các sự kiện sắp diễn ra trong ${week}, kèm thời gian và địa điểm.`, group: 'Chung', entries: upcoming.slice(0, size) });
  const hub = (url: string) => site.hubEntries.get(url) ?? [];
  for (const page of site.organisationPages.filter((candidate) => candidate.pageNumber === 1)) {
    const items = hub(page.baseUrl);
    add({ key: `don-vi-${page.key}`, path: urls.feed(page.baseUrl), pageUrl: page.baseUrl, label: page.title, description: `Tin bài, gương tự học và sự kiện của ${page.title}.`, group: 'Đơn vị', entries: newest(items) });
  }
  for (const district of reference.districts) {
    const items = hub(urls.district(district.slug));
    add({ key: `dia-phuong-${district.slug}`, path: urls.feed(urls.district(district.slug)), pageUrl: urls.district(district.slug), label: district.fullName, description: `Tin bài, gương tự học và sự kiện tại ${district.fullName}.`, group: reference.places.wording.label, entries: newest(items) });
  }
  for (const activity of reference.activities) {
    const items = hub(urls.activity(activity.id));
    add({ key: `hoat-dong-${activity.id}`, path: urls.feed(urls.activity(activity.id)), pageUrl: urls.activity(activity.id), label: `${activity.shortName} (hoạt động ${activity.id})`, description: `Tin bài, gương tự học và sự kiện về hoạt động ${activity.id} của Kế hoạch: ${activity.shortName}.`, group: 'Hoạt động', entries: newest(items) });
  }
  return feeds;
}

/** A feed's lastBuildDate: its newest change, so builds without new content write identical feeds. */
export function feedUpdated(feed: FeedDefinition, fallback: DateTime): DateTime {
  let latest: DateTime | undefined;
  for (const time of feed.entries.map(lastModified)) if (time && (!latest || time > latest)) latest = time;
  return latest ?? fallback;
}
