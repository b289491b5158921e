import { pagedUrl } from '../site/urls.ts';

/** One page of a paginated listing that belongs to a group (a tag, a unit, a district). */
export interface GroupPage<T, A = undefined> {
  key: string;
  /** What the group is about (an organisation, a plan activity), for the page header. */
  about: A;
  title: string;
  /** URL of the group's first page. */
  baseUrl: string;
  url: string;
  pageNumber: number;
  totalPages: number;
  items: T[];
  /** Items in the whole group, listed or not. */
  totalItems: number;
  /** On the last page of a group cut short: where every item can be found. */
  moreUrl?: string;
  previousUrl?: string;
  nextUrl?: string;
}

export interface Group<T, A = undefined> {
  key: string;
  about: A;
  title: string;
  baseUrl: string;
  items: T[];
  /** Where every item can be found when the group has more than its pages show. */
  moreUrl?: string;
}

/**
 * Splits each group into pages of `size` items, flattened so that Eleventy can
 * paginate over them one page at a time. An empty group still gets one page.
 * With `maxPages`, a group lists only its newest `size × maxPages` items and
 * its last page points to `moreUrl` for the rest.
 *
 * @example paginateGroups([{ key: 'a', about: undefined, title: 'A', baseUrl: '/chu-de/a/', items: [1, 2, 3] }], 2)
 * // pages '/chu-de/a/' with [1, 2] and '/chu-de/a/trang-2/' with [3]
 */
export function paginateGroups<T, A>(groups: readonly Group<T, A>[], size: number, maxPages = Infinity): GroupPage<T, A>[] {
  return groups.flatMap((group) => {
    const neededPages = Math.max(1, Math.ceil(group.items.length / size));
    const totalPages = Math.min(neededPages, maxPages);
    const cut = neededPages > totalPages;
    return Array.from({ length: totalPages }, (_, index) => {
      const pageNumber = index + 1;
      return {
        key: group.key,
        about: group.about,
        title: group.title,
        baseUrl: group.baseUrl,
        url: pagedUrl(group.baseUrl, pageNumber),
        pageNumber,
        totalPages,
        items: group.items.slice(index * size, pageNumber * size),
        totalItems: group.items.length,
        moreUrl: cut && pageNumber === totalPages ? group.moreUrl : undefined,
        previousUrl: pageNumber > 1 ? pagedUrl(group.baseUrl, pageNumber - 1) : undefined,
        nextUrl: pageNumber < totalPages ? pagedUrl(group.baseUrl, pageNumber + 1) : undefined,
      };
    });
  });
}
