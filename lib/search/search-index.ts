import path from 'node:path';
import * as pagefind from 'pagefind';

export interface RenderedPage {
  url: string;
  content: string;
}

/** The folder under the output that holds the index and the search library. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Writes the Pagefind index of the rendered pages. Only pages that mark their
 * content with data-pagefind-body are indexed (entries, hubs, the plan), so
 * navigation, footers and listings never are; drafts and embargoed items are
 * never rendered, so they cannot be indexed.
 */
export async function writeSearchIndex(pages: readonly RenderedPage[], outputDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Không tạo được chỉ mục tìm kiếm: ${errors.join('; ')}`);
  try {
    let indexed = 0;
    for (const page of pages) {
      if (!page.content.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url: page.url, content: page.content });
      if (added.errors.length) throw new Error(`Không đưa được ${page.url} vào chỉ mục tìm kiếm: ${added.errors.join('; ')}`);
      indexed += 1;
    }
    const written = await index.writeFiles({ outputPath: path.join(outputDir, SEARCH_BUNDLE_DIR) });
    if (written.errors.length) throw new Error(`Không ghi được chỉ mục tìm kiếm: ${written.errors.join('; ')}`);
    return { pages: indexed };
  } finally {
    await pagefind.close();
  }
}
