// npm run bench:search [-- --stories 4000] : builds a generated corpus and measures, in headless Chromium,
// what the first search and each later search in the same page transfer, and how long results take to be
// painted after the last keystroke, unthrottled and under 4× CPU throttling with a Fast-3G network.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../lib/bench/chromium.ts';
import { generateCorpus } from '../lib/bench/corpus.ts';
import { serveStatic, type StaticServer } from '../lib/bench/static-server.ts';

const FIRST_SEARCH_BYTES = 300 * 1024;
const LATER_SEARCH_BYTES = 60 * 1024;
const PAINT_MS = 300;
const QUERIES = ['hoc tap', 'doan thanh nien', 'thư viện số', 'ky nang so', '"học tập suốt đời"'];
/** Chrome DevTools' "Fast 3G" preset: 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up (90 % of nominal). */
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };

const { values } = parseArgs({ options: { stories: { type: 'string', default: '4000' }, runs: { type: 'string', default: '3' }, 'chi-tiet': { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false } } });
const stories = Number(values.stories);
const root = path.resolve(`.cache/bench/corpus-${stories}`);
const out = path.resolve(`.cache/bench/site-${stories}`);

const corpus = generateCorpus({ projectDir: process.cwd(), outDir: root, stories });
const started = performance.now();
const build = values['no-build'] ? { status: 0, stdout: '', stderr: '' } : spawnSync(process.execPath, ['--import', 'tsx', 'node_modules/@11ty/eleventy/cmd.cjs', '--config=.eleventy.ts', `--output=${out}`], {
  env: { ...process.env, SITE_ROOT: root },
  encoding: 'utf8',
});
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
console.log(`Kho thử: ${corpus.stories} tin bài, ${corpus.profiles} gương tự học, ${corpus.events} sự kiện; build ${((performance.now() - started) / 1000).toFixed(1)} s`);

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'đạt' : 'VƯỢT');

/** Search bytes sent since a request count: the library, the index chunks, the result fragments. */
function searchBytes(server: StaticServer, from: number): number {
  return server.requests
    .slice(from)
    .filter((request) => request.path.startsWith('/pagefind/') || request.path.startsWith('/js/'))
    .reduce((sum, request) => sum + request.bytes, 0);
}

/** A quick typist: 100 ms from key to key (readers on phones are slower). */
const KEY_DELAY_MS = 100;

/**
 * Enters the query, typed key by key as a reader does or all at once (one input event: what the search
 * itself downloads, the same on a busy machine as on an idle one, where pauses in typing on a busy one set
 * off searches for unfinished words); milliseconds from the last key until its results are painted.
 */
async function enterAndTime(page: Page, query: string, typed: boolean): Promise<number> {
  await page.evaluate((query) => {
    const input = document.getElementById('search-q') as HTMLInputElement;
    const list = document.getElementById('search-results')!;
    const status = document.getElementById('search-status')!;
    input.value = '';
    list.replaceChildren();
    const state = window as unknown as { lastKey: number; painted: Promise<number> };
    input.addEventListener('input', () => (state.lastKey = performance.now()));
    state.painted = new Promise<number>((resolve) => {
      // Results of the whole query, not of a pause in the middle of typing it. (No named functions in here:
      // tsx would wrap them in a helper the page does not have.)
      new MutationObserver(
        () => list.children.length > 0 && status.textContent.includes(`“${query}”`) && requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))),
      ).observe(list, { childList: true });
    });
  }, query);
  if (typed) {
    await page.focus('#search-q');
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  } else await page.fill('#search-q', query);
  return page.evaluate(async () => {
    const state = window as unknown as { lastKey: number; painted: Promise<number> };
    return (await state.painted) - state.lastKey;
  });
}

interface Run {
  firstBytes: number;
  laterBytes: number;
  ms: number;
  status: string;
  olderBytes: number | undefined;
}

/** A fresh page of the search page, cache empty, throttled like a slow phone if asked. */
async function searchPage(browser: Browser, server: StaticServer, throttled: boolean): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  }
  await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#search-form[data-ready]');
  return { page, close: () => context.close() };
}

