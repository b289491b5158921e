import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../lib/bench/chromium.ts';
import { serveStatic, type StaticServer } from '../../lib/bench/static-server.ts';
import { browserAvailable, watchProblems } from '../helpers/browser.ts';
import type { PartsList } from '../../lib/search/search-parts.ts';
import { buildSite, FIXTURES_DIR, makeSiteRoot, type BuildResult } from '../helpers/site-build.ts';

const CONTENT = path.join(FIXTURES_DIR, 'site/content');
const STORY = '/tin-tuc/thu-vien-so/';
const STORY_FILE = path.join(CONTENT, 'tin-tuc/thu-vien-so.md');

/** Phrases written only in the fixture story's body (a paragraph, a quote, a table cell), never in its title or sapo. */
const BODY_PHRASES = ['say sưa đọc đến tối', 'đưa thư viện về gần bản xa', 'Trung Lý'];

/** Tone marks and đ taken off, as a reader on a phone without a Vietnamese keyboard types. */
const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

describe.runIf(browserAvailable())('full-text search of the fixture site', () => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    build = buildSite(makeSiteRoot(CONTENT), { BUILD_NOW: '2023-10-05T20:00:00+07:00' });
    if (build.status !== 0) throw new Error(build.output);
    server = await serveStatic(build.outDir);
    browser = await launchChromium();
    page = await browser.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function search(query: string): Promise<{ urls: string[]; excerpts: string[] }> {
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      return /Không tìm thấy/.test(status) || (/Tìm thấy/.test(status) && document.querySelectorAll('#search-results li').length > 0);
    });
    const urls = await page.locator('#search-results .result__title a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    const excerpts = await page.locator('#search-results .result__excerpt').evaluateAll((nodes) => nodes.map((node) => node.innerHTML));
    return { urls, excerpts };
  }

  it('uses phrases that only the story body holds', () => {
    const source = readFileSync(STORY_FILE, 'utf8');
    const [, frontMatter, body] = source.split(/^---$/m);
    for (const phrase of BODY_PHRASES) {
      expect(body, phrase).toContain(phrase);
      expect(frontMatter, phrase).not.toContain(phrase);
    }
  });

  it('finds a story by words of its body, with and without tone marks and đ, among the first results', async () => {
    for (const phrase of BODY_PHRASES) {
      for (const query of [phrase, plain(phrase)]) {
        const { urls } = await search(query);
        expect(urls.slice(0, 3), query).toContain(STORY);
      }
    }
  });

  it('shows an excerpt around the match, words highlighted and đ restored', async () => {
    const { urls, excerpts } = await search('say sua doc den toi');
    const excerpt = excerpts[urls.indexOf(STORY)]!;
    expect(excerpt).toContain('<mark>');
    expect(excerpt).toMatch(/<mark>đến<\/mark>/);
    expect(excerpt).not.toContain('\u0335');
  });

  it('matches a quoted name as a phrase, and the words anywhere without quotes', async () => {
    // The profile holds Lê, Thị and Hồng, but never in a row.
    const loose = await search('Lê Thị Hồng');
    expect(loose.urls).toContain(STORY);
    expect(loose.urls).toContain('/guong-tu-hoc/nguyen-van-an/');
    const quoted = await search('"Lê Thị Hồng"');
    expect(quoted.urls).toEqual([STORY]);
    expect(await search('"le thi hong"')).toMatchObject({ urls: [STORY] });
  });
});

describe.runIf(browserAvailable())('an archive too big for one index, searched newest first', () => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    // One page per part: the story is in an older part, as an older year's stories are in a big archive.
    build = buildSite(makeSiteRoot(CONTENT, 'searchPagesPerPart: 1'), { BUILD_NOW: '2023-10-05T20:00:00+07:00' });
    if (build.status !== 0) throw new Error(build.output);
    server = await serveStatic(build.outDir);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('writes each older part as an index alone, listed for the search page', () => {
    const parts = JSON.parse(readFileSync(path.join(build.outDir, 'pagefind/cac-phan.json'), 'utf8')) as PartsList;
    expect(parts.pages).toBe(1);
    expect(parts.older.length).toBeGreaterThan(5);
    expect(parts.older.map((part) => part.folder)).toEqual(parts.older.map((_, index) => `phan-${index + 2}`));
    // Newest first.
    expect(parts.older.map((part) => part.newest)).toEqual(parts.older.map((part) => part.newest).sort().reverse());
    const second = path.join(build.outDir, 'pagefind', parts.older[0]!.folder);
    expect(existsSync(path.join(second, 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(path.join(second, 'pagefind.js'))).toBe(false);
  });

  it('searches the newest part first, and the older parts only when the reader asks, keeping the keyboard in place', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('say sua doc den toi')}`);
    await page.waitForFunction(() => /trong 1 trang mới nhất/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(requested.filter((url) => url.includes('/phan-'))).toEqual([]);
    const older = page.locator('#search-older');
    expect(await older.innerText()).toMatch(/^Tìm cả trong \d+ trang cũ hơn \(đăng từ \d{2}\/\d{2}\/2023 trở về trước\)$/);
    await older.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => /^Tìm thấy \d+ kết quả cho “say sua doc den toi”\.$/.test(document.getElementById('search-status')?.textContent ?? '') && document.querySelectorAll('#search-results li').length > 0,
    );
    const urls = await page.locator('#search-results .result__title a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(urls.slice(0, 3)).toContain(STORY);
    expect(requested.some((url) => /^\/pagefind\/phan-\d+\/index\//.test(url))).toBe(true);
    expect(await older.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
