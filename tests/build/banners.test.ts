import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { loadSlogans } from '../../lib/banners/slogans.ts';
import { BANNER_FORMATS } from '../../lib/banners/formats.ts';
import { PROJECT_DIR, listFiles, readOutput } from '../helpers/site-build.ts';

const siteDir = inject('sampleSiteDir');
const KIT = '/bo-nhan-dien/';

function attributeValues(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]+)"`, 'g'))].map((match) => match[1]!);
}

describe('banner kit page', () => {
  const html = () => readOutput(siteDir, KIT);

  it('is built, with every verified slogan and its source, and none of the unverified ones', () => {
    const page = html();
    expect(page).toContain('Xây dựng năng lực tự học trong kỷ nguyên số');
    for (const slogan of loadSlogans(path.join(PROJECT_DIR, 'data'))) {
      if (slogan.verified) {
        expect(page).toContain(slogan.text);
        expect(page).toContain(slogan.source);
      } else expect(page).not.toContain(slogan.text);
    }
    for (const hex of ['#0b4a7d', '#07345a', '#f6b83c']) expect(page).toContain(hex);
  });

  it('links only to files that are in the output', () => {
    const links = [...attributeValues(html(), 'href'), ...attributeValues(html(), 'src')].filter((url) => url.startsWith(KIT) && url !== KIT);
    expect(links.length).toBeGreaterThan(BANNER_FORMATS.length * 3);
    for (const url of links) expect(existsSync(path.join(siteDir, url)), url).toBe(true);
  });

  it('offers every format as a download, at its declared pixel size', async () => {
    const links = attributeValues(html(), 'href').filter((url) => /\.(png|jpg|pdf)$/.test(url) && url.startsWith(KIT));
    for (const format of BANNER_FORMATS) {
      const ofFormat = links.filter((url) => url.endsWith(`/${format.id}.png`));
      expect(ofFormat.length, format.id).toBeGreaterThanOrEqual(2);
      // One file per format is enough to check the size (the 6 m banner is 74 megapixels).
      const meta = await sharp(path.join(siteDir, ofFormat[0]!), { limitInputPixels: false }).metadata();
      expect([meta.width, meta.height], format.id).toEqual([format.width, format.height]);
    }
  });

  it('has a zip per slogan and per format, each holding what the page lists', () => {
    const page = html();
    const zips = attributeValues(page, 'href').filter((url) => url.endsWith('.zip'));
    expect(zips.filter((url) => url.includes('/tai-ve/kho-'))).toHaveLength(BANNER_FORMATS.length);
    expect(zips.length).toBeGreaterThan(BANNER_FORMATS.length);
    for (const url of zips) {
      const names = Object.keys(unzipSync(readFileSync(path.join(siteDir, url))));
      expect(names, url).toContain('HUONG-DAN.txt');
      expect(names.length, url).toBeGreaterThan(1);
    }
    // The slogan zips' listings on the page match their contents.
    const listings = [...page.matchAll(/<a href="([^"]+\.zip)" download[^>]*>[^<]*<\/a><\/p>\s*<details class="kit-contents">\s*<summary>[^<]*<\/summary>\s*<ul>([\s\S]*?)<\/ul>/g)];
    expect(listings).toHaveLength(zips.length - BANNER_FORMATS.length);
    for (const match of listings) {
      const [, zipUrl, listed] = match as unknown as [string, string, string];
      const shown = [...listed.matchAll(/<code>([^<]+)<\/code>/g)].map((match) => match[1]!);
      expect(Object.keys(unzipSync(readFileSync(path.join(siteDir, zipUrl)))).sort(), zipUrl).toEqual(shown.sort());
    }
  });

  it('shows small previews, not the print files', () => {
    const previews = attributeValues(html(), 'src').filter((url) => url.startsWith(`${KIT}xem-truoc/`));
    expect(previews.length).toBeGreaterThanOrEqual(BANNER_FORMATS.length * 3);
    for (const url of previews) expect(readFileSync(path.join(siteDir, url)).byteLength, url).toBeLessThan(100_000);
    expect(html()).not.toContain('eleventy:ignore');
  });

  it('publishes every generated share card a page refers to', () => {
    const pages = listFiles(siteDir).filter((name) => name.endsWith('.html'));
    for (const name of pages) {
      for (const url of readFileSync(path.join(siteDir, name), 'utf8').matchAll(/\/bo-nhan-dien\/chia-se\/[0-9a-f]+\.jpg/g)) {
        expect(existsSync(path.join(siteDir, url[0])), `${name}: ${url[0]}`).toBe(true);
      }
    }
    const cards = path.join(siteDir, KIT, 'chia-se');
    if (existsSync(cards)) for (const name of readdirSync(cards)) expect(name).toMatch(/^[0-9a-f]{20}\.jpg$/);
  });
});
