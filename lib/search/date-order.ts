import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readIndexPages } from './read-index.ts';

/** File in the search bundle listing the indexed pages newest first; read only when a reader sorts by date. */
export const DATE_ORDER_FILE = 'thu-tu-ngay.json';

/**
 * Pagefind page ids (the names of their fragment files) ordered newest first,
 * ties by address. Sorting in the browser with this list, fetched only when
 * asked for, keeps the sort data out of the first search's download.
 */
export function dateOrder(pages: readonly { id: string; url: string }[], dates: ReadonlyMap<string, string>): string[] {
  const time = (url: string) => Date.parse(dates.get(url) ?? '') || 0;
  return [...pages].sort((a, b) => time(b.url) - time(a.url) || a.url.localeCompare(b.url)).map((page) => page.id);
}

export function writeDateOrder(bundleDir: string, dates: ReadonlyMap<string, string>): void {
  writeFileSync(path.join(bundleDir, DATE_ORDER_FILE), JSON.stringify(dateOrder(readIndexPages(bundleDir), dates)));
}
