import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';

/** Page budgets for phones on slow links (issue: performance). */
export const PAGE_BUDGETS = {
  /** A story's HTML plus its CSS, gzip-compressed. */
  storyBytes: 40 * 1024,
  /** Everything the home page downloads on a phone before the user scrolls. */
  homeBytes: 300 * 1024,
  /** Everything the search page downloads on a phone for a query from the URL, until its first results and their thumbnails are shown. */
  searchBytes: 200 * 1024,
} as const;

/** Bytes of a built file once gzip-compressed, as a web server sends it. */
export function gzippedSize(siteDir: string, sitePath: string): number {
  const file = sitePath.endsWith('/') ? path.join(siteDir, sitePath, 'index.html') : path.join(siteDir, sitePath);
  return gzipSync(readFileSync(file)).length;
}

/** The stylesheets a page links to, as site paths. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
}

/** Scripts that would run: every <script> except JSON-LD data blocks. */
export function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/type="application\/ld\+json"/.test(tag));
}

/** <img> tags without both width and height (they shift the layout while loading). */
export function unsizedImages(html: string): string[] {
  return [...html.matchAll(/<img\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\swidth="\d+"/.test(tag) || !/\sheight="\d+"/.test(tag));
}

/** A story page's HTML and CSS, gzip-compressed (path prefix removed from stylesheet URLs). */
export function storyPageBytes(siteDir: string, storyPath: string, pathPrefix = '/'): number {
  const html = readFileSync(path.join(siteDir, storyPath, 'index.html'), 'utf8');
  const css = stylesheetsOf(html).map((href) => `/${href.slice(pathPrefix.length)}`);
  return gzippedSize(siteDir, storyPath) + css.reduce((sum, href) => sum + gzippedSize(siteDir, href), 0);
}

/** What the home page downloads on a 360 px phone screen until the network is quiet, in headless Chromium. */
export async function homePageTransfer(siteDir: string): Promise<number> {
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    return server.requests.reduce((sum, request) => sum + request.bytes, 0);
  } finally {
    await browser.close();
    await server.close();
  }
}
