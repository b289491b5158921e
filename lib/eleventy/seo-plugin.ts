import type UserConfig from '@11ty/eleventy/UserConfig';
import { leadPhoto, type Entry } from '../content/entry.ts';
import type { FeedDefinition } from '../feeds/feed-list.ts';
import type { PictureLibrary } from '../images/pictures.ts';
import { jsonForScript, structuredData } from '../seo/structured-data.ts';
import type { BuildState } from './build-state.ts';
import { absoluteUrl } from '../site/settings.ts';
import { urls } from '../site/urls.ts';

const SECTION_FEED: Partial<Record<Entry['kind'], string>> = { story: urls.feed(urls.stories()), profile: urls.feed(urls.profiles()), event: urls.feed(urls.events()) };

/** Social cards, JSON-LD and feed discovery for every page's <head>. */
export function seoPlugin(eleventyConfig: UserConfig, { state, pictures }: { state: BuildState; pictures: PictureLibrary }): void {
  eleventyConfig.addFilter('sharePhoto', (entry: Entry | undefined) => {
    const photo = leadPhoto(entry);
    return photo ? { ...pictures.share(photo.path), alt: photo.alt } : undefined;
  });

  eleventyConfig.addFilter('jsonLd', (entry: Entry) => {
    const photo = leadPhoto(entry);
    const image = photo ? absoluteUrl(state.settings, pictures.share(photo.path).url) : undefined;
    const context = { absoluteUrl: (sitePath: string) => absoluteUrl(state.settings, sitePath), publisher: state.settings.publisher, region: state.reference.campaign.province, image };
    return structuredData(entry, context).map(jsonForScript);
  });

  /** The feeds a page announces: the whole site's, its section's and its own hub's. */
  eleventyConfig.addFilter('feedLinks', (feeds: FeedDefinition[], pageUrl: string, entry?: Entry) => {
    const wanted = new Set([urls.feed(urls.home()), entry ? SECTION_FEED[entry.kind] : undefined]);
    return feeds.filter((feed) => wanted.has(feed.path) || feed.pageUrl === pageUrl);
  });
}
