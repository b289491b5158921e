import type UserConfig from '@11ty/eleventy/UserConfig';
import { SearchIndexer } from '../search/search-index.ts';
import { timeStage } from '../site/timing.ts';

/**
 * Builds the search index as part of every build: each page goes to Pagefind
 * as soon as it is rendered (a transform, the last one), and the index is
 * written when the build ends.
 */
export function searchPlugin(eleventyConfig: UserConfig): void {
  const indexer = new SearchIndexer();
  eleventyConfig.on('eleventy.before', () => indexer.start());
  eleventyConfig.addTransform('search-index', function (this: { page: { url: string | false; outputPath: string | false } }, content: string) {
    if (typeof this.page.url === 'string' && String(this.page.outputPath).endsWith('.html')) indexer.add(this.page.url, content);
    return content;
  });
  eleventyConfig.on('eleventy.after', ({ directories }: { directories: { output: string } }) =>
    timeStage('hoàn tất chỉ mục tìm kiếm', () => indexer.finish(directories.output)),
  );
}
