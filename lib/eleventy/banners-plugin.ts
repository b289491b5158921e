import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { AfterBuild } from './after-build.ts';
import type { Entry } from '../content/entry.ts';
import type { ShareImage } from '../banners/share-image.ts';
import { publishFile } from '../build-cache/publish-file.ts';
import type { ShareCards } from './share-cards.ts';

/**
 * The banner and slogan kit at /bo-nhan-dien/ and the share cards of stories,
 * profiles and events, as the build pipeline prepared them (share-cards.ts):
 * the kit as global data, each entry's card through a filter, and after the
 * build the files copied into the output.
 */
export function bannersPlugin(eleventyConfig: UserConfig, shareCards: ShareCards): void {
  eleventyConfig.addWatchTarget('static/fonts/**');

  eleventyConfig.addGlobalData('bannerKit', () => shareCards.kit);

  /** `{% set card = entry | shareImage %}`: the entry's 1200 × 630 card, or nothing for pages. */
  eleventyConfig.addFilter('shareImage', (entry: Entry | undefined): (ShareImage & { alt: string }) | undefined => shareCards.cardFor(entry));

  eleventyConfig.on('eleventy.after', ({ directories }: AfterBuild) => {
    const files = [...(shareCards.kit?.outputs ?? []), ...[...shareCards.shown].map(([url, source]) => ({ url, source }))];
    return Promise.all(files.map(({ url, source }) => publishFile(source, path.join(directories.output, url))));
  });
}
