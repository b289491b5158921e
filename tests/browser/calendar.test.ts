import { describe, expect, it } from 'vitest';
import { browserAvailable, useSampleSite, watchProblems } from '../helpers/browser.ts';

describe.runIf(browserAvailable())('the event calendar in headless Chromium', () => {
  const session = useSampleSite();

  it('shows only the chosen district’s events, from a shareable URL too, and says when none match', async () => {
    const page = await session.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${session.server.url}/lich-su-kien/`);
    const everything = await page.locator('.agenda-item').count();
    await page.locator('#loc-huyen').selectOption('hoang-hoa');
    const visible = page.locator('.agenda-item:visible');
    expect(await visible.count()).toBeGreaterThan(0);
    expect(await visible.count()).toBeLessThan(everything);
    for (const district of await visible.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.huyen))) expect(district).toBe('hoang-hoa');
    for (const meta of await visible.locator('.agenda-item__meta').allInnerTexts()) expect(meta).toContain('huyện Hoằng Hóa');
    expect(new URL(page.url()).searchParams.get('huyen')).toBe('hoang-hoa');
    expect(await page.locator('#calendar-status').innerText()).toMatch(/^Đang hiện \d+ sự kiện phù hợp\.$/);

    await page.goto(`${session.server.url}/lich-su-kien/?huyen=muong-lat&hinh-thuc=truc-tuyen`);
    expect(await page.locator('.agenda-item:visible').count()).toBe(0);
    expect(await page.locator('#calendar-empty').isVisible()).toBe(true);
    expect(await page.locator('#calendar-status').innerText()).toBe('Không có sự kiện nào phù hợp.');

    await page.goto(`${session.server.url}/lich-su-kien/?don-vi=thu-vien-tinh`);
    expect(await page.locator('#loc-don-vi').inputValue()).toBe('thu-vien-tinh');
    expect(await page.locator('.agenda-item:visible').evaluateAll((items) => items.every((item) => (item as HTMLElement).dataset.donVi === 'thu-vien-tinh'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('lists every event without JavaScript, with no filter form to confuse', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/lich-su-kien/?huyen=hoang-hoa`);
    const listed = await page.locator('.agenda-item:visible').count();
    expect(listed).toBe(await page.locator('.agenda-item').count());
    expect(listed).toBeGreaterThanOrEqual(20);
    expect(await page.locator('#calendar-filters').isVisible()).toBe(false);
    await context.close();
  });
});
