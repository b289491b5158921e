import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { HtmlBasePlugin } from '@11ty/eleventy';
import { BuildPipeline, buildPipelinePlugin } from './lib/eleventy/build-pipeline.ts';
import { cardsPlugin } from './lib/eleventy/cards-plugin.ts';
import { contentPlugin } from './lib/eleventy/content-plugin.ts';
import { filtersPlugin } from './lib/eleventy/filters-plugin.ts';
import { imagesPlugin } from './lib/eleventy/images-plugin.ts';
import { markdownPlugin } from './lib/eleventy/markdown-plugin.ts';
import { reportPlugin } from './lib/eleventy/report-plugin.ts';
import { bannersPlugin } from './lib/eleventy/banners-plugin.ts';
import { calendarPlugin } from './lib/eleventy/calendar-plugin.ts';
import { feedsPlugin } from './lib/eleventy/feeds-plugin.ts';
import { seoPlugin } from './lib/eleventy/seo-plugin.ts';
import { searchPlugin } from './lib/eleventy/search-plugin.ts';
import { scriptsPlugin } from './lib/eleventy/scripts-plugin.ts';
import { securityHeadersPlugin } from './lib/eleventy/security-headers-plugin.ts';
import { sitePagesPlugin } from './lib/eleventy/site-pages-plugin.ts';
import { previewPlugin } from './lib/eleventy/preview-plugin.ts';

// Composition only: the build pipeline prepares each build (settings, content, photos, share cards,
// search index, in that order); each concern is one plugin in lib/eleventy/ that reads what it made.
export default function (eleventyConfig: UserConfig) {
  const pipeline = new BuildPipeline(process.env.SITE_ROOT ?? '.');
  const { folders, settings, content: state, pictures } = pipeline;

  eleventyConfig.addPlugin(buildPipelinePlugin, pipeline);
  eleventyConfig.addPlugin(contentPlugin, state);
  eleventyConfig.addPlugin(previewPlugin, state);
  eleventyConfig.addPlugin(markdownPlugin, pictures);
  eleventyConfig.addPlugin(filtersPlugin, state);
  eleventyConfig.addPlugin(cardsPlugin, state);
  eleventyConfig.addPlugin(reportPlugin, state);
  eleventyConfig.addPlugin(feedsPlugin, { state, pictures });
  eleventyConfig.addPlugin(calendarPlugin, state);
  eleventyConfig.addPlugin(bannersPlugin, pipeline.shareCards);
  eleventyConfig.addPlugin(seoPlugin, { state, pictures });
  eleventyConfig.addPlugin(sitePagesPlugin, 'layouts/pages');
  eleventyConfig.addPlugin(imagesPlugin, pictures);
  eleventyConfig.addPlugin(searchPlugin, pipeline.searchIndex);
  eleventyConfig.addPlugin(scriptsPlugin, 'static/js');
  eleventyConfig.addPlugin(securityHeadersPlugin, settings.pathPrefix);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- Eleventy's JSDoc types this export by a module path TypeScript cannot resolve.
  eleventyConfig.addPlugin(HtmlBasePlugin);

  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.addPassthroughCopy({ static: '/' });
  eleventyConfig.setQuietMode(true);
  // Input is content/ (or SITE_ROOT/content, possibly under a git-ignored .cache/): .gitignore must not hide it.
  eleventyConfig.setUseGitIgnore(false);

  return {
    dir: {
      input: path.relative('.', folders.content) || '.',
      includes: path.relative(folders.content, 'layouts'),
      layouts: path.relative(folders.content, 'layouts'),
      data: path.relative(folders.content, folders.data),
      output: '_site',
    },
    pathPrefix: settings.pathPrefix,
    templateFormats: ['md', 'njk'],
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
  };
}
