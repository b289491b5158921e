import type UserConfig from '@11ty/eleventy/UserConfig';
import { writeSearchIndex } from '../search/search-index.ts';

interface BuildResult {
  url?: string;
  outputPath?: string | false;
  content?: unknown;
}

/** Builds the search index from the pages just rendered, as part of every build. */
export function searchPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on('eleventy.after', async ({ directories, results }: { directories: { output: string }; results: BuildResult[] }) => {
    const pages = results.flatMap((result) =>
      typeof result.content === 'string' && typeof result.url === 'string' && String(result.outputPath).endsWith('.html')
        ? [{ url: result.url, content: result.content }]
        : [],
    );
    await writeSearchIndex(pages, directories.output);
  });
}
