import type UserConfig from '@11ty/eleventy/UserConfig';
import type { AfterBuild } from './after-build.ts';
import { SearchIndexer } from '../search/search-index.ts';
import type { BuildState } from '../site/build-state.ts';
import { timeStage } from '../site/timing.ts';

/**
 * Builds the search index as part of every build: each page goes to Pagefind
 * as soon as it is rendered (a transform, after Eleventy's own HTML
 * transforms such as the path prefix), and the index is
 * written when the build ends. While watching or serving, the index is
 * written in the background so edited pages show at once; pages an
 * incremental rebuild skipped are indexed from the previous build.
 */
export function searchPlugin(eleventyConfig: UserConfig, state: BuildState): void {
  const indexer = new SearchIndexer();
  let background: Promise<unknown> = Promise.resolve();
  eleventyConfig.on('eleventy.before', async () => {
    await background;
    indexer.start();
  });
  eleventyConfig.addTransform('search-index', function (this: { page: { url: string | false; outputPath: string | false } }, content: string) {
    if (typeof this.page.url === 'string' && String(this.page.outputPath).endsWith('.html')) indexer.add(this.page.url, content);
    return content;
  });
  eleventyConfig.on('eleventy.after', ({ directories, runMode }: AfterBuild) => {
    const listed = new Set(state.site.sitemap.map((page) => page.url));
    const finish = timeStage('hoàn tất chỉ mục tìm kiếm', () => indexer.finish(directories.output, (url) => listed.has(url)));
    if (runMode === 'build') return finish;
    background = finish.catch((error: Error) => console.error(`Chỉ mục tìm kiếm: ${error.message}`));
    return undefined;
  });
}
