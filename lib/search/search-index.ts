import path from 'node:path';
import * as pagefind from 'pagefind';
import { timeStage } from '../site/timing.ts';
import { searchDate, writeDateOrder } from './date-order.ts';
import { indexedDocument } from './indexed-document.ts';

/** The folder under the output that holds the index and the search library. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * A Pagefind index fed page by page while Eleventy renders: Pagefind indexes
 * in its own process, so indexing runs on the second core instead of after
 * the build. Only pages that mark their content with data-pagefind-body are
 * indexed (entries, hubs, the plan); drafts and embargoed items are never
 * rendered, so they cannot be indexed.
 *
 * Pages are remembered between builds: an incremental rebuild (watch mode)
 * renders only what changed, and the pages it skipped are indexed from memory
 * as long as the site still lists them.
 */
export class SearchIndexer {
  private index: Promise<pagefind.PagefindIndex> | undefined;
  private pending: Promise<void>[] = [];
  private errors: string[] = [];
  private documents = new Map<string, string>();
  private renderedNow = new Set<string>();

  /** Starts a fresh index for a build. */
  start(): void {
    this.pending = [];
    this.errors = [];
    this.renderedNow = new Set();
    this.index = pagefind.createIndex({ forceLanguage: 'vi' }).then(({ index, errors }) => {
      if (!index) throw new Error(`Không tạo được chỉ mục tìm kiếm: ${errors.join('; ')}`);
      return index;
    });
  }

  /** Queues a rendered page; returns at once. */
  add(url: string, html: string): void {
    if (!this.index) return;
    const content = indexedDocument(html);
    if (!content) {
      this.documents.delete(url);
      return;
    }
    this.documents.set(url, content);
    this.renderedNow.add(url);
    this.send(url, content);
  }

  private send(url: string, content: string): void {
    if (!this.index) return;
    this.pending.push(
      this.index.then(async (index) => {
        const added = await index.addHTMLFile({ url, content });
        if (added.errors.length) this.errors.push(`${url}: ${added.errors.join('; ')}`);
      }),
    );
  }

  /**
   * Adds the remembered pages this build did not render and the site still
   * lists, waits for every page, writes the index under the output folder and
   * stops Pagefind.
   */
  async finish(outputDir: string, stillListed: (url: string) => boolean): Promise<void> {
    if (!this.index) throw new Error('Chỉ mục tìm kiếm chưa được bắt đầu');
    for (const [url, content] of this.documents) {
      if (this.renderedNow.has(url)) continue;
      if (stillListed(url)) this.send(url, content);
      else this.documents.delete(url);
    }
    try {
      const index = await this.index;
      await timeStage('chờ Pagefind đọc các trang', () => Promise.all(this.pending));
      if (this.errors.length) throw new Error(`Không đưa được trang vào chỉ mục tìm kiếm: ${this.errors.join(' | ')}`);
      const bundleDir = path.join(outputDir, SEARCH_BUNDLE_DIR);
      const written = await timeStage('Pagefind ghi chỉ mục', () => index.writeFiles({ outputPath: bundleDir }));
      if (written.errors.length) throw new Error(`Không ghi được chỉ mục tìm kiếm: ${written.errors.join('; ')}`);
      const dates = new Map([...this.documents].flatMap(([url, content]) => {
        const date = searchDate(content);
        return date ? [[url, date] as const] : [];
      }));
      await timeStage('thứ tự ngày cho tìm kiếm', () => writeDateOrder(bundleDir, dates));
    } finally {
      this.index = undefined;
      await pagefind.close();
    }
  }
}
