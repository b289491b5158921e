import type { DateTime } from 'luxon';
import { lastModified, type SiteContent } from '../collections/site-content.ts';
import type { Entry } from '../content/load.ts';
import type { ReferenceData } from '../content/reference.ts';
import { eventEndsAt } from '../site/campaign.ts';
import { urls } from '../site/urls.ts';

/** One RSS feed of the site: where it lives, what it is called, which entries it carries. */
export interface FeedDefinition {
  key: string;
  /** Site path of the feed, e.g. /tin-tuc/feed.xml */
  path: string;
  /** The HTML page the feed belongs to. */
  pageUrl: string;
  title: string;
  description: string;
  group: 'Chung' | 'Đơn vị' | 'Địa phương' | 'Hoạt động';
  entries: Entry[];
}

const SITE = 'Học tập suốt đời Thanh Hóa';

/**
 * Every feed of the site: all content, stories, profiles, upcoming events,
 * then one per unit or Plan body, per district and per plan activity.
 */
export function feedDefinitions(site: SiteContent, reference: ReferenceData, now: DateTime, size: number): FeedDefinition[] {
  const newest = (entries: Entry[]) => entries.slice(0, size);
  const upcoming = site.events.filter((event) => eventEndsAt(event) > now);
  const feeds: FeedDefinition[] = [
    { key: 'tat-ca', path: '/feed.xml', pageUrl: urls.home(), title: `${SITE}: tất cả tin, gương tự học và sự kiện`, description: 'Toàn bộ tin bài, gương tự học và sự kiện của Tuần lễ hưởng ứng học tập suốt đời năm 2023 tại Thanh Hóa.', group: 'Chung', entries: newest(site.all) },
    { key: 'tin-tuc', path: '/tin-tuc/feed.xml', pageUrl: urls.stories(), title: `${SITE}: tin tức`, description: 'Tin bài về Tuần lễ hưởng ứng học tập suốt đời năm 2023 tại Thanh Hóa.', group: 'Chung', entries: newest(site.stories) },
    { key: 'guong-tu-hoc', path: '/guong-tu-hoc/feed.xml', pageUrl: urls.profiles(), title: `${SITE}: gương tự học`, description: 'Những tấm gương tự học, học tập suốt đời trên địa bàn tỉnh Thanh Hóa.', group: 'Chung', entries: newest(site.profiles) },
    { key: 'su-kien', path: '/su-kien/feed.xml', pageUrl: urls.calendar(), title: `${SITE}: sự kiện sắp diễn ra`, description: 'Các sự kiện sắp diễn ra trong Tuần lễ hưởng ứng học tập suốt đời năm 2023, kèm thời gian và địa điểm.', group: 'Chung', entries: upcoming.slice(0, size) },
  ];
  const hub = (url: string) => site.hubEntries.get(url) ?? [];
  for (const page of site.organisationPages.filter((candidate) => candidate.pageNumber === 1)) {
    const items = hub(page.baseUrl);
    feeds.push({ key: `don-vi-${page.key}`, path: `${page.baseUrl}feed.xml`, pageUrl: page.baseUrl, title: `${SITE}: ${page.title}`, description: `Tin bài, gương tự học và sự kiện của ${page.title}.`, group: 'Đơn vị', entries: newest(items) });
  }
  for (const district of reference.districts) {
    const items = hub(urls.district(district.slug));
    feeds.push({ key: `dia-phuong-${district.slug}`, path: `${urls.district(district.slug)}feed.xml`, pageUrl: urls.district(district.slug), title: `${SITE}: ${district.fullName}`, description: `Tin bài, gương tự học và sự kiện tại ${district.fullName}.`, group: 'Địa phương', entries: newest(items) });
  }
  for (const activity of reference.activities) {
    const items = hub(urls.activity(activity.id));
    feeds.push({ key: `hoat-dong-${activity.id}`, path: `${urls.activity(activity.id)}feed.xml`, pageUrl: urls.activity(activity.id), title: `${SITE}: hoạt động ${activity.id} của Kế hoạch`, description: `${activity.title} — tin bài, gương tự học và sự kiện.`, group: 'Hoạt động', entries: newest(items) });
  }
  return feeds;
}

/** A feed's lastBuildDate: its newest change, so builds without new content write identical feeds. */
export function feedUpdated(feed: FeedDefinition, fallback: DateTime): DateTime {
  let latest: DateTime | undefined;
  for (const time of feed.entries.map(lastModified)) if (time && (!latest || time > latest)) latest = time;
  return latest ?? fallback;
}
