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
  event: (slug: string) => `/su-kien/${slug}/`,
  page: (slug: string) => `/${slug}/`,
  plan: () => '/ke-hoach/',
  activity: (id: number) => `/ke-hoach/hoat-dong/${id}/`,
  unit: (id: string) => `/don-vi/${id}/`,
  district: (slug: string) => `/dia-phuong/${slug}/`,
  tag: (name: string) => `/chu-de/${slugify(name)}/`,
  search: () => '/tim-kiem/',
  /** Pagefind's library and index, written by the build (lib/search/search-index.ts). */
  searchIndex: () => '/pagefind/',
  kit: () => '/bo-nhan-dien/',
  partners: () => '/doi-tac/',
  /** Folder of the partners' embeds (layouts/pages/doi-tac/nhung.njk): framed by other sites. */
  partnerEmbeds: () => '/doi-tac/nhung/',
  report: () => '/bao-cao/',
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
