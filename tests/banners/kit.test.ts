import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { DateTime } from 'luxon';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { BannerCache, contentKey } from '../../lib/banners/cache.ts';
import { bannerFormat } from '../../lib/banners/formats.ts';
import { buildKit, kitFitProblems, kitSlogans, sloganId, weekFooter, withIds, type BannerKit } from '../../lib/banners/kit.ts';
import { makeLexicon } from '../../lib/text/word-groups.ts';
import { formatBytes, formatSeconds } from '../../lib/text/numbers.ts';
import { shareImage } from '../../lib/banners/share-image.ts';
import { PROJECT_LEXICON } from '../helpers/lexicon.ts';

const dirs: string[] = [];
function tempCache(): BannerCache {
  const dir = mkdtempSync(path.join(tmpdir(), 'banner-cache-'));
  dirs.push(dir);
  return new BannerCache(dir);
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const SLOGANS = withIds([
  { kind: 'theme', text: 'Xây dựng năng lực tự học trong kỷ nguyên số', source: 'Chủ đề năm 2023' },
  { kind: 'slogan', text: 'Về cách học, phải lấy tự học làm cốt.', source: 'Chủ tịch Hồ Chí Minh' },
]);
const FORMATS = [bannerFormat('ap-phich-a3'), bannerFormat('anh-chia-se')];
const FOOTER = 'Thanh Hóa, 02–08/10/2023';
const IDENTITY = {
  heading: 'Tuần lễ hưởng ứng học tập suốt đời năm 2023',
  pdfInfo: { author: 'Tuần lễ hưởng ứng học tập suốt đời năm 2023 — Thanh Hóa', date: new Date('2023-09-25T00:00:00+07:00') },
  zipTime: new Date('2023-09-25T00:00:00Z'),
};
const SHARE_FOOTER = 'Tuần lễ hưởng ứng học tập suốt đời năm 2023 · Thanh Hóa';

describe('kit helpers', () => {
  it('formats sizes, times, footers and ids the Vietnamese way', () => {
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(2_900_000)).toBe('2,8 MB');
    expect(formatSeconds(2900)).toBe('2,9 s');
    const zone = { zone: 'Asia/Ho_Chi_Minh' };
    expect(weekFooter({ start: DateTime.fromISO('2023-10-02', zone), end: DateTime.fromISO('2023-10-08', zone) }, 'Thanh Hóa')).toBe(FOOTER);
    expect(weekFooter({ start: DateTime.fromISO('2023-09-28', zone), end: DateTime.fromISO('2023-10-04', zone) }, 'Thanh Hóa')).toBe('Thanh Hóa, 28/09–04/10/2023');
    expect(sloganId('Về cách học, phải lấy tự học làm cốt.')).toBe('ve-cach-hoc-phai-lay-tu');
    expect(SLOGANS.map((slogan) => slogan.id)).toEqual(['chu-de', 've-cach-hoc-phai-lay-tu']);
    expect(withIds([{ kind: 'slogan', text: 'Học để biết', source: 'a' }, { kind: 'slogan', text: 'Học để biết!', source: 'b' }]).map((slogan) => slogan.id)).toEqual(['hoc-de-biet', 'hoc-de-biet-2']);
  });

  it('makes the kit for the theme first, then the verified slogans in their order, never an unverified one', () => {
    const slogans = [
      { text: 'Học để biết', source: 'UNESCO', verified: true },
      { text: 'Câu chưa đối chiếu', source: '?', verified: false },
      { text: 'Học để biết!', source: 'Khác', verified: true },
    ];
    expect(kitSlogans('Chủ đề năm', 'Kế hoạch', slogans)).toEqual([
      { kind: 'theme', id: 'chu-de', text: 'Chủ đề năm', source: 'Kế hoạch' },
      { kind: 'slogan', id: 'hoc-de-biet', text: 'Học để biết', source: 'UNESCO' },
      { kind: 'slogan', id: 'hoc-de-biet-2', text: 'Học để biết!', source: 'Khác' },
    ]);
  });

  it('keys the cache by content: NFC and NFD alike, any key order, not other content', () => {
    expect(contentKey({ a: 1, text: 'Học' })).toBe(contentKey({ text: 'Học', a: 1 }));
    expect(contentKey({ text: 'Học' })).not.toBe(contentKey({ text: 'Học tập' }));
    expect(contentKey({ text: 'Học' })).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the kit', () => {
  const cache = tempCache();
  let first: BannerKit;
  let second: BannerKit;

  it('renders every slogan in every format once, and nothing on an unchanged second run', async () => {
    first = await buildKit({ slogans: SLOGANS, ...IDENTITY, footer: FOOTER, formats: FORMATS, lexicon: PROJECT_LEXICON, cache });
    expect(first.rendered).toBe(SLOGANS.length * FORMATS.length);
    expect(first.reused).toBe(0);
    second = await buildKit({ slogans: SLOGANS, ...IDENTITY, footer: FOOTER, formats: FORMATS, lexicon: PROJECT_LEXICON, cache: new BannerCache(cache.dir) });
    expect(second.rendered).toBe(0);
    expect(second.reused).toBe(SLOGANS.length * FORMATS.length);
    expect(second.formats.map((format) => [format.id, format.rendered, format.reused])).toEqual(FORMATS.map((format) => [format.id, 0, SLOGANS.length]));
    expect(JSON.stringify(second.slogans)).toBe(JSON.stringify(first.slogans));
    // Changed wording is a new render, the rest is reused.
    const third = await buildKit({ slogans: [SLOGANS[0]!, { ...SLOGANS[1]!, text: 'Về cách học, phải lấy tự học làm cốt!' }], ...IDENTITY, footer: FOOTER, formats: FORMATS, lexicon: PROJECT_LEXICON, cache: new BannerCache(cache.dir) });
    expect([third.rendered, third.reused]).toEqual([FORMATS.length, FORMATS.length]);
  }, 60_000);

  it('lists every file with its format, pixel size, print size and byte size', () => {
    const poster = first.slogans[0]!.items.find((item) => item.formatId === 'ap-phich-a3')!;
    expect(poster.files.map((file) => [file.url, file.type, file.width, file.height, file.printSize, file.dpi])).toEqual([
      ['/bo-nhan-dien/chu-de/ap-phich-a3.png', 'png', 3508, 4961, '297 × 420 mm', 300],
      ['/bo-nhan-dien/chu-de/ap-phich-a3.pdf', 'pdf', 3508, 4961, '297 × 420 mm', 300],
    ]);
    for (const file of first.slogans.flatMap((slogan) => slogan.items.flatMap((item) => item.files))) {
      expect(file.bytes).toBe(readFileSync(file.source).byteLength);
      expect(file.formatName).toBe(bannerFormat(file.formatId).name);
    }
    expect(first.slogans.map((slogan) => [slogan.id, slogan.source])).toEqual([['chu-de', 'Chủ đề năm 2023'], ['ve-cach-hoc-phai-lay-tu', 'Chủ tịch Hồ Chí Minh']]);
    const urls = first.outputs.map((output) => output.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^\/bo-nhan-dien\/[a-z0-9/.-]+$/);
  });

  it('makes small WebP previews, never the print files', async () => {
    for (const item of first.slogans.flatMap((slogan) => slogan.items)) {
      const source = first.outputs.find((output) => output.url === item.preview.url)!.source;
      const meta = await sharp(source).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', 480, item.preview.height]);
      expect(readFileSync(source).byteLength).toBeLessThan(80_000);
      expect(item.preview.alt).toContain(`“${SLOGANS.find((slogan) => slogan.id === item.sloganId)!.text}”`);
      expect(item.preview.alt).toContain(item.formatName.slice(1));
    }
  });

  it('zips contain exactly the files they list, byte for byte', () => {
    const zips = [...first.slogans.map((slogan) => slogan.zip), ...first.formats.map((format) => format.zip)];
    expect(zips.map((zip) => zip.url)).toEqual([
      '/bo-nhan-dien/tai-ve/chu-de.zip',
      '/bo-nhan-dien/tai-ve/ve-cach-hoc-phai-lay-tu.zip',
      '/bo-nhan-dien/tai-ve/kho-ap-phich-a3.zip',
      '/bo-nhan-dien/tai-ve/kho-anh-chia-se.zip',
    ]);
    const sources = new Map(first.slogans.flatMap((slogan) => slogan.items.flatMap((item) => item.files.map((file) => [file.name, file.source] as const))));
    for (const zip of zips) {
      const unzipped = unzipSync(readFileSync(zip.source));
      expect(Object.keys(unzipped).sort(), zip.url).toEqual([...zip.contents].sort());
      expect(zip.bytes).toBe(readFileSync(zip.source).byteLength);
      const guide = new TextDecoder().decode(unzipped['HUONG-DAN.txt']);
      for (const name of zip.contents) {
        expect(guide, zip.url).toContain(name);
        if (name !== 'HUONG-DAN.txt') expect(Buffer.compare(Buffer.from(unzipped[name]!), readFileSync(sources.get(name)!)), name).toBe(0);
      }
    }
    expect(first.slogans[0]!.zip.contents).toEqual(['HUONG-DAN.txt', 'chu-de-ap-phich-a3.png', 'chu-de-ap-phich-a3.pdf', 'chu-de-anh-chia-se.png', 'chu-de-anh-chia-se.jpg']);
    // Same content, same bytes: the second run's zips are the first run's.
    expect(second.formats.map((format) => format.zip.source)).toEqual(first.formats.map((format) => format.zip.source));
  });
});

describe('kitFitProblems', () => {
  it('reports a slogan that fits only by breaking a compound too wide for the smallest size', async () => {
    const slogan = 'Học tập suốt đời cho mọi người ở mọi nơi!';
    const formats = [bannerFormat('youtube'), bannerFormat('bang-ron-6m')];
    const whole = makeLexicon({ compounds: ['học tập suốt đời cho mọi người ở mọi nơi'], names: [] });
    expect(await kitFitProblems([slogan], FOOTER, { lexicon: PROJECT_LEXICON, heading: IDENTITY.heading, formats, cache: tempCache() })).toEqual([]);
    const problems = await kitFitProblems([slogan], FOOTER, { lexicon: whole, heading: IDENTITY.heading, formats, cache: tempCache() });
    expect(problems.map(({ text, format }) => [text, format.id])).toEqual([[slogan, 'youtube']]);
  });
});

describe('share images', () => {
  it('makes a cached 1200 × 630 JPEG per title and kicker', async () => {
    const cache = tempCache();
    const title = 'Khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2023 tại Hoằng Hóa';
    const card = await shareImage(title, 'Tin bài', SHARE_FOOTER, PROJECT_LEXICON, cache);
    expect(card.url).toMatch(/^\/bo-nhan-dien\/chia-se\/[0-9a-f]{20}\.jpg$/);
    expect([card.width, card.height, card.title]).toEqual([1200, 630, title]);
    const meta = await sharp(card.file).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
    expect(card.bytes).toBe(readFileSync(card.file).byteLength);
    expect([cache.rendered, cache.reused]).toEqual([1, 0]);

    const again = await shareImage(title.normalize('NFD'), 'Tin bài', SHARE_FOOTER, PROJECT_LEXICON, cache);
    expect(again).toEqual(card);
    expect([cache.rendered, cache.reused]).toEqual([1, 1]);
    const other = await shareImage(title, 'Sự kiện', SHARE_FOOTER, PROJECT_LEXICON, cache);
    expect(other.url).not.toBe(card.url);
    // Another campaign's line is another card.
    const otherCampaign = await shareImage(title, 'Tin bài', 'Tuần lễ hưởng ứng học tập suốt đời năm 2026 · Hà Tĩnh', PROJECT_LEXICON, cache);
    expect(otherCampaign.url).not.toBe(card.url);
    expect(readdirSync(cache.dir).filter((name) => name.startsWith('.tmp'))).toEqual([]);
  });

  it('shortens a title too long for the smallest size, at a word, with "…"', async () => {
    const card = await shareImage('Học tập suốt đời '.repeat(60), 'Tin bài', SHARE_FOOTER, PROJECT_LEXICON, tempCache());
    expect(card.title.endsWith('…')).toBe(true);
    expect(card.title.length).toBeLessThan('Học tập suốt đời '.repeat(60).length);
  });
});
