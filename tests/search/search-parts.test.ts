import { describe, expect, it } from 'vitest';
import { partsList, searchParts } from '../../lib/search/search-parts.ts';

const page = (url: string, date: string) => ({ url, date });

describe('splitting the search index as the archive grows', () => {
  const pages = [page('/c/', '2023-10-03T08:00:00+07:00'), page('/a/', '2022-10-03T08:00:00+07:00'), page('/b/', '2023-10-03T08:00:00+07:00'), page('/d/', '2024-10-01T08:00:00+07:00')];

  it('keeps a site that fits in one part in one index', () => {
    const parts = searchParts(pages, 4);
    expect(parts.map((part) => part.folder)).toEqual(['']);
    expect(partsList(parts)).toEqual({ pages: 4, older: [] });
    expect(searchParts([], 4)).toEqual([{ folder: '', pages: [] }]);
  });

  it('puts the newest pages in the main index and older ones in numbered parts, ties by address', () => {
    const parts = searchParts(pages, 2);
    expect(parts.map((part) => [part.folder, part.pages.map((entry) => entry.url)])).toEqual([
      ['', ['/d/', '/b/']],
      ['phan-2', ['/c/', '/a/']],
    ]);
    expect(partsList(parts)).toEqual({ pages: 2, older: [{ folder: 'phan-2', pages: 2, newest: '2023-10-03T08:00:00+07:00' }] });
    expect(searchParts(pages, 1).map((part) => part.folder)).toEqual(['', 'phan-2', 'phan-3', 'phan-4']);
  });
});
