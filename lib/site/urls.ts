import { slugify } from '../text/slug.ts';

/**
 * The site's URL map (shared/URLS.md) in one place. Paths are site-relative;
 * the path prefix is added by Eleventy's HTML base plugin.
 */
export const urls = {
  home: () => '/',
  stories: () => '/tin-tuc/',
  story: (slug: string) => `/tin-tuc/${slug}/`,
  profiles: () => '/guong-tu-hoc/',
  profile: (slug: string) => `/guong-tu-hoc/${slug}/`,
  calendar: () => '/lich-su-kien/',
  /** Folder of the events' pages, which holds the feed of upcoming events; the week's calendar page is `calendar`. */
  events: () => '/su-kien/',
  event: (slug: string) => `/su-kien/${slug}/`,
  page: (slug: string) => `/${slug}/`,
  plan: () => '/ke-hoach/',
  activity: (id: number) => `/ke-hoach/hoat-dong/${id}/`,
  unit: (id: string) => `/don-vi/${id}/`,
  district: (slug: string) => `/dia-phuong/${slug}/`,
  tag: (name: string) => `/chu-de/${slugify(name)}/`,
  search: () => '/tim-kiem/',
  /** Folder of the encoded photos, `<hash>-<width>.<format>` (lib/images/). */
  photos: () => '/img/',
  /** Pagefind's library and index, written by the build (lib/search/search-index.ts). */
  searchIndex: () => '/pagefind/',
  kit: () => '/bo-nhan-dien/',
  /** Folder of the entries' share cards, `<hash>.jpg` (lib/banners/share-image.ts). */
  shareCards: () => '/bo-nhan-dien/chia-se/',
  partners: () => '/doi-tac/',
  /** Folder of the partners' embeds (layouts/pages/doi-tac/nhung.njk): framed by other sites. */
  partnerEmbeds: () => '/doi-tac/nhung/',
  /** The embed of one feed, by the feed's key. */
  partnerEmbed: (feedKey: string) => `/doi-tac/nhung/${feedKey}/`,
  report: () => '/bao-cao/',
  reportMarkdown: () => '/bao-cao/bao-cao-ket-qua.md',
  reportCsv: () => '/bao-cao/bao-cao-ket-qua.csv',
  /**
   * The RSS feed of a page or folder: `feed.xml` inside it. The home page's is
   * the whole site's (`/feed.xml`); a hub's lists what the hub lists.
   * @example urls.feed(urls.district('nga-son')) === '/dia-phuong/nga-son/feed.xml'
   */
  feed: (folder: string) => `${folder}feed.xml`,
  /** Every feed, for a feed reader to import at once. */
  feedList: () => '/feeds.opml',
  /** The whole week's iCalendar file, beside the calendar page. */
  weekCalendar: () => '/lich-su-kien/tuan-le.ics',
  /** The iCalendar file of a district's or organisation's hub: its events. */
  hubCalendar: (hubUrl: string) => `${hubUrl}lich.ics`,
  /** One event's iCalendar file, beside its page. */
  eventCalendar: (eventUrl: string) => `${eventUrl}su-kien.ics`,
  sitemap: () => '/sitemap.xml',
  newsSitemap: () => '/news-sitemap.xml',
  robots: () => '/robots.txt',
  notFound: () => '/404.html',
};

/**
 * The search page with a query or filters filled in (the parameters the search page reads).
 * @example searchUrl({ 'dia-phuong': 'Huyện Nga Sơn' }) === '/tim-kiem/?dia-phuong=Huy%E1%BB%87n+Nga+S%C6%A1n'
 */
export function searchUrl(params: Partial<Record<'q' | 'loai' | 'don-vi' | 'dia-phuong' | 'hoat-dong', string>>): string {
  const query = new URLSearchParams(Object.entries(params).filter((pair): pair is [string, string] => Boolean(pair[1]))).toString();
  return query ? `${urls.search()}?${query}` : urls.search();
}

/**
 * Page `n` (1-based) of a paginated listing.
 * @example pagedUrl('/tin-tuc/', 2) === '/tin-tuc/trang-2/'
 */
export function pagedUrl(base: string, pageNumber: number): string {
  return pageNumber <= 1 ? base : `${base}trang-${pageNumber}/`;
}
