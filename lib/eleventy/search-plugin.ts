import type UserConfig from '@11ty/eleventy/UserConfig';
import type { SearchIndexJob } from './search-index-job.ts';

/**
 * Builds the search index as part of every build: the build pipeline starts
 * it (search-index-job.ts); after the pages, a build waits for it and a
 * preview writes it in the background.
 */
export function searchPlugin(eleventyConfig: UserConfig, searchIndex: SearchIndexJob): void {
  eleventyConfig.on('eleventy.after', ({ runMode }: { runMode: string }) => searchIndex.finish(runMode));
}
