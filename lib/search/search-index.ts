import path from 'node:path';
import * as pagefind from 'pagefind';
import { timeStage } from '../site/timing.ts';

/** End (exclusive) of the element whose start tag begins at `start`, by walking same-named tags; -1 if unclosed. */
function elementEnd(html: string, start: number): number {
  const tag = /^<([a-z][a-z0-9]*)/i.exec(html.slice(start, start + 20))?.[1];
  if (!tag) return -1;
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return -1;
}

/**
 * Drops the elements marked data-pagefind-ignore that hold no filter, sort or
 * meta value (story bodies, bylines, calendar links): Pagefind would parse them
 * only to skip them.
 */
function withoutIgnored(html: string): string {
  let result = '';
  let from = 0;
  for (let marker = html.indexOf('data-pagefind-ignore', from); marker >= 0; marker = html.indexOf('data-pagefind-ignore', from)) {
    const start = html.lastIndexOf('<', marker);
    const end = elementEnd(html, start);
    const inner = end < 0 ? '' : html.slice(html.indexOf('>', marker) + 1, end);
    if (end < 0 || inner.includes('data-pagefind-')) {
      result += html.slice(from, marker + 1);
      from = marker + 1;
      continue;
    }
    result += html.slice(from, start);
    from = end;
  }
  return result + html.slice(from);
}

/**
 * The element marked data-pagefind-body, wrapped in a minimal Vietnamese
 * document and without its ignored parts: all Pagefind needs to index a page
 * (text, filters, sort keys, meta), without the head, navigation, footer,
 * story body and listing cards it would parse only to skip. Undefined for a
 * page without such an element.
 *
 * @example indexedDocument('<nav>…</nav><div data-pagefind-body><div>A</div><p data-pagefind-ignore>B</p></div><footer>')
 * // '<!doctype html><html lang="vi"><body><div data-pagefind-body><div>A</div></div></body></html>'
 */
export function indexedDocument(html: string): string | undefined {
  const marker = html.indexOf('data-pagefind-body');
  if (marker < 0) return undefined;
  const start = html.lastIndexOf('<', marker);
  const end = elementEnd(html, start);
  if (end < 0) return undefined;
  return `<!doctype html><html lang="vi"><body>${withoutIgnored(html.slice(start, end))}</body></html>`;
}

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
  async finish(outputDir: string, stillListed: (url: string) => boolean): Promise<{ pages: number }> {
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
      const written = await timeStage('Pagefind ghi chỉ mục', () => index.writeFiles({ outputPath: path.join(outputDir, SEARCH_BUNDLE_DIR) }));
      if (written.errors.length) throw new Error(`Không ghi được chỉ mục tìm kiếm: ${written.errors.join('; ')}`);
      return { pages: this.pending.length };
    } finally {
      this.index = undefined;
      await pagefind.close();
    }
  }
}
