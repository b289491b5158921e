import { describe, expect, it } from 'vitest';
import { PAGE_BUDGETS } from '../../lib/bench/page-budgets.ts';
import { browserAvailable, useSampleSite, watchProblems } from '../helpers/browser.ts';

describe.runIf(browserAvailable())('home page transfer on a phone', () => {
  const session = useSampleSite();

  it('downloads under 300 KB before the reader scrolls (HTML, CSS, fonts, photos, scripts)', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const problems = watchProblems(page);
    const first = session.server.requests.length;
    await page.goto(`${session.server.url}/`, { waitUntil: 'networkidle' });
    const requests = session.server.requests.slice(first);
    const total = requests.reduce((sum, request) => sum + request.bytes, 0);
    expect(requests.some((request) => /\.(avif|webp|jpe?g)$/.test(request.path)), 'ảnh đầu trang được tải').toBe(true);
    expect(total, requests.map((request) => `${request.path} ${request.bytes}`).join('\n')).toBeLessThan(PAGE_BUDGETS.homeBytes);
    expect(problems).toEqual([]);
    await page.close();
  });
});
