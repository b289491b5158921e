import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, cumulativeLayoutShift, SCREENS, useSampleSite, watchProblems } from '../helpers/browser.ts';

/** Lighthouse's limit for a good Cumulative Layout Shift. */
const GOOD_CLS = 0.1;
/** How late scripts arrive after the page. */
const SCRIPT_DELAY_MS = 400;

/** Waits until the page has loaded, its script has filled it in, its visible photos have loaded and a few frames passed. */
async function settle(page: Page, filledIn: () => boolean): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(filledIn);
  await page.evaluate(async () => {
    const visible = [...document.images].filter((img) => img.getBoundingClientRect().top < innerHeight);
    await Promise.all(visible.map((img) => (img.complete ? Promise.resolve() : new Promise((done) => img.addEventListener('load', done, { once: true })))));
    await new Promise((done) => setTimeout(done, 500));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

const searchDone = () => {
  const status = document.getElementById('search-status')?.textContent ?? '';
  return /Không tìm thấy/.test(status) || (/Tìm thấy/.test(status) && document.querySelectorAll('#search-results li').length > 0);
};
const calendarFiltered = () => /Đang hiện|Không có sự kiện/.test(document.getElementById('calendar-status')?.textContent ?? '');
const loaded = () => document.readyState === 'complete';

/** Pages a script fills in after load, and when each is done. */
const PAGES: [string, () => boolean][] = [
  ['/tim-kiem/?q=hoc+tap', searchDone],
  ['/tim-kiem/?q=th%C6%B0+vi%E1%BB%87n&loai=Tin+b%C3%A0i', searchDone],
  ['/tim-kiem/', loaded],
  ['/lich-su-kien/', loaded],
  ['/lich-su-kien/?huyen=hoang-hoa', calendarFiltered],
  ['/lich-su-kien/?don-vi=thu-vien-tinh&hinh-thuc=truc-tiep', calendarFiltered],
];

describe.runIf(browserAvailable())('pages that fill in with JavaScript keep still', () => {
  const session = useSampleSite();

  for (const [screen, options] of Object.entries(SCREENS)) {
    it.each(PAGES)(`%s shifts its layout by at most ${GOOD_CLS} on a ${screen} screen`, async (sitePath, done) => {
      const context = await session.browser.newContext(options);
      // As on a slow link: scripts arrive after the page has first been painted.
      await context.route(/\.js$/, async (route) => {
        await new Promise((done) => setTimeout(done, SCRIPT_DELAY_MS));
        await route.continue();
      });
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(`${session.server.url}${sitePath}`);
      await settle(page, done);
      const { cls, shifts } = await cumulativeLayoutShift(page);
      expect(cls, shifts.join('\n')).toBeLessThanOrEqual(GOOD_CLS);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
