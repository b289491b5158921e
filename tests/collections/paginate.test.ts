import { describe, expect, it } from 'vitest';
import { paginateGroups } from '../../lib/collections/paginate.ts';
import { pagedUrl } from '../../lib/site/urls.ts';

describe('paginateGroups', () => {
  it('splits each group into pages with Vietnamese page URLs', () => {
    const pages = paginateGroups([{ key: 'a', about: undefined, title: 'A', baseUrl: '/chu-de/a/', items: [1, 2, 3, 4, 5] }], 2);
    expect(pages.map((page) => [page.url, page.items, page.previousUrl, page.nextUrl])).toEqual([
      ['/chu-de/a/', [1, 2], undefined, '/chu-de/a/trang-2/'],
      ['/chu-de/a/trang-2/', [3, 4], '/chu-de/a/', '/chu-de/a/trang-3/'],
      ['/chu-de/a/trang-3/', [5], '/chu-de/a/trang-2/', undefined],
    ]);
    expect(pages.every((page) => page.totalPages === 3)).toBe(true);
  });

  it('gives an empty group one empty page', () => {
    expect(paginateGroups([{ key: 'b', about: undefined, title: 'B', baseUrl: '/don-vi/b/', items: [] }], 10)).toMatchObject([
      { url: '/don-vi/b/', items: [], totalPages: 1 },
    ]);
  });

  it('numbers pages from 2 in the URL', () => {
    expect(pagedUrl('/tin-tuc/', 1)).toBe('/tin-tuc/');
    expect(pagedUrl('/tin-tuc/', 2)).toBe('/tin-tuc/trang-2/');
  });
});
