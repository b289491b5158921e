import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, browserAvailable, useSampleSite, watchProblems } from '../helpers/browser.ts';

describe.runIf(browserAvailable())('the sample site in headless Chromium', () => {
  const session = useSampleSite();

  async function open(path: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
    const page = await session.browser.newPage({ viewport: { width, height: 800 } });
    const problems = watchProblems(page);
    await page.goto(`${session.server.url}${path}`, { waitUntil: 'load' });
    return { page, problems };
  }

  async function loadedImages(page: Page): Promise<{ total: number; broken: string[] }> {
    // Lazy photos load when scrolled into view.
    await page.evaluate(async () => {
      for (const img of Array.from(document.images)) {
        img.loading = 'eager';
      }
      await Promise.all(Array.from(document.images).map((img) => (img.complete ? Promise.resolve() : new Promise((done) => img.addEventListener('load', done, { once: true })))));
    });
    return page.evaluate(() => ({
      total: document.images.length,
      broken: Array.from(document.images).filter((img) => img.naturalWidth === 0).map((img) => img.currentSrc || img.src),
    }));
  }

  it('opens the home page, then a story and a profile from its links, without errors', async () => {
    const { page, problems } = await open('/');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await expect(page.locator('h1').innerText()).resolves.toMatch(/TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2023/i);
    expect(await page.locator('.hero__theme').innerText()).toContain('Xây dựng năng lực tự học trong kỷ nguyên số');

    await page.locator('#tin-moi ~ .cards .card__title a').first().click();
    await page.waitForURL(/\/tin-tuc\/[a-z0-9-]+\/$/);
    expect(await page.locator('article h1').innerText()).not.toBe('');
    expect(await page.locator('.sapo strong').innerText()).not.toBe('');
    expect(await page.locator('.photo--lead figcaption .credit').innerText()).toMatch(/^Ảnh: /);
    expect(await page.locator('article time').first().getAttribute('datetime')).toMatch(/\+07:00$/);
    const storyImages = await loadedImages(page);
    expect(storyImages.broken).toEqual([]);

    await page.goto(`${session.server.url}/`);
    await page.locator('#guong-tu-hoc ~ .cards .card__title a').first().click();
    await page.waitForURL(/\/guong-tu-hoc\/[a-z0-9-]+\/$/);
    expect(await page.locator('.profile__quote').innerText()).toMatch(/^“.+”$/s);
    expect(await page.locator('.facts').innerText()).toContain('Đơn vị giới thiệu');
    expect((await loadedImages(page)).broken).toEqual([]);

    expect(problems).toEqual([]);
  });

  it('lets keyboard users skip to the content and see where focus is', async () => {
    const { page, problems } = await open('/tin-tuc/');
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.evaluate((element) => getComputedStyle(element).top)).toBe('0px');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    expect(problems).toEqual([]);
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    for (const path of ['/', '/tin-tuc/', '/lich-su-kien/']) {
      const { page, problems } = await open(path, 360);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('has no serious accessibility problems (contrast, labels, landmarks) on the main page types', async () => {
    for (const path of ['/', '/tin-tuc/', '/tin-tuc/khai-mac-tuan-le-hoc-tap-suot-doi-2023/', '/guong-tu-hoc/le-thi-hong/', '/su-kien/le-khai-mac-tuan-le-hoc-tap-suot-doi-2023/', '/lich-su-kien/', '/tim-kiem/?q=hoc+tap', '/ke-hoach/', '/bo-nhan-dien/', '/doi-tac/', '/bao-cao/']) {
      const { page } = await open(path);
      expect(await accessibilityViolations(page), path).toEqual([]);
      await page.close();
    }
  });

  it('has no serious accessibility problems on the search page once results are shown, and after “Xem thêm kết quả”', async () => {
    const { page, problems } = await open('/tim-kiem/?q=hoc+tap');
    await page.locator('#search-results .result__title a').first().waitFor();
    expect(await page.locator('#search-status').innerText()).toMatch(/^Tìm thấy \d+ kết quả/);
    expect(await accessibilityViolations(page)).toEqual([]);
    const shown = await page.locator('#search-results li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((count) => document.querySelectorAll('#search-results li').length > count, shown);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('serves the Vietnamese 404 page for unknown addresses', async () => {
    const page = await session.browser.newPage();
    const response = await page.goto(`${session.server.url}/khong-co-trang-nay/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Không tìm thấy trang');
  });
});
