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

  it('applies the menus with “Lọc” and keeps the address shareable', async () => {
    const page = await session.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${session.server.url}/lich-su-kien/`);
    const everything = await page.locator('.agenda-item').count();
    // Chosen from the keyboard, then confirmed with the button.
    await page.locator('#loc-don-vi').focus();
    await page.locator('#loc-don-vi').selectOption('thu-vien-tinh');
    await page.getByRole('button', { name: 'Lọc', exact: true }).press('Enter');
    const visible = page.locator('.agenda-item:visible');
    expect(await visible.count()).toBeGreaterThan(0);
    expect(await visible.count()).toBeLessThan(everything);
    expect(await visible.evaluateAll((items) => items.every((item) => (item as HTMLElement).dataset.donVi === 'thu-vien-tinh'))).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/lich-su-kien/');
    expect(new URL(page.url()).search).toBe('?don-vi=thu-vien-tinh');

    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => page.locator('.agenda-item:visible').count()).toBe(everything);
    expect(new URL(page.url()).search).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('without JavaScript, shows the form with its “Lọc” button, lists every event and submits to a shareable URL', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${session.server.url}/lich-su-kien/`);
    expect(await page.locator('#calendar-filters').isVisible()).toBe(true);
    const submit = page.locator('#calendar-filters button[type="submit"]');
    expect(await submit.innerText()).toBe('Lọc');
    expect(await submit.isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).toContain('đang tắt JavaScript');

    await page.locator('#loc-huyen').selectOption('hoang-hoa');
    await page.locator('#loc-don-vi').selectOption('thu-vien-tinh');
    await Promise.all([page.waitForURL(/\/lich-su-kien\/\?/), submit.click()]);
    const address = new URL(page.url());
    expect(address.pathname).toBe('/lich-su-kien/');
    expect(address.searchParams.get('huyen')).toBe('hoang-hoa');
    expect(address.searchParams.get('don-vi')).toBe('thu-vien-tinh');
    // The static page: still every event, never an empty or broken list.
    const listed = await page.locator('.agenda-item:visible').count();
    expect(listed).toBe(await page.locator('.agenda-item').count());
    expect(listed).toBeGreaterThanOrEqual(20);
    expect(await page.locator('#calendar-empty').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();

    // The same address, opened with JavaScript on, shows the filtered events on load.
    const withScript = await session.browser.newPage();
    await withScript.goto(address.href);
    expect(await withScript.locator('#loc-huyen').inputValue()).toBe('hoang-hoa');
    expect(await withScript.locator('#loc-don-vi').inputValue()).toBe('thu-vien-tinh');
    const filtered = await withScript.locator('.agenda-item:visible').evaluateAll((items) => items.map((item) => [(item as HTMLElement).dataset.huyen, (item as HTMLElement).dataset.donVi]));
    for (const [district, unit] of filtered) {
      expect(district).toBe('hoang-hoa');
      expect(unit).toBe('thu-vien-tinh');
    }
    expect(await withScript.locator('#calendar-status').innerText()).toMatch(/^(Đang hiện \d+ sự kiện phù hợp\.|Không có sự kiện nào phù hợp\.)$/);
    // Empty menus of the plain form are dropped from the address.
    expect(new URL(withScript.url()).search).toBe('?huyen=hoang-hoa&don-vi=thu-vien-tinh');
    await withScript.close();
  });
});
