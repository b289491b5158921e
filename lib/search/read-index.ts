import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PARTS_FILE, type PartsList } from './search-parts.ts';

/** One page of a written Pagefind index, as its fragment file holds it. */
export interface IndexedPage {
  /** Pagefind's id of the page (its fragment file's name), as search results report it. */
  id: string;
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Every page of the search index last written in `bundleDir`, the main index
 * and its older parts (search-parts.ts) alike.
 */
export function readIndexPages(bundleDir: string): IndexedPage[] {
  const partsFile = path.join(bundleDir, PARTS_FILE);
  const older = existsSync(partsFile) ? (JSON.parse(readFileSync(partsFile, 'utf8')) as PartsList).older : [];
  return [bundleDir, ...older.map((part) => path.join(bundleDir, part.folder))].flatMap(readPartPages);
}

/**
 * Every page of one Pagefind index: the ids its metadata lists (fragments left
 * by earlier writes are not counted), read from their compressed fragment
 * files. Throws if a language's page count does not match.
 */
function readPartPages(bundleDir: string): IndexedPage[] {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
  return Object.entries(entry.languages).flatMap(([language, { hash, page_count: pageCount }]) => {
    const meta = gunzipSync(readFileSync(path.join(bundleDir, `pagefind.${hash}.pf_meta`))).toString('latin1');
    // Page ids are short CBOR text strings in the metadata; only pages have fragment files.
    const ids = [...new Set(meta.match(new RegExp(`${language}_[0-9a-f]{7}(?![0-9a-f])`, 'g')) ?? [])].filter((id) =>
      existsSync(path.join(bundleDir, 'fragment', `${id}.pf_fragment`)),
    );
    if (ids.length !== pageCount) throw new Error(`Chỉ mục tìm kiếm có ${pageCount} trang nhưng đọc được ${ids.length}`);
    return ids.map((id) => {
      const text = gunzipSync(readFileSync(path.join(bundleDir, 'fragment', `${id}.pf_fragment`))).toString('utf8');
      return { ...(JSON.parse(text.slice(text.indexOf('{'))) as Omit<IndexedPage, 'id'>), id };
    });
  });
}
