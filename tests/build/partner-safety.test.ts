import { appendFileSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { TITLE_MAX_LENGTH, writtenLength } from '../../lib/seo/page-title.ts';
import { buildSite, FIXTURES_DIR, listFiles, makeSiteRoot, type BuildResult } from '../helpers/site-build.ts';

/**
 * Partner sites republish our feeds and embeds, and search engines read our
 * JSON-LD: plain text from content (titles, leads, authors, captions, tags,
 * unit names, occupations, quotes, venues…) must reach them as text, never
 * as markup. A fixture site full of hostile text is built and every feed,
 * embed and JSON-LD block it writes is read with an XML and an HTML parser.
 */

const IMG = '<img src=x onerror=alert(17)>';
const TITLE = '</title><script>alert(1)</script>';
const CDATA_END = ']]>';
const SCRIPT = '</script><script>alert(2)</script>';
const HOSTILE = [IMG, TITLE, CDATA_END, SCRIPT];
const all = (label: string) => `${label} ${IMG} ${TITLE} ${CDATA_END} ${SCRIPT}`;

const UNIT_NAME = all('Đơn vị thử & khách');
const STORY = {
  title: all('Tin thử'),
  lead: all('Sapo thử'),
  authors: [IMG, `${TITLE} & PV`, SCRIPT],
  tags: [IMG, SCRIPT, `${TITLE} ${CDATA_END}`],
  alt: all('Mô tả ảnh'),
  credit: all('Tác giả ảnh'),
  caption: all('Chú thích'),
  correction: all('Đính chính'),
};
const PROFILE = { name: `Nguyễn Văn Thử ${IMG}`, occupation: all('Nghề'), quote: all('Câu nói'), tags: [SCRIPT], alt: all('Chân dung'), credit: all('Ảnh') };
const EVENT = { title: all('Sự kiện thử'), description: all('Mô tả sự kiện'), venue: all('Hội trường'), address: all('Địa chỉ'), statusNote: all('Ghi chú'), tags: [TITLE] };

const yaml = (value: unknown) => JSON.stringify(value);

/** The fixture site plus one story, profile and event (and the unit that writes them) made of hostile text. */
function hostileSiteRoot(): string {
  const root = makeSiteRoot(path.join(FIXTURES_DIR, 'site/content'));
  appendFileSync(path.join(root, 'data/units.yaml'), `\n- id: don-vi-thu\n  name: ${yaml(UNIT_NAME)}\n  short: ${yaml(`Thử ${IMG}`)}\n`);
  const content = path.join(root, 'content');
  mkdirSync(path.join(content, 'tin-tuc/thu'), { recursive: true });
  copyFileSync(path.join(FIXTURES_DIR, 'site/content/tin-tuc/anh-chinh.jpg'), path.join(content, 'tin-tuc/thu/anh.jpg'));
  writeFileSync(
    path.join(content, 'tin-tuc/thu/tin-thu.md'),
    [
      '---',
      `title: ${yaml(STORY.title)}`,
      `lead: ${yaml(STORY.lead)}`,
      'published: 2023-10-05 08:00',
      `authors: ${yaml(STORY.authors)}`,
      'unit: don-vi-thu',
      'districts: [Thọ Xuân]',
      'activities: [5]',
      `tags: ${yaml(STORY.tags)}`,
      'image:',
      '  src: anh.jpg',
      `  alt: ${yaml(STORY.alt)}`,
      `  credit: ${yaml(STORY.credit)}`,
      `  caption: ${yaml(STORY.caption)}`,
      'corrections:',
      `  - date: 2023-10-05 09:00`,
      `    text: ${yaml(STORY.correction)}`,
      '---',
      'Thân bài có `</script><script>alert(2)</script>` trong mã và ]]> giữa câu.',
      '',
    ].join('\n'),
  );
  copyFileSync(path.join(FIXTURES_DIR, 'site/content/guong-tu-hoc/chan-dung.jpg'), path.join(content, 'guong-tu-hoc/chan-dung-thu.jpg'));
  writeFileSync(
    path.join(content, 'guong-tu-hoc/nguoi-thu.md'),
    [
      '---',
      `name: ${yaml(PROFILE.name)}`,
      'birthYear: 1960',
      'district: Hậu Lộc',
      `occupation: ${yaml(PROFILE.occupation)}`,
      `quote: ${yaml(PROFILE.quote)}`,
      'photo:',
      '  src: chan-dung-thu.jpg',
      `  alt: ${yaml(PROFILE.alt)}`,
      `  credit: ${yaml(PROFILE.credit)}`,
      'unit: don-vi-thu',
      'consent:',
      '  date: 2023-09-20',
      '  note: Đồng ý bằng văn bản',
      'published: 2023-10-05 07:00',
      `tags: ${yaml(PROFILE.tags)}`,
      '---',
      'Ông tự học suốt đời.',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(content, 'su-kien/su-kien-thu.md'),
    [
      '---',
      `title: ${yaml(EVENT.title)}`,
      `description: ${yaml(EVENT.description)}`,
      'start: 2023-10-07 08:00',
      'end: 2023-10-07 10:00',
      `venue: ${yaml(EVENT.venue)}`,
      `address: ${yaml(EVENT.address)}`,
      'district: Hậu Lộc',
      'unit: don-vi-thu',
      'activities: [5]',
      'format: trực tiếp',
      'status: hoãn',
      `statusNote: ${yaml(EVENT.statusNote)}`,
      `tags: ${yaml(EVENT.tags)}`,
      '---',
      'Chương trình thử.',
      '',
    ].join('\n'),
  );
  return root;
}

let build: BuildResult;
let files: string[];
const read = (file: string) => readFileSync(path.join(build.outDir, file), 'utf8');

beforeAll(() => {
  build = buildSite(hostileSiteRoot(), { BUILD_NOW: '2023-10-05T20:00:00+07:00' });
  if (build.status !== 0) throw new Error(build.output);
  files = listFiles(build.outDir);
});

/** Every element of an HTML fragment or document, as an HTML parser sees it. */
function elementsOf(html: string) {
  return DomUtils.findAll(() => true, parseDocument(html).children);
}

/** The text an HTML parser reads from a fragment (what a browser would show). */
function textOf(html: string): string {
  return DomUtils.textContent(parseDocument(html));
}

/**
 * Elements and attributes a feed body may hold: what the Markdown sanitiser
 * allows (lib/markdown/sanitize.ts) plus the markup the entry layouts put
 * around the body (photo, facts, corrections).
 */
const BODY_ATTRIBUTES: Record<string, string[]> = {
  p: ['class'], h2: ['id'], h3: [], h4: [], strong: [], em: [], b: [], i: [], s: [], del: [], ins: [], small: [], sub: [], sup: [], br: [], hr: [], code: [], pre: [],
  a: ['href', 'title', 'rel', 'target', 'download'], ul: [], ol: ['start'], li: [], dl: ['class'], dt: [], dd: [], blockquote: ['class'], q: [], cite: [], abbr: ['title'],
  figure: ['class'], figcaption: [], picture: [], source: ['type', 'srcset', 'sizes'], img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding', 'fetchpriority', 'sizes', 'srcset'],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [], th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'],
  div: ['class'], span: ['class'], time: ['datetime'], aside: ['class', 'aria-labelledby'],
};

function expectOnlyBodyMarkup(html: string, where: string): void {
  for (const element of elementsOf(html)) {
    const allowed = BODY_ATTRIBUTES[element.name];
    expect(allowed, `${where}: <${element.name}>`).toBeDefined();
    for (const name of Object.keys(element.attribs)) {
      expect([...allowed!, 'id', 'lang'], `${where}: <${element.name} ${name}>`).toContain(name);
    }
    // Photos from the site, links absolute (no `x`, no javascript:).
    if (element.name === 'img') expect(String(element.attribs.src), `${where}: ${DomUtils.getOuterHTML(element)}`).toMatch(/^https:\/\/hoctapsuotdoi\.thanhhoa\.gov\.vn\/img\//);
    if (element.name === 'a' && 'href' in element.attribs) expect(String(element.attribs.href), `${where}: ${DomUtils.getOuterHTML(element)}`).toMatch(/^https:\/\/[a-z.-]+\//);
  }
}

function expectTextOnly(html: string, where: string): void {
  expect(elementsOf(html).map((element) => element.name), where).toEqual([]);
}

const rss = new Parser({ customFields: { item: [['content:encoded', 'contentEncoded'], ['dc:creator', 'creators', { keepArray: true }]] } });
type FeedItem = Parser.Item & { contentEncoded: string; creators?: string[] };

describe('feeds with hostile plain text', () => {
  it('carry titles, leads, authors, tags and unit names as text in every feed, and only the sanitised body as markup', async () => {
    const feeds = files.filter((file) => file.endsWith('feed.xml'));
    expect(feeds.length).toBeGreaterThan(40);
    let seen = 0;
    for (const file of feeds) {
      const xml = read(file);
      expect(XMLValidator.validate(xml), file).toBe(true);
      const feed = await rss.parseString(xml);
      expectTextOnly(feed.description ?? '', `${file} channel description`);
      for (const item of feed.items as FeedItem[]) {
        const where = `${file} ${item.link}`;
        expectTextOnly(item.content ?? '', `${where} description`);
        for (const creator of item.creators ?? []) expectTextOnly(creator, `${where} dc:creator`);
        expectOnlyBodyMarkup(item.contentEncoded, `${where} content:encoded`);
        if (item.link?.endsWith('/tin-tuc/tin-thu/')) {
          seen += 1;
          expect(item.title).toBe(STORY.title);
          expect(textOf(item.content!)).toBe(STORY.lead);
          expect(item.creators!.map(textOf)).toEqual(STORY.authors);
          expect(item.categories).toEqual(expect.arrayContaining([UNIT_NAME, ...STORY.tags]));
          const body = textOf(item.contentEncoded);
          for (const text of [STORY.caption, STORY.correction, `Ảnh: ${STORY.credit}`, `${SCRIPT} trong mã và ${CDATA_END} giữa câu`]) expect(body, where).toContain(text);
          expect(elementsOf(item.contentEncoded).find((element) => element.name === 'img')!.attribs.alt).toBe(STORY.alt);
        }
        if (item.link?.endsWith('/guong-tu-hoc/nguoi-thu/')) {
          expect(item.title).toBe(PROFILE.name);
          expect(textOf(item.content!)).toBe(`${PROFILE.occupation}, huyện Hậu Lộc: “${PROFILE.quote}”`);
        }
        if (item.link?.endsWith('/su-kien/su-kien-thu/')) {
          expect(item.title).toBe(EVENT.title);
          expect(textOf(item.content!)).toContain(`Địa điểm: ${EVENT.venue}, ${EVENT.address}. Hình thức: trực tiếp. ${EVENT.description}`);
          for (const text of [EVENT.venue, EVENT.address]) expect(textOf(item.contentEncoded)).toContain(text);
        }
      }
    }
    // The site's, the stories', the unit's, the district's and the activity's feeds.
    expect(seen).toBeGreaterThanOrEqual(5);
    const unitFeed = await rss.parseString(read('don-vi/don-vi-thu/feed.xml'));
    expect(unitFeed.title).toBe(`Học tập suốt đời Thanh Hóa: ${UNIT_NAME}`);
    expect(textOf(unitFeed.description!)).toBe(`Tin bài, gương tự học và sự kiện của ${UNIT_NAME}.`);
  });

  it('list the unit’s feed in the OPML file under its exact name, and the story in the news sitemap under its exact title', () => {
    for (const file of files.filter((name) => name.endsWith('.xml') || name.endsWith('.opml'))) expect(XMLValidator.validate(read(file)), file).toBe(true);
    const parser = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true });
    const opml = parser.parse(read('feeds.opml')) as { opml: { body: { outline: { outline: { '@_text': string }[] }[] } } };
    const outlines = opml.opml.body.outline.flatMap((group) => group.outline);
    expect(outlines.map((outline) => outline['@_text'])).toContain(`Học tập suốt đời Thanh Hóa: ${UNIT_NAME}`);
    type NewsUrl = { 'news:news': { 'news:title': string } };
    const news = parser.parse(read('news-sitemap.xml')) as { urlset: { url: NewsUrl | NewsUrl[] } };
    const titles = [news.urlset.url].flat().map((entry) => entry['news:news']['news:title']);
    expect(titles).toContain(STORY.title);
  });
});

describe('embeds and pages with hostile plain text', () => {
  const EMBED_ELEMENTS = ['html', 'head', 'meta', 'title', 'base', 'style', 'body', 'header', 'a', 'ol', 'li', 'span', 'footer'];

  it('give partners embeds with the hostile names as text, and no other markup', () => {
    const embeds = files.filter((file) => /^doi-tac\/nhung\/[^/]+\/index\.html$/.test(file));
    expect(embeds.length).toBeGreaterThan(40);
    for (const file of embeds) {
      const html = read(file);
      for (const element of elementsOf(html)) {
        expect(EMBED_ELEMENTS, `${file}: <${element.name}>`).toContain(element.name);
        for (const name of Object.keys(element.attribs)) expect(name, file).not.toMatch(/^on/i);
      }
    }
    const unitEmbed = read('doi-tac/nhung/don-vi-don-vi-thu/index.html');
    const embed = parseDocument(unitEmbed);
    // The feed's title, or its label alone past 65 characters (the site's name dropped, as on every page), cut at a word past that: as text.
    const title = DomUtils.textContent(DomUtils.findOne((element) => element.name === 'title', embed.children)!);
    expect(UNIT_NAME.length).toBeGreaterThan(TITLE_MAX_LENGTH);
    expect(title).toMatch(/^Đơn vị thử & khách .*…$/);
    expect(UNIT_NAME.startsWith(title.slice(0, -1))).toBe(true);
    expect(writtenLength(title)).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
    const links = DomUtils.findAll((element) => element.name === 'li', embed.children).map((element) => DomUtils.textContent(element));
    expect(links.some((text) => text.startsWith(STORY.title))).toBe(true);
    expect(links.some((text) => text.startsWith(PROFILE.name))).toBe(true);
  });

  it('write JSON-LD that no text can close, read back exactly', () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    const documents: Record<string, unknown>[] = [];
    for (const file of pages) {
      const html = read(file);
      const scripts = DomUtils.findAll((element) => element.name === 'script', parseDocument(html).children);
      // The only scripts are the JSON-LD blocks and the site's own modules.
      for (const script of scripts) expect(script.attribs.type === 'application/ld+json' || /^\/js\/[\w.-]+\.js$/.test(script.attribs.src ?? ''), `${file}: ${DomUtils.getOuterHTML(script)}`).toBe(true);
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
      expect(blocks.length, file).toBe(scripts.filter((script) => script.attribs.type === 'application/ld+json').length);
      for (const block of blocks) {
        expect(block, file).not.toMatch(/<|\u2028|\u2029/);
        documents.push(JSON.parse(block) as Record<string, unknown>);
      }
      for (const element of elementsOf(html)) for (const name of Object.keys(element.attribs)) expect(name, `${file} <${element.name}>`).not.toMatch(/^on/i);
    }
    const byType = (type: string) => documents.filter((document) => document['@type'] === type);
    expect(byType('NewsArticle').find((document) => document.headline === STORY.title)).toMatchObject({
      description: STORY.lead,
      author: STORY.authors.map((name) => ({ '@type': 'Person', name })),
      keywords: STORY.tags.join(', '),
    });
    expect(byType('ProfilePage').find((document) => (document.mainEntity as { name: string }).name === PROFILE.name)).toMatchObject({
      mainEntity: { jobTitle: PROFILE.occupation, description: PROFILE.quote },
    });
    expect(byType('Event').find((document) => document.name === EVENT.title)).toMatchObject({
      description: EVENT.description,
      location: { name: EVENT.venue, address: { streetAddress: EVENT.address } },
      organizer: { name: UNIT_NAME },
    });
    for (const text of HOSTILE) expect(JSON.stringify(documents)).toContain(JSON.stringify(text).slice(1, -1));
  });
});
