import { describe, expect, it } from 'vitest';
import { paginateGroups } from '../../lib/collections/paginate.ts';
import { pagedUrl, searchUrl } from '../../lib/site/urls.ts';

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

  it('lists only the first pages of a long group, the last one pointing to where everything is', () => {
    const items = Array.from({ length: 25 }, (_, index) => index);
    const pages = paginateGroups([{ key: 'c', about: undefined, title: 'C', baseUrl: '/dia-phuong/c/', items, moreUrl: '/tim-kiem/?dia-phuong=C' }], 10, 2);
    expect(pages.map((page) => [page.url, page.items.length, page.nextUrl, page.moreUrl])).toEqual([
      ['/dia-phuong/c/', 10, '/dia-phuong/c/trang-2/', undefined],
      ['/dia-phuong/c/trang-2/', 10, undefined, '/tim-kiem/?dia-phuong=C'],
    ]);
    expect(pages.every((page) => page.totalPages === 2 && page.totalItems === 25)).toBe(true);
    // A group that fits needs no pointer.
    expect(paginateGroups([{ key: 'd', about: undefined, title: 'D', baseUrl: '/d/', items: items.slice(0, 20), moreUrl: '/tim-kiem/' }], 10, 2).map((page) => page.moreUrl)).toEqual([undefined, undefined]);
  });

  it('writes search links the search page reads back', () => {
    const url = new URL(searchUrl({ 'hoat-dong': 'Hoạt động 2: Tổ chức Lễ khai mạc…', q: undefined }), 'https://x.vn');
    expect(url.pathname).toBe('/tim-kiem/');
    expect([...url.searchParams]).toEqual([['hoat-dong', 'Hoạt động 2: Tổ chức Lễ khai mạc…']]);
    expect(searchUrl({})).toBe('/tim-kiem/');
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
