// npm run bench:search [-- --stories 4000] : builds a generated corpus and measures, in headless Chromium,
// what the first search transfers and how long results take after the page has loaded.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../lib/bench/chromium.ts';
import { generateCorpus } from '../lib/bench/corpus.ts';
import { serveStatic } from '../lib/bench/static-server.ts';

const BUDGET_BYTES = 150 * 1024;
const BUDGET_MS = 300;
const QUERIES = ['hoc tap', 'doan thanh nien', 'thư viện số', 'ky nang so'];

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
const server = await serveStatic(out);
const browser = await launchChromium();
let failed = false;
try {
  for (const query of QUERIES) {
    const bytes: number[] = [];
    const times: number[] = [];
    let found = '';
    for (let run = 0; run < Number(values.runs); run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const firstRequest = server.requests.length;
      await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
      await page.waitForSelector('#search-filters:not([hidden])');
      const elapsed = await page.evaluate(async (text) => {
        const input = document.getElementById('search-q') as HTMLInputElement;
        const list = document.getElementById('search-results')!;
        const start = performance.now();
        const shown = new Promise<number>((resolve) => {
          new MutationObserver(() => list.children.length > 0 && resolve(performance.now())).observe(list, { childList: true });
        });
        input.value = text;
        (document.getElementById('search-form') as HTMLFormElement).requestSubmit();
        return (await shown) - start;
      }, query);
      await page.waitForLoadState('networkidle');
      found = await page.locator('#search-status').innerText();
      const searchBytes = server.requests
        .slice(firstRequest)
        .filter((request) => request.path.startsWith('/pagefind/') || request.path.startsWith('/js/'))
        .reduce((sum, request) => sum + request.bytes, 0);
      if (values['chi-tiet'] && run === 0) {
        for (const request of server.requests.slice(firstRequest)) console.log(`  ${(request.bytes / 1024).toFixed(1).padStart(6)} KB  ${request.path}`);
      }
      bytes.push(searchBytes);
      times.push(elapsed);
      await context.close();
    }
    const kb = median(bytes) / 1024;
    const ms = median(times);
    const ok = median(bytes) <= BUDGET_BYTES && ms <= BUDGET_MS;
    failed ||= !ok;
    console.log(`“${query}”: ${kb.toFixed(1)} KB tải về (thư viện, chỉ mục, kết quả), ${ms.toFixed(0)} ms đến khi hiện kết quả — ${ok ? 'đạt' : 'VƯỢT'} ngân sách (${BUDGET_BYTES / 1024} KB, ${BUDGET_MS} ms). ${found}`);
  }
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = failed ? 1 : 0;
