import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { restoreD } from '../../static/js/query-variants.js';

export interface IndexedPage {
  /** Pagefind's id of the page (its fragment file's name), as search results report it. */
  id: string;
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Every page record of the current Pagefind index of a built site, text as
 * the search page shows it (đ restored): the pages
 * its metadata file lists (from pagefind-entry.json), read from their
 * compressed fragment files. Fragments left by earlier writes are not counted.
 */
export function readIndexedPages(siteDir: string): IndexedPage[] {
  const bundle = path.join(siteDir, 'pagefind');
  const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
  const { hash, page_count: pageCount } = entry.languages.vi!;
  const meta = gunzipSync(readFileSync(path.join(bundle, `pagefind.${hash}.pf_meta`))).toString('latin1');
  // Page hashes are CBOR text strings in the metadata; only pages have fragment files.
  const pageHashes = [...new Set([...meta.matchAll(/vi_[0-9a-f]{7}/g)].map((match) => match[0]))].filter((page) => existsSync(path.join(bundle, 'fragment', `${page}.pf_fragment`)));
  if (pageHashes.length !== pageCount) throw new Error(`Chỉ mục có ${pageCount} trang nhưng đọc được ${pageHashes.length}`);
  return pageHashes.map((page) => {
    const text = gunzipSync(readFileSync(path.join(bundle, 'fragment', `${page}.pf_fragment`))).toString('utf8');
    const record = JSON.parse(text.slice(text.indexOf('{'))) as Omit<IndexedPage, 'id'>;
    // As the search page shows it: đ, which the index writes as d + stroke, restored.
    return { ...record, id: page, content: restoreD(record.content), meta: { ...record.meta, ...(record.meta.title ? { title: restoreD(record.meta.title) } : {}) } };
  });
}
