import { XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { feedDefinitions } from '../../lib/feeds/feed-list.ts';
import { buildSiteContent } from '../../lib/collections/site-content.ts';
import { loadContent } from '../../lib/content/load.ts';
import { loadReferenceData } from '../../lib/content/reference.ts';
import path from 'node:path';
import { absoluteHtml, extractBody, FEED_BODY_MARKERS } from '../../lib/feeds/absolute-html.ts';
import { renderRss, rfc822, rssRenderer } from '../../lib/feeds/rss-feed.ts';
import { htmlText, xmlText } from '../../lib/feeds/xml-text.ts';
import { requireVietnamTime } from '../../lib/time/vietnam-time.ts';

const at = (text: string) => requireVietnamTime(text, 'test');

describe('feed helpers', () => {
  it('writes RFC 822 dates with the +0700 offset', () => {
    expect(rfc822(at('2023-10-02 10:15'))).toBe('Mon, 02 Oct 2023 10:15:00 +0700');
    expect(rfc822(at('2023-10-08T17:00:00Z'))).toBe('Mon, 09 Oct 2023 00:00:00 +0700');
  });

  it('makes every site URL absolute, srcset included', () => {
    const html = '<a href="/tin-tuc/a/">a</a><img src="/img/x-400.jpeg" srcset="/img/x-400.jpeg 400w, /img/x-800.jpeg 800w"><a href="https://baothanhhoa.vn/">b</a><a href="//cdn.example/x">c</a>';
    expect(absoluteHtml(html, 'https://x.vn/p')).toBe(
      '<a href="https://x.vn/p/tin-tuc/a/">a</a><img src="https://x.vn/p/img/x-400.jpeg" srcset="https://x.vn/p/img/x-400.jpeg 400w, https://x.vn/p/img/x-800.jpeg 800w"><a href="https://baothanhhoa.vn/">b</a><a href="//cdn.example/x">c</a>',
    );
  });

  it('finds the entry body between the layout markers', () => {
    expect(extractBody(`<h1>T</h1>${FEED_BODY_MARKERS.start}<p>Thân bài</p>${FEED_BODY_MARKERS.end}<footer>`)).toBe('<p>Thân bài</p>');
    expect(extractBody('<p>không có dấu</p>')).toBeUndefined();
  });

  it('cleans text for XML', () => {
    expect(xmlText('Học\u000b tập\u0000 Ho\u0300a')).toBe('Học tập Hòa');
  });

  it('escapes plain text for elements readers show as HTML, quotes left as written', () => {
    expect(htmlText('Sở GD&ĐT <img src=x onerror=alert(1)>')).toBe('Sở GD&amp;ĐT &lt;img src=x onerror=alert(1)&gt;');
    expect(htmlText('“Học” "tập" ]]>\u000b')).toBe('“Học” "tập" ]]&gt;');
  });
});

describe('renderRss', () => {
  const xml = renderRss(
    { title: 'Tin & <tức>', description: 'Mô tả ]]>', pageUrl: 'https://x.vn/', feedUrl: 'https://x.vn/feed.xml', updated: at('2023-10-05 18:20') },
    [
      {
        title: 'Tiêu đề ]]> & <b>\u0007',
        link: 'https://x.vn/tin-tuc/a/',
        description: 'Sapo 🎓',
        html: '<p>Thân ]]> bài</p>',
        authors: ['Lê Hợi', 'PV'],
        categories: ['Báo Thanh Hóa', 'Huyện Hoằng Hóa'],
        published: at('2023-10-05 18:20'),
        enclosure: { url: 'https://x.vn/img/a-1200.jpeg', bytes: 1234, type: 'image/jpeg' },
      },
    ],
  );

  it('is well-formed and keeps dates from content, not the clock', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<lastBuildDate>Thu, 05 Oct 2023 18:20:00 +0700</lastBuildDate>');
    expect(xml).toContain('<pubDate>Thu, 05 Oct 2023 18:20:00 +0700</pubDate>');
  });

  it('reads back through an independent parser', async () => {
    const feed = await new Parser({ customFields: { item: [['dc:creator', 'creators', { keepArray: true }], ['content:encoded', 'body']] } }).parseString(xml);
    const [item] = feed.items as (Parser.Item & { creators: string[]; body: string })[];
    expect(feed.title).toBe('Tin & <tức>');
    expect(item!.title).toBe('Tiêu đề ]]> & <b>');
    expect(item!.creators).toEqual(['Lê Hợi', 'PV']);
    expect(item!.body).toBe('<p>Thân ]]> bài</p>');
    expect(item!.enclosure).toEqual({ url: 'https://x.vn/img/a-1200.jpeg', length: '1234', type: 'image/jpeg' });
    expect(item!.guid).toBe('https://x.vn/tin-tuc/a/');
  });
});