/** Milliseconds from the last key of the typed query to its results, on a fresh page. */
async function timeTyping(browser: Browser, server: StaticServer, query: string, throttled: boolean): Promise<number> {
  const { page, close } = await searchPage(browser, server, throttled);
  const ms = await enterAndTime(page, query, true);
  await close();
  return ms;
}

/** What the first search, a later one and searching the older parts download, on a fresh page. */
async function measureBytes(browser: Browser, server: StaticServer, query: string, later: string): Promise<Omit<Run, 'ms'>> {
  const firstRequest = server.requests.length;
  const { page, close } = await searchPage(browser, server, false);
  await enterAndTime(page, query, false);
  await page.waitForLoadState('networkidle');
  const status = await page.locator('#search-status').innerText();
  const firstBytes = searchBytes(server, firstRequest);
  if (values['chi-tiet']) for (const request of server.requests.slice(firstRequest)) console.log(`  ${kb(request.bytes).padStart(9)}  ${request.path}`);
  const laterRequest = server.requests.length;
  await enterAndTime(page, later, false);
  await page.waitForLoadState('networkidle');
  const laterBytes = searchBytes(server, laterRequest);
  // An archive split in parts: what the reader downloads on asking to search the older pages too.
  let olderBytes: number | undefined;
  const older = page.locator('#search-older');
  if (await older.isVisible()) {
    const olderRequest = server.requests.length;
    await older.click();
    await page.waitForFunction(() => /^(Tìm thấy|Không tìm thấy)(?!.* trang mới nhất)/.test(document.getElementById('search-status')!.textContent));
    await page.waitForLoadState('networkidle');
    olderBytes = searchBytes(server, olderRequest);
  }
  await close();
  return { firstBytes, laterBytes, status, olderBytes };
}

async function measure(browser: Browser, server: StaticServer, query: string, later: string): Promise<Run> {
  return { ...(await measureBytes(browser, server, query, later)), ms: await timeTyping(browser, server, query, false) };
}

const server = await serveStatic(out);
const browser = await launchChromium();
let failed = false;
const firsts: number[] = [];
try {
  for (const [index, query] of QUERIES.entries()) {
    const later = QUERIES[(index + 1) % QUERIES.length]!;
    const plain: Run[] = [];
    const slow: number[] = [];
    for (let run = 0; run < Number(values.runs); run += 1) {
      plain.push(await measure(browser, server, query, later));
      slow.push(await timeTyping(browser, server, query, true));
    }
    const first = median(plain.map((run) => run.firstBytes));
    const laterBytes = Math.max(...plain.map((run) => run.laterBytes));
    const ms = median(plain.map((run) => run.ms));
    const slowMs = median(slow);
    firsts.push(first);
    const ok = ms <= PAINT_MS && laterBytes <= LATER_SEARCH_BYTES;
    failed ||= !ok;
    console.log(
      `“${query}”: lần tìm đầu ${kb(first)}; kết quả hiện sau ${ms.toFixed(0)} ms kể từ phím cuối (${verdict(ms <= PAINT_MS)}, ngân sách ${PAINT_MS} ms; ` +
        `CPU chậm 4× + Fast 3G: ${slowMs.toFixed(0)} ms); lần tìm sau (“${later}”) ${kb(laterBytes)} (${verdict(laterBytes <= LATER_SEARCH_BYTES)}, ngân sách ${kb(LATER_SEARCH_BYTES)}). ${plain[0]!.status}` +
        (plain[0]!.olderBytes === undefined ? '' : ` Tìm thêm trong các phần cũ hơn: ${kb(plain[0]!.olderBytes)}.`),
    );
  }
  const firstMedian = median(firsts);
  failed ||= firstMedian > FIRST_SEARCH_BYTES;
  console.log(`Lần tìm đầu, trung vị ${QUERIES.length} truy vấn (mỗi lần trang mới, bộ nhớ đệm trống): ${kb(firstMedian)} — ${verdict(firstMedian <= FIRST_SEARCH_BYTES)} ngân sách ${kb(FIRST_SEARCH_BYTES)}.`);
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = failed ? 1 : 0;
