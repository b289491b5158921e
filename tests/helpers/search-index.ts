import path from 'node:path';
import { readIndexPages, type IndexedPage } from '../../lib/search/read-index.ts';
import { restoreD } from '../../static/js/query-variants.js';

export type { IndexedPage };

/**
 * Every page record of the current Pagefind index of a built site, text as
 * the search page shows it: đ, which the index writes as d + stroke, restored.
 */
export function readIndexedPages(siteDir: string): IndexedPage[] {
  return readIndexPages(path.join(siteDir, 'pagefind')).map((page) => ({
    ...page,
    // query-variants.js is published as it is, without type annotations: its helpers return text.
    content: restoreD(page.content) as string,
    meta: { ...page.meta, ...(page.meta.title ? { title: restoreD(page.meta.title) as string } : {}) },
  }));
}
