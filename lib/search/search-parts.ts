/**
 * How the search index is split as the archive grows. A reader's first search
 * downloads the words it needs from every page of an index, so one index of a
 * whole multi-year archive would make that first download grow with the
 * archive. Pages are split, newest first, into parts of at most `pagesPerPart`
 * pages: the first part is the main index (`pagefind/`), searched at once; each
 * older part (`pagefind/phan-2/`, …) is added to the search only when the
 * reader asks to search older pages too. A site that fits in one part has one
 * index and no older parts.
 */

/** The file, beside the main index, that lists the older parts for the search page. */
export const PARTS_FILE = 'cac-phan.json';

export interface SearchPart<T> {
  /** Folder of the part inside the search bundle: '' for the main index, then `phan-2`, `phan-3`… */
  folder: string;
  pages: T[];
}

/** What the search page knows of an older part: where it is, how many pages, the newest page's date. */
export interface OlderPart {
  folder: string;
  pages: number;
  newest: string;
}

export const partFolder = (index: number): string => (index === 0 ? '' : `phan-${index + 1}`);

/**
 * Pages newest first (ties by address, so every build splits alike), cut into
 * parts of at most `pagesPerPart`.
 *
 * @example searchParts([{ url: '/a/', date: '2023-10-02' }, { url: '/b/', date: '2023-10-03' }], 1).map((part) => part.folder) // ['', 'phan-2']
 */
export function searchParts<T extends { url: string; date: string }>(pages: readonly T[], pagesPerPart: number): SearchPart<T>[] {
  const newestFirst = [...pages].sort((a, b) => (a.date === b.date ? a.url.localeCompare(b.url) : a.date < b.date ? 1 : -1));
  const parts: SearchPart<T>[] = [];
  for (let start = 0; start === 0 || start < newestFirst.length; start += pagesPerPart) {
    parts.push({ folder: partFolder(parts.length), pages: newestFirst.slice(start, start + pagesPerPart) });
  }
  return parts;
}

/** What PARTS_FILE holds: the main index's page count and the older parts. */
export interface PartsList {
  pages: number;
  older: OlderPart[];
}

/** The parts as the search page reads them from PARTS_FILE. */
export function partsList(parts: readonly SearchPart<{ date: string }>[]): PartsList {
  return { pages: parts[0]!.pages.length, older: parts.slice(1).map(({ folder, pages }) => ({ folder, pages: pages.length, newest: pages[0]!.date })) };
}
