import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, FIXTURES_DIR, listFiles, makeSiteRoot, readOutput, type BuildResult } from '../helpers/site-build.ts';

const SITE = 'https://hoctapsuotdoi.thanhhoa.gov.vn';
const sampleDir = inject('sampleSiteDir');
const rss = new Parser({ customFields: { item: [['content:encoded', 'contentEncoded'], ['dc:creator', 'creators', { keepArray: true }], ['enclosure', 'enclosures', { keepArray: true }]] } });

let fixture: BuildResult;
beforeAll(() => {
  fixture = buildSite(makeSiteRoot(path.join(FIXTURES_DIR, 'site/content')), { BUILD_NOW: '2023-10-05T20:00:00+07:00' });
  if (fixture.status !== 0) throw new Error(fixture.output);
});

function feedsOf(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('feed.xml'));
}

function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);
}

describe('RSS feeds', () => {
  it('are well-formed and read by an independent RSS parser, with every required part', async () => {
    const files = feedsOf(sampleDir);
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const xml = readFileSync(path.join(sampleDir, file), 'utf8');
      expect(XMLValidator.validate(xml), file).toBe(true);
      const feed = await rss.parseString(xml);
      expect(feed.language).toBe('vi');
      expect(xml).toContain(`<atom:link href="${SITE}/${file}" rel="self" type="application/rss+xml"/>`);
      expect(xml).toMatch(/<lastBuildDate>\w{3}, \d{2} \w{3} 2023 \d{2}:\d{2}:\d{2} \+0700<\/lastBuildDate>/);
      for (const item of feed.items) {
        expect(item.link, file).toMatch(new RegExp(`^${SITE}/(tin-tuc|guong-tu-hoc|su-kien)/[a-z0-9-]+/$`));
        expect(item.guid).toBe(item.link);
        expect(item.pubDate).toMatch(/\+0700$/);
        expect(item.categories?.length).toBeGreaterThanOrEqual(2);
        const body = (item as unknown as { contentEncoded: string }).contentEncoded;
        expect(body.length, item.link).toBeGreaterThan(20);
        expect(body).not.toMatch(/(href|src|srcset)="\/(?!\/)/);
        // Search-index hints are for the site's own search, not for feed readers.
        expect(body).not.toContain('data-pagefind');
        const enclosures = (item as unknown as { enclosures?: { $: { url: string; length: string; type: string } }[] }).enclosures ?? [];
        expect(enclosures.length).toBeLessThanOrEqual(1);
        for (const { $ } of enclosures) {
          expect($.type).toBe('image/jpeg');
          expect(Number($.length)).toBe(statSync(path.join(sampleDir, new URL($.url).pathname)).size);
        }
      }
    }
  });

  it('carries full stories: lead as description, body with absolute image URLs, authors, categories, enclosure', async () => {
    const feed = await rss.parseString(readOutput(sampleDir, '/tin-tuc/feed.xml'));
    const opening = feed.items.find((item) => item.link === `${SITE}/tin-tuc/khai-mac-tuan-le-hoc-tap-suot-doi-2023/`)!;
    expect(opening.content).toMatch(/^Sáng 2\/10, tại Cung Văn hóa Thiếu nhi tỉnh/);
    const body = (opening as unknown as { contentEncoded: string }).contentEncoded;
    expect(body).toMatch(new RegExp(`<img[^>]+src="${SITE}/img/[^"]+\\.jpeg"`));
    expect(body).toContain('Bên lề lễ khai mạc');
    expect((opening as unknown as { creators: string[] }).creators).toEqual(['Hoàng Minh']);
    expect(opening.categories).toEqual(expect.arrayContaining(['Báo Thanh Hóa', 'Thành phố Thanh Hóa']));
    expect(opening.pubDate).toBe('Mon, 02 Oct 2023 10:15:00 +0700');
    expect(opening.categories!.some((category) => category.startsWith('Hoạt động 2:'))).toBe(true);
  });

  it('lists upcoming events with their start time, newest 50 at most', async () => {
    const feed = await rss.parseString(readOutput(sampleDir, '/su-kien/feed.xml'));
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) expect(item.content).toMatch(/^((HOÃN|ĐÃ HỦY)\. )?Thời gian: (Thứ|Chủ Nhật)/);
    const postponed = feed.items.find((item) => item.link === `${SITE}/su-kien/ngay-hoi-van-hoa-doc-sam-son/`)!;
    expect(postponed.content).toMatch(/^HOÃN\. Thời gian: Thứ Sáu, 06\/10\/2023 07:00/);
    const all = await rss.parseString(readOutput(sampleDir, '/feed.xml'));
    expect(all.items.length).toBeLessThanOrEqual(50);
  });

  it('stays valid with hostile and odd text, which arrives cleaned and NFC', async () => {
    for (const file of ['tin-tuc/feed.xml', 'feed.xml', 'dia-phuong/tho-xuan/feed.xml']) {
      const xml = readFileSync(path.join(fixture.outDir, file), 'utf8');
      expect(XMLValidator.validate(xml), file).toBe(true);
      // eslint-disable-next-line no-control-regex
      expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      expect(xml).toBe(xml.normalize('NFC'));
      const feed = await rss.parseString(xml);
      const odd = feed.items.find((item) => item.link?.endsWith('/tin-tuc/ky-tu-la/'))!;
      expect(odd.title).toMatch(/^Ký tự lạ & <thẻ> \]\]> họctập – Hoà Đoàn rất dài/);
      // The lead is plain text, written as HTML text in the description.
      expect(odd.content).toMatch(/^Sapo có &amp; và &lt;b&gt;thẻ&lt;\/b&gt; và \]\]&gt; và emoji/);
      expect((odd as unknown as { creators: string[] }).creators).toEqual(['Nguyễn &lt;Văn&gt; &amp; A', 'PV']);
      expect(odd.content).toContain('Thọ Xuân tổ hợp');
      expect((odd as unknown as { contentEncoded: string }).contentEncoded).toContain('Đoạn viết dạng tổ hợp: Hoằng Hóa');
    }
  });
});

