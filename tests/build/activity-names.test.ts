import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { loadReferenceData } from '../../lib/content/reference.ts';
import { activityLabel } from '../../lib/content/labels.ts';
import { readIndexedPages } from '../helpers/search-index.ts';
import { listFiles, PROJECT_DIR } from '../helpers/site-build.ts';

// Every place of the built sample site that names a plan activity: by its short name (data/hoat-dong.yaml).
const siteDir = inject('sampleSiteDir');
const { activities } = loadReferenceData(path.join(PROJECT_DIR, 'data'));
const labels = activities.map(activityLabel);
const read = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');
const texts = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!.replace(/&amp;/g, '&').trim());
const titleOf = (html: string) => texts(html, /<title>([^<]*)<\/title>/g)[0] ?? '';
const textFiles = listFiles(siteDir).filter((file) => /\.(html|xml|json|ics|opml|md|csv)$/u.test(file) && !file.startsWith('pagefind/'));

describe('activity names in the built site', () => {
  it('are the short names, all filled in and distinct', () => {
    expect(activities.map((activity) => activity.shortName).every(Boolean)).toBe(true);
    expect(new Set(labels).size).toBe(activities.length);
  });

  it('title and head each activity page, within 65 characters, the plan’s full text in its body', () => {
    for (const activity of activities) {
      const html = read(`ke-hoach/hoat-dong/${activity.id}/index.html`);
      const title = titleOf(html);
      expect([`${activityLabel(activity)} — Học tập suốt đời Thanh Hóa`, activityLabel(activity)]).toContain(title);
      expect(title.length).toBeLessThanOrEqual(65);
      expect(texts(html, /<h1>([^<]*)<\/h1>/g)).toEqual([activityLabel(activity)]);
      expect(html).toContain(`<p>${activity.text.split('\n\n')[0]!}</p>`);
    }
  });

  it('name the activities on the plan page, whose full text stays', () => {
    const html = read('ke-hoach/index.html');
    expect(texts(html, /<h3><a href="\/ke-hoach\/hoat-dong\/\d+\/">([^<]*)<\/a><\/h3>/g)).toEqual(labels);
    for (const activity of activities) expect(html).toContain(activity.text.split('\n\n')[0]!);
  });

  it('are the search and calendar filters', () => {
    expect(texts(read('tim-kiem/index.html'), /<option>(Hoạt động \d[^<]*)<\/option>/g)).toEqual(labels);
    const calendar = texts(read('lich-su-kien/index.html'), /<select id="loc-hoat-dong"[^>]*>([\s\S]*?)<\/select>/g)[0]!;
    const options = texts(calendar, /<option value="\d+">([^<]*)<\/option>/g);
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(labels).toContain(option);
  });

  it('title the activity pages in the search index, and are its activity filter', () => {
    const pages = readIndexedPages(siteDir);
    const titles = activities.map((activity) => pages.find((page) => page.url === `/ke-hoach/hoat-dong/${activity.id}/`)?.meta.title);
    expect(titles).toEqual(labels);
    for (const page of pages) for (const value of page.filters.activity ?? []) expect(labels).toContain(value);
  });

  it('head the coverage tables, by unit and by district', () => {
    const html = read('bao-cao/index.html');
    expect(texts(html, /<th scope="col"><a href="\/ke-hoach\/hoat-dong\/\d+\/" title="([^"]*)">/g)).toEqual([...labels, ...labels]);
  });

  it('name the activity feeds, their embeds and the feed list, and are the items’ categories', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const activity of activities) {
      const feed: unknown = parser.parse(read(`ke-hoach/hoat-dong/${activity.id}/feed.xml`));
      const channel = (feed as { rss: { channel: { title: string; item?: { category?: string | string[] } | { category?: string | string[] }[] } } }).rss.channel;
      expect(channel.title).toBe(`Học tập suốt đời Thanh Hóa: ${activity.shortName} (hoạt động ${activity.id})`);
      const items = [channel.item ?? []].flat();
      for (const item of items) expect([item.category ?? []].flat()).toContain(activityLabel(activity));
      const embed = titleOf(read(`doi-tac/nhung/hoat-dong-${activity.id}/index.html`));
      expect(embed.length).toBeLessThanOrEqual(65);
      expect(embed).toContain(`${activity.shortName} (hoạt động ${activity.id})`);
    }
    const opml = read('feeds.opml');
    for (const activity of activities) expect(opml).toContain(`${activity.shortName} (hoạt động ${activity.id})`);
  });

  it('are linked from each story’s facts', () => {
    const html = read('tin-tuc/khai-mac-tuan-le-hoc-tap-suot-doi-2023/index.html');
    expect(texts(html, /<li><a href="\/ke-hoach\/hoat-dong\/\d+\/">([^<]*)<\/a><\/li>/g)).toEqual(labels.slice(0, 3));
  });

  it('never appear as a clause of the plan cut with "…", in pages, feeds, calendars, reports or the search index', () => {
    const cut = activities.filter((activity) => activity.title.endsWith('…')).map((activity) => activity.title.slice(0, -1));
    expect(cut.length).toBeGreaterThan(0);
    const found = textFiles.flatMap((file) => cut.filter((title) => read(file).includes(`${title}…`)).map((title) => `${file}: ${title}…`));
    // The index holds what results show: titles, filter values and the text of excerpts.
    const indexed = readIndexedPages(siteDir).flatMap((page) => {
      const text = [...Object.values(page.meta), ...Object.values(page.filters).flat(), page.content].join('\n');
      return cut.filter((title) => text.includes(`${title}…`)).map((title) => `pagefind ${page.url}: ${title}…`);
    });
    expect([...found, ...indexed]).toEqual([]);
  });

  it('keep every page title that names an activity within 65 characters', () => {
    const long = textFiles
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ file, title: titleOf(read(file)) }))
      .filter(({ title }) => activities.some((activity) => title.includes(activity.shortName)) && title.length > 65);
    expect(long).toEqual([]);
  });
});
