import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { AfterBuild } from './after-build.ts';
import { listingDate } from '../collections/site-content.ts';
import { leadPhoto, type Entry } from '../content/load.ts';
import { absoluteHtml, extractBody } from '../feeds/absolute-html.ts';
import { feedDefinitions, feedUpdated, type FeedDefinition } from '../feeds/feed-list.ts';
import { rssRenderer, type FeedItem } from '../feeds/rss-feed.ts';
import type { PictureLibrary } from '../images/pictures.ts';
import { activityLabel, districtLabel } from '../content/labels.ts';
import { absoluteUrl } from '../site/settings.ts';
import type { BuildState } from './build-state.ts';
import { OutputMemo } from '../build-cache/output-memo.ts';
import { timeStage } from '../build-cache/timing.ts';
import { formatTimeSpanVi } from '../time/vietnam-time.ts';

function describe(entry: Exclude<Entry, { kind: 'page' }>): string {
  if (entry.kind === 'story') return entry.lead;
  if (entry.kind === 'profile') return `${entry.occupation}, ${entry.district.fullName}: “${entry.quote}”`;
  const when = formatTimeSpanVi(entry.start, entry.end, entry.allDay);
  const status = entry.status === 'hủy' ? 'ĐÃ HỦY. ' : entry.status === 'hoãn' ? 'HOÃN. ' : '';
  return `${status}Thời gian: ${when}. Địa điểm: ${entry.venue}, ${entry.address}. Hình thức: ${entry.format}. ${entry.description}`;
}

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
    const itemCache = new Map<string, FeedItem>();
    const itemFor = (entry: Exclude<Entry, { kind: 'page' }>) => {
      if (!itemCache.has(entry.url)) itemCache.set(entry.url, buildItem(entry));
      return itemCache.get(entry.url)!;
    };
    function buildItem(entry: Exclude<Entry, { kind: 'page' }>): FeedItem {
      const photo = leadPhoto(entry);
      const share = photo ? pictures.share(photo.path) : undefined;
      const body = bodies.get(entry.url) ?? '';
      return {
        title: entry.kind === 'profile' ? entry.name : entry.title,
        link: toAbsolute(entry.url),
        description: describe(entry),
        html: absoluteHtml(body, state.settings.url),
        authors: entry.kind === 'story' ? entry.authors : [],
        categories: [
          entry.unit.name,
          ...(entry.kind === 'story' ? entry.districts : [entry.district]).map(districtLabel),
          ...entry.activities.map((id) => activityLabel(state.reference.activities.find((activity) => activity.id === id)!)),
          ...entry.tags,
        ],
        published: listingDate(entry)!,
        enclosure: share ? { url: toAbsolute(share.url), bytes: share.bytes, type: 'image/jpeg' } : undefined,
      };
    }
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
