import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, useSampleSite, watchProblems } from '../helpers/browser.ts';

const siteDir = inject('sampleSiteDir');

/** Text of a built page, to check what a result really contains. */
function pageText(url: string): string {
  return readFileSync(path.join(siteDir, url, 'index.html'), 'utf8').replace(/<[^>]+>/g, ' ').normalize('NFC').toLocaleLowerCase('vi');
}

describe.runIf(browserAvailable())('search in headless Chromium', () => {
  const session = useSampleSite();
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    page = await session.browser.newPage();
    problems = watchProblems(page);
  });

  afterAll(() => {
    expect(problems).toEqual([]);
  });

  async function settled(): Promise<{ status: string; urls: string[] }> {
    await page.waitForFunction(() => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      const shown = document.querySelectorAll('#search-results li').length;
      return /Không tìm thấy/.test(status) || (/Tìm thấy/.test(status) && shown > 0);
    });
    const urls = await page.locator('#search-results .result__title a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    return { status: await page.locator('#search-status').innerText(), urls };
  }

  async function search(query: string): Promise<{ status: string; urls: string[] }> {
    await page.goto(`${session.server.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
    return settled();
  }

  it('finds the same pages with or without tone marks, in any case or Unicode form', async () => {
    const plain = await search('hoc tap');
    expect(plain.urls.length).toBeGreaterThan(3);
    for (const query of ['học tập', 'HỌC TẬP', 'học tập'.normalize('NFD')]) {
      const other = await search(query);
      expect(new Set(other.urls), query).toEqual(new Set(plain.urls));
      expect(other.status.replace(/ cho .*$/, ''), query).toBe(plain.status.replace(/ cho .*$/, ''));
    }
    expect(plain.urls.some((url) => url.startsWith('/tin-tuc/'))).toBe(true);
  });

  it('downloads only the library, its worker, the index chunks and the shown results: no filter data', async () => {
    const requested: string[] = [];
    const record = (request: { url: () => string }) => requested.push(new URL(request.url()).pathname);
    page.on('request', record);
    try {
      await search('hoc tap');
    } finally {
      page.off('request', record);
    }
    // One bundled, minified script for the page.
    expect(requested.filter((url) => url.startsWith('/js/'))).toEqual(['/js/search.js']);
    const fromSearch = requested.filter((url) => url.startsWith('/pagefind/'));
    expect(fromSearch).toContain('/pagefind/pagefind.js');
    expect(fromSearch.some((url) => url.startsWith('/pagefind/index/'))).toBe(true);
    // The search runs off the page's thread, in Pagefind's worker.
    expect(fromSearch).toContain('/pagefind/pagefind-worker.js');
    expect(fromSearch.filter((url) => url.startsWith('/pagefind/filter/') || url.endsWith('thu-tu-ngay.json'))).toEqual([]);
  });

  it('shows đ as written in titles and excerpts, though the index spells it d + stroke', async () => {
    const { urls } = await search('doan thanh nien');
    expect(urls.length).toBeGreaterThan(0);
    const shown = await page.locator('#search-results').innerText();
    expect(shown).toMatch(/Đoàn|đoàn/);
    expect(shown).not.toContain('\u0335');
  });

  it('lets a plain d find words spelled with đ that Pagefind alone would miss', async () => {
    // Tone marks folded, đ kept: a page that only has "đoàn"/"đường" (no plain-d look-alike) proves the expansion.
    const folded = (url: string) => pageText(url).normalize('NFD').replace(/\p{M}/gu, '');
    for (const [query, withStroke, plain] of [
      ['doan', /(^|[^\p{L}])đoan/u, /(^|[^\p{L}])doan/u],
      ['duong', /(^|[^\p{L}])đuong/u, /(^|[^\p{L}])duong/u],
    ] as const) {
      const { urls } = await search(query);
      expect(urls.some((url) => withStroke.test(folded(url)) && !plain.test(folded(url))), query).toBe(true);
    }
  });

  it('lets a plain d find đ', async () => {
    const youth = await search('doan thanh nien');
    expect(youth.urls).toContain('/tin-tuc/tinh-doan-phat-dong-thanh-nien-tu-hoc/');
    expect(pageText(youth.urls[0]!)).toMatch(/đoàn/);
    const province = await search('thanh hoa');
    expect(province.urls.length).toBeGreaterThan(5);
    const life = await search('doi');
    expect(life.urls.some((url) => pageText(url).includes('suốt đời'))).toBe(true);
  });

  it('ranks exact spellings first for a query typed with marks', async () => {
    const { urls } = await search('đội');
    const exact = urls.map((url) => /(^|[^\p{L}])đội([^\p{L}]|$)/u.test(pageText(url)));
    expect(exact[0]).toBe(true);
    expect(exact.indexOf(false) === -1 || exact.slice(exact.indexOf(false)).every((isExact) => !isExact)).toBe(true);
  });

  it('prefills the query from a shareable URL and keeps the URL in step', async () => {
    await search('thư viện');
    expect(await page.locator('#search-q').inputValue()).toBe('thư viện');
    await page.locator('#search-q').fill('khai mạc');
    await page.locator('#search-q').press('Enter');
    await settled();
    expect(new URL(page.url()).searchParams.get('q')).toBe('khai mạc');
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
  });

  it('filters by type with Vietnamese labels and sorts newest first without dropping pages', async () => {
    const all = await search('hoc tap');
    const labels = await page.locator('#search-filter-type option').allInnerTexts();
    expect(labels).toEqual(expect.arrayContaining(['Tất cả', 'Tin bài', 'Gương tự học', 'Sự kiện']));
    expect(labels.join(' ')).not.toMatch(/\btype\b|story|profile/);
    await page.locator('#search-filter-type').selectOption('Sự kiện');
    const events = await settled();
    expect(events.urls.length).toBeGreaterThan(0);
    expect(events.urls.every((url) => url.startsWith('/su-kien/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('loai')).toBe('Sự kiện');

    await page.locator('#search-filter-type').selectOption('');
    await page.locator('#search-sort').selectOption('moi-nhat');
    const sorted = await settled();
    expect(sorted.status).toBe(all.status);
    // Hubs show only the day of their newest item, so compare days.
    const dates = (await page.locator('.result__meta').allInnerTexts()).map((text) => {
      const [, day, month, year] = /(\d{2})\/(\d{2})\/(\d{4})/.exec(text)!;
      return `${year}-${month}-${day}`;
    });
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('shows thumbnails, types, dates and highlighted excerpts, reachable by keyboard', async () => {
    await search('thư viện');
    const first = page.locator('#search-results li').first();
    expect(await first.locator('.result__meta').innerText()).toMatch(/^(Tin bài|Gương tự học|Sự kiện|Đơn vị|Hoạt động của Kế hoạch|Kế hoạch) · /);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results img.result__thumb').count()).toBeGreaterThan(0);
    await page.locator('#search-q').focus();
    for (let step = 0; step < 12; step += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
  });

  it('fetches the index of finished words while the reader types, and searches once typing pauses for 200 ms', async () => {
    const context = await session.browser.newContext();
    const typing = await context.newPage();
    const problems = watchProblems(typing);
    const chunks: string[] = [];
    typing.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/index/')) chunks.push(request.url());
    });
    await typing.clock.install();
    await typing.goto(`${session.server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
    // Time stands still from here: no pause in typing ever lasts long enough to start a search.
    await typing.clock.pauseAt(Date.now() + 60_000);
    const status = typing.locator('#search-status');
    await typing.locator('#search-q').pressSequentially('thư');
    expect(chunks).toEqual([]);
    await typing.locator('#search-q').pressSequentially(' việ');
    await expect.poll(() => chunks.length).toBeGreaterThan(0);
    await typing.clock.runFor(199);
    expect(await status.innerText()).toBe('');
    expect(await typing.locator('#search-results li').count()).toBe(0);
    await typing.clock.runFor(1);
    await typing.clock.resume();
    await typing.waitForFunction(() => /Tìm thấy \d+ kết quả cho “thư việ”/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('announces the number of results once per completed search, not while the reader types', async () => {
    const reader = await session.browser.newPage();
    const readerProblems = watchProblems(reader);
    // What a screen reader hears: each new text of the live region, without its aria-hidden parts.
    await reader.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      const spoken = (node: Node): string =>
        node instanceof Element && node.getAttribute('aria-hidden') === 'true' ? '' : node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : [...node.childNodes].map(spoken).join('');
      new MutationObserver(() => {
        const status = document.getElementById('search-status');
        const text = status ? spoken(status).trim() : '';
        if (text && text !== heard.at(-1)) heard.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await reader.goto(`${session.server.url}/tim-kiem/`);
    await reader.locator('#search-q').focus();
    await reader.keyboard.type('hoc tap');
    await reader.waitForFunction(() => /Tìm thấy/.test(document.getElementById('search-status')?.textContent ?? '') && document.querySelectorAll('#search-results li').length > 0);
    const heard = await reader.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatch(/^Tìm thấy \d+ kết quả cho “hoc tap”\.$/);
    expect(readerProblems).toEqual([]);
    await reader.close();
  });

  it('never takes focus from the search box while results arrive as the reader types', async () => {
    await page.goto(`${session.server.url}/tim-kiem/`);
    await page.locator('#search-q').focus();
    // Slower than the search itself: results arrive between keystrokes.
    await page.keyboard.type('thu vien', { delay: 400 });
    await settled();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    expect(await page.locator('#search-q').inputValue()).toBe('thu vien');
  });

  it('puts the results after the form in Tab order, and “Xem thêm kết quả” moves focus to the first new result until all are shown', async () => {
    const { status, urls } = await search('hoc tap');
    const total = Number(/Tìm thấy (\d+)/.exec(status)![1]);
    expect(total).toBeGreaterThan(urls.length);
    await page.locator('#search-q').focus();
    const order: string[] = [];
    for (let step = 0; step < 40 && order.at(-1) !== '#search-more'; step += 1) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        if (active.id) return `#${active.id}`;
        return active instanceof HTMLAnchorElement ? new URL(active.href).pathname : `${active.tagName} ${active.textContent}`;
      }));
    }
    const controls = ['#search-filter-type', '#search-filter-unit', '#search-filter-district', '#search-filter-activity', '#search-sort'];
    expect(order[0]).toBe('BUTTON Tìm');
    expect(order.slice(order.indexOf('#search-filter-type'), order.indexOf('#search-sort') + 1)).toEqual(controls);
    expect(order.slice(order.indexOf('#search-sort') + 1)).toEqual([...urls, '#search-more']);

    let shown = urls.length;
    while (shown < total) {
      await page.keyboard.press('Enter');
      await page.waitForFunction((count) => document.querySelectorAll('#search-results li').length > count, shown);
      const links = await page.locator('#search-results .result__title a').evaluateAll((all) => all.map((link) => (link as HTMLAnchorElement).href));
      // Focus is on the first result just added, not lost on the page or left on the button.
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href)).toBe(links[shown]);
      const added = links.length - shown;
      shown = links.length;
      if (shown < total) {
        for (let step = 0; step < added; step += 1) await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-more');
      }
    }
    expect(shown).toBe(total);
    expect(await page.locator('#search-more').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
  });

  it('reaches the search page from the header box', async () => {
    await page.goto(`${session.server.url}/tin-tuc/`);
    await page.locator('#site-search-q').fill('hoc tap');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=hoc\+tap$/);
    expect((await settled()).urls.length).toBeGreaterThan(0);
  });

  it('says plainly that search needs JavaScript when it is off', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${session.server.url}/tim-kiem/?q=hoc+tap`);
    expect(await noScript.locator('main').innerText()).toContain('Tìm kiếm cần JavaScript');
    await context.close();
  });
});
