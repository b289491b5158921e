import { entrySummary, entryTitle, type Entry, type EventEntry, type ProfileEntry, type StoryEntry } from '../content/entry.ts';
import { urls } from '../site/urls.ts';
import { isoDate, isoDateTime } from '../time/vietnam-time.ts';

/** What structured data needs from the site: absolute URLs and the publisher. */
export interface SeoContext {
  absoluteUrl: (sitePath: string) => string;
  publisher: string;
  /** The campaign's province ("Thanh Hóa"): the region of every place. */
  region: string;
  /** Absolute URL of the entry's 1200 px share photo, if it has one. */
  image?: string;
}

const SECTION: Record<Entry['kind'], [string, string] | undefined> = {
  story: ['Tin tức', urls.stories()],
  profile: ['Gương tự học', urls.profiles()],
  event: ['Lịch sự kiện', urls.calendar()],
  page: undefined,
};

function organisation(context: SeoContext) {
  return { '@type': 'Organization', name: context.publisher, url: context.absoluteUrl(urls.home()) };
}

function story(entry: StoryEntry, context: SeoContext) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: entryTitle(entry),
    description: entrySummary(entry),
    image: context.image ? [context.image] : undefined,
    datePublished: isoDateTime(entry.published),
    dateModified: isoDateTime(entry.updated ?? entry.published),
    author: entry.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: organisation(context),
    mainEntityOfPage: context.absoluteUrl(entry.url),
    inLanguage: 'vi',
    keywords: entry.tags.join(', ') || undefined,
  };
}

function profile(entry: ProfileEntry, context: SeoContext) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: context.absoluteUrl(entry.url),
    datePublished: isoDateTime(entry.published),
    inLanguage: 'vi',
    mainEntity: {
      '@type': 'Person',
      name: entryTitle(entry),
      birthDate: entry.birthYear ? String(entry.birthYear) : undefined,
      jobTitle: entry.occupation,
      homeLocation: { '@type': 'Place', name: `${entry.district.fullName}, ${context.region}` },
      image: context.image,
      description: entrySummary(entry),
    },
  };
}

const ATTENDANCE = {
  'trực tiếp': 'https://schema.org/OfflineEventAttendanceMode',
  'trực tuyến': 'https://schema.org/OnlineEventAttendanceMode',
  'kết hợp': 'https://schema.org/MixedEventAttendanceMode',
} as const;

const EVENT_STATUS = {
  'dự kiến': 'https://schema.org/EventScheduled',
  hoãn: 'https://schema.org/EventPostponed',
  hủy: 'https://schema.org/EventCancelled',
} as const;

function event(entry: EventEntry, context: SeoContext) {
  const place = {
    '@type': 'Place',
    name: entry.venue,
    address: { '@type': 'PostalAddress', streetAddress: entry.address, addressLocality: entry.district.fullName, addressRegion: context.region, addressCountry: 'VN' },
  };
  const online = entry.link ? { '@type': 'VirtualLocation', url: entry.link } : undefined;
  const date = entry.allDay ? isoDate : isoDateTime;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: entryTitle(entry),
    description: entrySummary(entry),
    startDate: date(entry.start),
    endDate: date(entry.end),
    eventAttendanceMode: ATTENDANCE[entry.format],
    eventStatus: EVENT_STATUS[entry.status],
    location: entry.format === 'trực tiếp' ? place : entry.format === 'trực tuyến' ? online : [place, online],
    organizer: { '@type': 'Organization', name: entry.unit.name, url: context.absoluteUrl(urls.unit(entry.unit.id)) },
    image: context.image ? [context.image] : undefined,
    url: context.absoluteUrl(entry.url),
    inLanguage: 'vi',
  };
}

function breadcrumbs(entry: Entry, context: SeoContext) {
  const section = SECTION[entry.kind];
  const trail: [string, string][] = [['Trang chủ', urls.home()], ...(section ? [section] : []), [entryTitle(entry), entry.url]];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map(([name, url], index) => ({ '@type': 'ListItem', position: index + 1, name, item: context.absoluteUrl(url) })),
  };
}

/** The JSON-LD documents of an entry page: its own type and its breadcrumb trail. */
export function structuredData(entry: Entry, context: SeoContext): object[] {
  const main = entry.kind === 'story' ? story(entry, context) : entry.kind === 'profile' ? profile(entry, context) : entry.kind === 'event' ? event(entry, context) : undefined;
  return [...(main ? [main] : []), breadcrumbs(entry, context)];
}

/**
 * JSON for a <script type="application/ld+json"> block: `<` is escaped so no
 * text from content can close the script element (`</script>`) or open a
 * comment (`<!--`); U+2028 and U+2029 are escaped for readers that treat the
 * block as JavaScript. JSON.parse reads the same value back.
 *
 * @example jsonForScript({ name: '</script><!--' }) === '{"name":"\\u003c/script>\\u003c!--"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
