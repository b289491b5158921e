import type { DateTime } from 'luxon';
import RSS from 'rss';
import { ZONE } from '../time/vietnam-time.ts';
import { xmlText } from './xml-text.ts';

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed belongs to. */
  pageUrl: string;
  /** Absolute URL of the feed itself (atom:link rel=self). */
  feedUrl: string;
  updated: DateTime;
}

export interface FeedItem {
  title: string;
  /** Absolute URL: also the item's permanent guid. */
  link: string;
  description: string;
  /** Full body, every URL absolute. */
  html: string;
  authors: string[];
  categories: string[];
  published: DateTime;
  enclosure?: { url: string; bytes: number; type: string };
}

/**
 * RFC 822 date with the Vietnam offset, which the `rss` package would write in GMT.
 * @example rfc822(dt) === 'Mon, 02 Oct 2023 10:15:00 +0700'
 */
export function rfc822(time: DateTime): string {
  return time.setZone(ZONE).setLocale('en-US').toFormat('EEE, dd LLL yyyy HH:mm:ss ZZZ');
}

/** An RSS 2.0 feed with full content, valid whatever the text (control characters stripped, NFC). */
export function renderRss(channel: FeedChannel, items: readonly FeedItem[]): string {
  const feed = new RSS({
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    site_url: channel.pageUrl,
    feed_url: channel.feedUrl,
    language: 'vi',
    generator: 'Tuần lễ (Eleventy)',
    custom_namespaces: {},
  });
  for (const item of items) {
    feed.item({
      title: xmlText(item.title),
      description: xmlText(item.description),
      url: item.link,
      date: item.published.toJSDate(),
      categories: item.categories.map(xmlText),
      enclosure: item.enclosure ? { url: item.enclosure.url, size: item.enclosure.bytes, type: item.enclosure.type } : undefined,
      custom_elements: [
        ...item.authors.map((author) => ({ 'dc:creator': { _cdata: xmlText(author) } })),
        { 'content:encoded': { _cdata: xmlText(item.html) } },
      ],
    });
  }
  // The package writes dates in GMT and lastBuildDate from the clock: write them from content, with +0700.
  let index = 0;
  return feed
    .xml({ indent: true })
    .replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, `<lastBuildDate>${rfc822(channel.updated)}</lastBuildDate>`)
    .replace(/<pubDate>[^<]*<\/pubDate>/g, () => `<pubDate>${rfc822(items[index++]!.published)}</pubDate>`);
}
