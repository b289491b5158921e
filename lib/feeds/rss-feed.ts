import type { DateTime } from 'luxon';
import RSS from 'rss';
import { ZONE } from '../time/vietnam-time.ts';
import { htmlText, xmlText } from './xml-text.ts';

/** What a feed says about itself. Every field is plain text; the renderer escapes it. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed belongs to. */
  pageUrl: string;
  /** Absolute URL of the feed itself (atom:link rel=self). */
  feedUrl: string;
  updated: DateTime;
}

/**
 * One entry of a feed. Title, description, authors and categories are plain
 * text (from front matter and data), escaped by the renderer; `html` is the
 * entry's rendered, sanitised body, carried as it is.
 */
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

function channelOf(channel: FeedChannel): RSS {
  return new RSS({
    title: xmlText(channel.title),
    // Readers show a description as HTML (see htmlText).
    description: htmlText(channel.description),
    site_url: channel.pageUrl,
    feed_url: channel.feedUrl,
    language: 'vi',
    generator: 'Tuần lễ (Eleventy)',
    custom_namespaces: {},
  });
}

function addItem(feed: RSS, item: FeedItem): void {
  feed.item({
    title: xmlText(item.title),
    description: htmlText(item.description),
    url: item.link,
    date: item.published.toJSDate(),
    categories: item.categories.map(xmlText),
    enclosure: item.enclosure ? { url: item.enclosure.url, size: item.enclosure.bytes, type: item.enclosure.type } : undefined,
    custom_elements: [
      // Plain text per Dublin Core, but readers print it into their pages: escaped (see htmlText).
      ...item.authors.map((author) => ({ 'dc:creator': { _cdata: htmlText(author) } })),
      { 'content:encoded': { _cdata: xmlText(item.html) } },
    ],
  });
}

const CHANNEL_END = '\n    </channel>';

/**
 * RSS 2.0 feeds with full content, valid whatever the text (control characters
 * stripped, NFC, `]]>` split across CDATA sections by the `xml` package).
 * Plain text stays text for readers and partner sites: descriptions and
 * authors are HTML-escaped, titles and categories are plain text; only the
 * sanitised body (content:encoded) is markup.
 *
 * A site lists each story in several feeds (the site's, its type's, unit's,
 * district's, activities'…): each item is written once, as a one-item feed,
 * and its <item> element is reused in the others.
 */
export function rssRenderer(): (channel: FeedChannel, items: readonly FeedItem[]) => string {
  const written = new Map<FeedItem, string>();
  const itemXml = (item: FeedItem) => {
    let xml = written.get(item);
    if (xml === undefined) {
      const single = channelOf({ title: '', description: '', pageUrl: item.link, feedUrl: item.link, updated: item.published });
      addItem(single, item);
      const text = single.xml({ indent: true });
      // The package writes pubDate in GMT: write it with +0700.
      xml = text
        .slice(text.lastIndexOf('\n', text.indexOf('<item>')), text.lastIndexOf(CHANNEL_END))
        .replace(/<pubDate>[^<]*<\/pubDate>/, `<pubDate>${rfc822(item.published)}</pubDate>`);
      written.set(item, xml);
    }
    return xml;
  };
  return (channel, items) => {
    // The package writes lastBuildDate from the clock: write it from content, with +0700.
    const empty = channelOf(channel)
      .xml({ indent: true })
      .replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, `<lastBuildDate>${rfc822(channel.updated)}</lastBuildDate>`);
    const end = empty.lastIndexOf(CHANNEL_END);
    return empty.slice(0, end) + items.map(itemXml).join('') + empty.slice(end);
  };
}

/** One RSS 2.0 feed (see rssRenderer). */
export function renderRss(channel: FeedChannel, items: readonly FeedItem[]): string {
  return rssRenderer()(channel, items);
}