describe('discovery, search engines and partners', () => {
  it('announces the relevant feeds on each page', () => {
    const story = readOutput(sampleDir, '/tin-tuc/khai-mac-tuan-le-hoc-tap-suot-doi-2023/');
    expect(story).toContain('<link rel="alternate" type="application/rss+xml" title="Học tập suốt đời Thanh Hóa: tất cả tin, gương tự học và sự kiện" href="/feed.xml">');
    expect(story).toMatch(/<link rel="alternate" type="application\/rss\+xml" [^>]*href="\/tin-tuc\/feed.xml">/);
    expect(readOutput(sampleDir, '/dia-phuong/hoang-hoa/')).toMatch(/href="\/dia-phuong\/hoang-hoa\/feed.xml"/);
    expect(readOutput(sampleDir, '/ke-hoach/hoat-dong/5/')).toMatch(/href="\/ke-hoach\/hoat-dong\/5\/feed.xml"/);
  });

  it('lists every feed in the OPML file and on the partners page, with one embed per feed', () => {
    const files = feedsOf(sampleDir);
    const opml = new XMLParser({ ignoreAttributes: false }).parse(readOutput(sampleDir, '/feeds.opml')) as { opml: { body: { outline: { outline: { '@_xmlUrl': string }[] }[] } } };
    const outlines = opml.opml.body.outline.flatMap((group) => group.outline);
    expect(outlines.map((outline) => outline['@_xmlUrl']).sort()).toEqual(files.map((file) => `${SITE}/${file}`).sort());
    const partners = readOutput(sampleDir, '/doi-tac/');
    for (const file of files) expect(partners).toContain(`<code>${SITE}/${file}</code>`);
    expect(partners).toContain('Điều kiện đăng lại');
    expect(partners).toContain('&lt;iframe src="https://hoctapsuotdoi.thanhhoa.gov.vn/doi-tac/nhung/tat-ca/"');
    expect(listFiles(sampleDir).filter((file) => /^doi-tac\/nhung\/[^/]+\/index\.html$/.test(file))).toHaveLength(files.length);
  });

  it('gives partners embeds of the latest five items that load nothing else', () => {
    const embed = readOutput(sampleDir, '/doi-tac/nhung/tat-ca/');
    expect(embed.match(/<li>/g)).toHaveLength(5);
    expect(embed).not.toMatch(/<script|<link |<img|\ssrc=|@import|url\(/);
    expect(embed).toContain('<base target="_blank">');
    for (const [, href] of embed.matchAll(/href="([^"]+)"/g)) expect(href).toMatch(new RegExp(`^${SITE}/`));
  });

  it('writes JSON-LD for stories, profiles and events, with breadcrumbs', () => {
    const [article, crumbs] = jsonLdOf(readOutput(sampleDir, '/tin-tuc/khai-mac-tuan-le-hoc-tap-suot-doi-2023/'));
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Thanh Hóa khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2023',
      datePublished: '2023-10-02T10:15:00+07:00',
      dateModified: '2023-10-02T16:40:00+07:00',
      author: [{ '@type': 'Person', name: 'Hoàng Minh' }],
      publisher: { '@type': 'Organization' },
    });
    expect((article!.image as string[])[0]).toMatch(new RegExp(`^${SITE}/img/.+-1200\\.jpeg$`));
    expect(crumbs).toMatchObject({ '@type': 'BreadcrumbList', itemListElement: [{ position: 1, name: 'Trang chủ' }, { position: 2, name: 'Tin tức' }, { position: 3 }] });
    const [profile] = jsonLdOf(readOutput(sampleDir, '/guong-tu-hoc/le-thi-hong/'));
    expect(profile).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Lê Thị Hồng' } });
    const [event] = jsonLdOf(readOutput(sampleDir, '/su-kien/le-khai-mac-tuan-le-hoc-tap-suot-doi-2023/'));
    expect(event).toMatchObject({ '@type': 'Event', startDate: '2023-10-02T07:30:00+07:00', eventStatus: 'https://schema.org/EventScheduled', organizer: { '@type': 'Organization' } });
    expect(String(event!.eventAttendanceMode)).toMatch(/^https:\/\/schema.org\/(Offline|Online|Mixed)EventAttendanceMode$/);
  });

  it('escapes JSON-LD so content cannot close the script', () => {
    const html = readOutput(fixture.outDir, '/tin-tuc/ky-tu-la/');
    const [article] = jsonLdOf(html);
    expect(article!.headline).toMatch(/^Ký tự lạ & <thẻ>/);
    expect(html).toContain('\\u003cthẻ>');
  });

  it('has Open Graph and Twitter cards with the entry’s own 1200×630 share image', async () => {
    const story = readOutput(sampleDir, '/tin-tuc/khai-mac-tuan-le-hoc-tap-suot-doi-2023/');
    const image = /<meta property="og:image" content="([^"]+)">/.exec(story)![1]!;
    expect(image).toMatch(new RegExp(`^${SITE}/bo-nhan-dien/chia-se/[0-9a-f]+\\.jpg$`));
    expect(await sharp(path.join(sampleDir, new URL(image).pathname)).metadata()).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
    expect(story).toContain('<meta property="og:image:width" content="1200">');
    // The lead photo follows as a second og:image.
    const images = [...story.matchAll(/<meta property="og:image" content="([^"]+)">/g)].map((match) => match[1]!);
    expect(images).toHaveLength(2);
    expect(images[1]).toMatch(new RegExp(`^${SITE}/img/[^/]+-1200\\.jpeg$`));
    expect(story).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(story).toContain(`<meta name="twitter:image" content="${image}">`);
    expect(story).toContain('<meta property="og:type" content="article">');
  });

  it('cuts a headline longer than 65 characters in <title> only: the page, its cards and JSON-LD keep it whole', () => {
    const headline = 'Diễn đàn “Thanh niên tự học – Công dân số” thu hút hàng nghìn lượt theo dõi trực tuyến';
    expect(headline.length).toBeGreaterThan(65);
    const story = readOutput(sampleDir, '/tin-tuc/dien-dan-thanh-nien-tu-hoc-cong-dan-so/');
    expect(story).toContain('<title>Diễn đàn “Thanh niên tự học – Công dân số” thu hút hàng nghìn…</title>');
    expect(story).toContain(`<h1>${headline}</h1>`);
    expect(story).toContain(`<meta property="og:title" content="${headline}">`);
    expect(story).toContain(`<meta name="twitter:title" content="${headline}">`);
    expect(jsonLdOf(story)[0]!.headline).toBe(headline);
  });

  it('keeps drafts and embargoed items out of feeds, sitemaps and JSON-LD', () => {
    const texts = [...feedsOf(fixture.outDir), 'sitemap.xml', 'news-sitemap.xml', 'feeds.opml'].map((file) => readFileSync(path.join(fixture.outDir, file), 'utf8'));
    for (const text of texts) expect(text).not.toMatch(/ban-nhap-bi-mat|Bản nháp bí mật|tin-cam-van|chưa đến giờ công bố/);
  });

  it('lists in the news sitemap only stories of the last two days before the build', () => {
    const news = new XMLParser().parse(readOutput(fixture.outDir, '/news-sitemap.xml')) as { urlset: { url: { loc: string } | { loc: string }[] } };
    const urls = [news.urlset.url].flat().map((entry) => entry.loc);
    // Build now is 05/10 20:00: the 04/10 21:00 story is in, the 03/10 09:15 one is out.
    expect(urls).toEqual([`${SITE}/tin-tuc/ky-tu-la/`]);
  });
});
