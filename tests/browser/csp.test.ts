import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../lib/bench/static-server.ts';
import { launchChromium } from '../../lib/bench/chromium.ts';
import { headersForPath } from '../../lib/deploy/security-headers.ts';
import { browserAvailable, watchProblems } from '../helpers/browser.ts';

/** The site's own pages, one of each kind, as a reader opens them (the embed is opened framed, as partners use it). */
const PAGES = [
  '/',
  '/tin-tuc/khai-mac-tuan-le-hoc-tap-suot-doi-2023/',
  '/guong-tu-hoc/hoang-thi-mai/',
  '/su-kien/dem-giao-luu-sach-nguoi-ban-dong-hanh-nga-son/',
  '/lich-su-kien/',
  '/tim-kiem/',
  '/bo-nhan-dien/',
  '/ke-hoach/',
  '/doi-tac/',
];

/** Every CSP violation a page and its frames report, from the first byte on (an init script is not itself subject to the policy). */
function recordViolations(): void {
  const seen: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = seen;
  window.addEventListener('securitypolicyviolation', (event) => {
    seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
  });
}

async function violationsOf(page: Page): Promise<string[]> {
  const lists = await Promise.all(page.frames().map((frame) => frame.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []).catch(() => [])));
  return lists.flat();
}

describe.runIf(browserAvailable())('the site under its own Content-Security-Policy, in headless Chromium', () => {
  let site: StaticServer;
  let partner: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    // Served like production: every response carries the headers the build recommends.
    site = await serveStatic(inject('sampleSiteDir'), { headers: (pathname) => headersForPath(pathname) });
    // A partner's site on another origin, framing an embed and a normal page.
    const partnerDir = mkdtempSync(path.join(tmpdir(), 'tuan-le-partner-'));
    writeFileSync(
      path.join(partnerDir, 'index.html'),
      `<!doctype html><html lang="vi"><title>Báo đối tác</title><link rel="icon" href="data:,"><iframe title="Tin học tập suốt đời" src="${site.url}/doi-tac/nhung/tat-ca/"></iframe></html>`,
    );
    writeFileSync(path.join(partnerDir, 'trang-thuong.html'), `<!doctype html><html lang="vi"><title>Khung lạ</title><link rel="icon" href="data:,"><iframe title="Trang chủ" src="${site.url}/"></iframe></html>`);
    writeFileSync(path.join(partnerDir, '404.html'), 'Không có');
    partner = await serveStatic(partnerDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await partner?.close();
    await site?.close();
  });

  /** Opens a page, recording problems and the policy each of the site's documents (frames too) arrived with. */
  async function open(url: string): Promise<{ page: Page; problems: string[]; policies: Map<string, string | undefined> }> {
    const page = await browser.newPage();
    await page.addInitScript(recordViolations);
    const problems = watchProblems(page);
    const policies = new Map<string, string | undefined>();
    page.on('response', (response) => {
      const address = new URL(response.url());
      if (address.origin === site.url && response.request().resourceType() === 'document') policies.set(address.pathname, response.headers()['content-security-policy']);
    });
    await page.goto(url);
    return { page, problems, policies };
  }

  it.each(PAGES)('loads %s with the policy enforced and nothing refused', async (sitePath) => {
    const { page, problems, policies } = await open(`${site.url}${sitePath}`);
    expect(policies.get(sitePath)).toBe(headersForPath(sitePath)['Content-Security-Policy']);
    expect(await violationsOf(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs a real search: Pagefind compiles its WebAssembly under the search page policy', async () => {
    const { page, problems } = await open(`${site.url}/tim-kiem/?q=hoc+tap`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    expect(await page.locator('#search-status').innerText()).toMatch(/^Tìm thấy \d+ kết quả/);
    expect(await violationsOf(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters the calendar with its script', async () => {
    const { page, problems } = await open(`${site.url}/lich-su-kien/`);
    const everything = await page.locator('.agenda-item').count();
    await page.locator('#loc-huyen').selectOption('hoang-hoa');
    const visible = await page.locator('.agenda-item:visible').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(everything);
    expect(await violationsOf(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets a partner on another site frame an embed, styled by its hashed inline style', async () => {
    const { page, problems, policies } = await open(`${partner.url}/`);
    const embed = page.frameLocator('iframe');
    await expect.poll(() => embed.locator('li').count()).toBe(5);
    expect(policies.get('/doi-tac/nhung/tat-ca/')).toMatch(/frame-ancestors \*(;|$)/);
    // The inline style applied: the header bar is the site's blue.
    expect(await embed.locator('header').evaluate((header) => getComputedStyle(header).backgroundColor)).toBe('rgb(11, 74, 125)');
    expect(await violationsOf(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refuses to be framed anywhere else', async () => {
    const { page, problems } = await open(`${partner.url}/trang-thuong.html`);
    await page.waitForLoadState('load');
    await expect.poll(() => problems.some((problem) => problem.includes("frame-ancestors 'none'"))).toBe(true);
    expect(await page.frameLocator('iframe').locator('main').count()).toBe(0);
    await page.close();
  });
});