describe('plain text in a feed', () => {
  const hostile = '<img src=x onerror=alert(17)> </title><script>alert(1)</script> ]]>';
  const xml = renderRss(
    { title: `Kênh ${hostile}`, description: `Mô tả ${hostile}`, pageUrl: 'https://x.vn/', feedUrl: 'https://x.vn/feed.xml', updated: at('2023-10-05 18:20') },
    [{ title: `Tin ${hostile}`, link: 'https://x.vn/tin-tuc/a/', description: `Sapo ${hostile}`, html: '<p>Thân ]]> bài</p>', authors: [hostile, 'PV'], categories: [`Chủ đề ${hostile}`], published: at('2023-10-05 18:20') }],
  );

  it('reaches a reader as text: title and categories as written, description and authors HTML-escaped, body as markup', async () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await new Parser({ customFields: { item: [['dc:creator', 'creators', { keepArray: true }], ['content:encoded', 'body']] } }).parseString(xml);
    const [item] = feed.items as (Parser.Item & { creators: string[]; body: string })[];
    const escaped = '&lt;img src=x onerror=alert(17)&gt; &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt;';
    expect(feed.title).toBe(`Kênh ${hostile}`);
    expect(feed.description).toBe(`Mô tả ${escaped}`);
    expect(item!.title).toBe(`Tin ${hostile}`);
    expect(item!.categories).toEqual([`Chủ đề ${hostile}`]);
    expect(item!.content).toBe(`Sapo ${escaped}`);
    expect(item!.creators).toEqual([escaped, 'PV']);
    expect(item!.body).toBe('<p>Thân ]]> bài</p>');
  });

  it('keeps ordinary text byte for byte', () => {
    const plain = renderRss(
      { title: 'Tin', description: 'Mô tả', pageUrl: 'https://x.vn/', feedUrl: 'https://x.vn/feed.xml', updated: at('2023-10-05 18:20') },
      [{ title: 'Tiêu đề “Học”', link: 'https://x.vn/tin-tuc/a/', description: 'Sapo "số"', html: '<p>Thân bài</p>', authors: ['Lê Hợi'], categories: ['Báo Thanh Hóa'], published: at('2023-10-05 18:20') }],
    );
    expect(plain).toContain('<description><![CDATA[Sapo "số"]]></description>');
    expect(plain).toContain('<dc:creator><![CDATA[Lê Hợi]]></dc:creator>');
    expect(plain).toContain('<title><![CDATA[Tiêu đề “Học”]]></title>');
  });
});

describe('rssRenderer', () => {
  it('writes an item once and reuses it in every feed that lists it, each feed valid with its own channel and dates', async () => {
    const item = (slug: string, time: string) => ({
      title: `Tin ${slug}`,
      link: `https://x.vn/tin-tuc/${slug}/`,
      description: 'Sapo',
      html: `<p>Thân bài ${slug}</p>`,
      authors: ['PV'],
      categories: ['Báo Thanh Hóa'],
      published: at(time),
    });
    const [a, b] = [item('a', '2023-10-02 08:00'), item('b', '2023-10-04 09:30')];
    const render = rssRenderer();
    const both = render({ title: 'Tất cả', description: 'Mọi tin', pageUrl: 'https://x.vn/', feedUrl: 'https://x.vn/feed.xml', updated: at('2023-10-04 09:30') }, [b, a]);
    const one = render({ title: 'Hoằng Hóa', description: 'Tin huyện', pageUrl: 'https://x.vn/dia-phuong/hoang-hoa/', feedUrl: 'https://x.vn/dia-phuong/hoang-hoa/feed.xml', updated: at('2023-10-02 08:00') }, [a]);
    for (const xml of [both, one]) expect(XMLValidator.validate(xml)).toBe(true);
    const itemXml = (xml: string, slug: string) => new RegExp(`<item>(?:(?!</item>).)*?/tin-tuc/${slug}/(?:(?!</item>).)*</item>`, 's').exec(xml)?.[0];
    expect(itemXml(one, 'a')).toBeDefined();
    expect(itemXml(both, 'a')).toBe(itemXml(one, 'a'));
    const parser = new Parser();
    const [all, district] = await Promise.all([parser.parseString(both), parser.parseString(one)]);
    expect(all.title).toBe('Tất cả');
    expect(all.items.map((entry) => [entry.title, entry.pubDate])).toEqual([
      ['Tin b', 'Wed, 04 Oct 2023 09:30:00 +0700'],
      ['Tin a', 'Mon, 02 Oct 2023 08:00:00 +0700'],
    ]);
    expect(district.title).toBe('Hoằng Hóa');
    expect(district.items.map((entry) => entry.link)).toEqual(['https://x.vn/tin-tuc/a/']);
    expect(one).toContain('<lastBuildDate>Mon, 02 Oct 2023 08:00:00 +0700</lastBuildDate>');
  });
});

describe('feed definitions', () => {
  it('keep the newest `size` items, as configured', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const reference = loadReferenceData(path.join(root, 'data'));
    const now = at('2023-10-05 20:00');
    const site = buildSiteContent(loadContent(root, path.join(root, 'content'), reference).entries, reference, now, 10);
    const feeds = feedDefinitions(site, reference, now, 3, 'Học tập suốt đời Thanh Hóa');
    const all = feeds.find((feed) => feed.path === '/feed.xml')!;
    expect(all.entries).toEqual(site.all.slice(0, 3));
    expect(feeds.every((feed) => feed.entries.length <= 3)).toBe(true);
  });
});
