import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_BUDGETS } from '../../lib/bench/page-budgets.ts';
import { browserAvailable, useSampleSite, watchProblems } from '../helpers/browser.ts';

describe.runIf(browserAvailable())('page transfer on a phone', () => {
  const session = useSampleSite();

  /** Opens a page on a 360 px phone screen; `ready` waits for what the page fills in. Returns what was downloaded until the network was quiet. */
  async function transfer(sitePath: string, ready: (page: Page) => Promise<unknown> = () => Promise.resolve()): Promise<{ total: number; paths: string[]; listing: string; problems: string[] }> {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const problems = watchProblems(page);
    const first = session.server.requests.length;
    await page.goto(`${session.server.url}${sitePath}`, { waitUntil: 'networkidle' });
    await ready(page);
    await page.waitForLoadState('networkidle');
    const requests = session.server.requests.slice(first);
    await page.close();
    return {
      total: requests.reduce((sum, request) => sum + request.bytes, 0),
      paths: requests.map((request) => request.path),
      listing: requests.map((request) => `${request.path} ${request.bytes}`).join('\n'),
      problems,
    };
  }

  it('downloads under 300 KB on the home page before the reader scrolls (HTML, CSS, fonts, photos, scripts)', async () => {
    const { total, paths, listing, problems } = await transfer('/');
    expect(paths.some((url) => /\.(avif|webp|jpe?g)$/.test(url)), 'ảnh đầu trang được tải').toBe(true);
    expect(total, listing).toBeLessThan(PAGE_BUDGETS.homeBytes);
    expect(problems).toEqual([]);
  });

  it('downloads under 200 KB on the search page with results for a query (HTML, CSS, script, Pagefind, index, results, thumbnails)', async () => {
    const { total, paths, listing, problems } = await transfer('/tim-kiem/?q=hoc+tap', (page) => page.locator('#search-results .result__title a').first().waitFor());
    expect(paths.some((url) => url.startsWith('/pagefind/fragment/')), 'kết quả được tải').toBe(true);
    expect(total, listing).toBeLessThan(PAGE_BUDGETS.searchBytes);
    expect(problems).toEqual([]);
  });
});
