import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { AfterBuild } from './after-build.ts';
import type { ListedEntry, ResolvedImage } from '../content/entry.ts';
import { extractBody } from '../feeds/absolute-html.ts';
import { feedItem } from '../feeds/feed-items.ts';
import { feedDefinitions, feedUpdated, type FeedDefinition } from '../feeds/feed-list.ts';
import { rssRenderer, type FeedItem } from '../feeds/rss-feed.ts';
import type { PictureLibrary } from '../images/pictures.ts';
import { absoluteUrl } from '../site/settings.ts';
import type { BuildState } from './build-state.ts';
import { OutputMemo } from '../build-cache/output-memo.ts';
import { timeStage } from '../build-cache/timing.ts';

/**
 * RSS feeds, written after each build from the rendered pages so every item
 * carries its full body. Their list is global data for discovery links, the
 * OPML file, the partners' page and the embeds.
 */
export function feedsPlugin(eleventyConfig: UserConfig, { state, pictures }: { state: BuildState; pictures: PictureLibrary }): void {
  const feeds = state.derived((): FeedDefinition[] => feedDefinitions(state.site, state.reference, state.settings.now, state.settings.feedSize, state.settings.shortTitle));
  // A collection, not global data: Eleventy copies global data into every page's data, and this list is large.
  eleventyConfig.addCollection('feeds', () => feeds());

  eleventyConfig.on('eleventy.after', ({ directories, results }: AfterBuild) =>
    timeStage('nguồn tin RSS', () => writeFeeds(directories.output, results)),
  );

  // Each entry's body as last rendered: an incremental rebuild (watch mode) renders only what changed.
  const bodies = new Map<string, string>();
  // Feeds whose entries and bodies are unchanged since the last build are not written again.
  const memo = new OutputMemo();

  async function writeFeeds(output: string, results: AfterBuild['results']): Promise<void> {
    for (const result of results) {
      if (typeof result.content !== 'string' || !result.url) continue;
      const body = extractBody(result.content);
      if (body !== undefined) bodies.set(result.url, body);
    }
    const toAbsolute = (sitePath: string) => absoluteUrl(state.settings, sitePath);
    const context = { siteUrl: state.settings.url, absoluteUrl: toAbsolute, sharePhoto: (photo: ResolvedImage) => pictures.share(photo.path) };
    const itemCache = new Map<string, FeedItem>();
    // An entry is in several feeds (all, its section, unit, districts, activities): its item is built once.
    const itemFor = (entry: ListedEntry) => {
      let item = itemCache.get(entry.url);
      if (!item) {
        item = feedItem(entry, bodies.get(entry.url) ?? '', context);
        itemCache.set(entry.url, item);
      }
      return item;
    };
    const renderRss = rssRenderer();
    const writes: Promise<void>[] = [];
    for (const feed of feeds()) {
      const file = path.join(output, feed.path);
      const inputs = [feed.title, feed.description, ...feed.entries, ...feed.entries.map((entry) => bodies.get(entry.url))];
      if (memo.isCurrent(file, inputs)) continue;
      const items = feed.entries.flatMap((entry) => (entry.kind === 'page' ? [] : [itemFor(entry)]));
      const xml = renderRss(
        { title: feed.title, description: feed.description, pageUrl: toAbsolute(feed.pageUrl), feedUrl: toAbsolute(feed.path), updated: feedUpdated(feed, state.reference.plan.start) },
        items,
      );
      writes.push(memo.write(file, inputs, xml));
    }
    await Promise.all(writes);
  }
}
