import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIndexedPages } from '../helpers/search-index.ts';
import { FIXTURES_DIR, makeSiteRoot, PROJECT_DIR, readOutput } from '../helpers/site-build.ts';

const NOW = '2023-10-05T20:00:00+07:00';
const PUBLIC_PAGES = ['/tin-tuc/doan-thanh-nien-phat-dong/', '/tin-tuc/thu-vien-so/', '/guong-tu-hoc/nguyen-van-an/', '/su-kien/le-khai-mac/', '/su-kien/trien-lam-sach/'];

/** The preview server's rebuild loop (`npm start` runs it with --serve --incremental): Eleventy watching, incremental. */
describe('an incremental rebuild after editing one story', () => {
  // Inside the project: Eleventy's watcher only follows folders under the working directory.
  const root = makeSiteRoot(path.join(FIXTURES_DIR, 'site/content'), '', path.join(PROJECT_DIR, '.cache/tests'));
  const outDir = mkdtempSync(path.join(tmpdir(), 'tuan-le-watch-'));
  const story = path.join(root, 'content/tin-tuc/thu-vien-so.md');
  let child: ChildProcess;
  let log = '';
  const waitFor = (pattern: RegExp, after: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (pattern.test(log.slice(after))) {
          clearInterval(timer);
          resolve();
        } else if (child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(log));
        }
      }, 100);
    });
  const SEARCH_DONE = /hoàn tất chỉ mục tìm kiếm/;

  beforeAll(async () => {
    child = spawn(process.execPath, ['--import', 'tsx', './node_modules/@11ty/eleventy/cmd.cjs', '--config=.eleventy.ts', `--output=${outDir}`, '--watch', '--incremental'], {
      cwd: PROJECT_DIR,
      env: { ...process.env, SITE_ROOT: root, BUILD_NOW: NOW, PREVIEW: '', TUAN_LE_TIMINGS: '1' },
    });
    for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    await waitFor(SEARCH_DONE, 0);
    const mark = log.length;
    writeFileSync(story, readFileSync(story, 'utf8').replace(/^title: .*$/m, 'title: "Thư viện số đã sửa trong lúc xem trước"'));
    await waitFor(/Wrote \d+ files \(skipped [1-9]\d*\)/, mark);
    await waitFor(SEARCH_DONE, mark);
  }, 120_000);

  afterAll(() => {
    child.kill('SIGTERM');
    rmSync(root, { recursive: true, force: true });
  });

  it('renders only what changed, and the edited story shows its new title', () => {
    expect(readOutput(outDir, '/tin-tuc/thu-vien-so/')).toContain('<h1>Thư viện số đã sửa trong lúc xem trước</h1>');
  });

  it('keeps every page in the feed with its body and in the search index, skipped pages included', async () => {
    const feed = await new Parser({ customFields: { item: [['content:encoded', 'contentEncoded']] } }).parseString(readOutput(outDir, '/feed.xml'));
    for (const url of PUBLIC_PAGES) {
      const item = feed.items.find((candidate) => candidate.link?.endsWith(url));
      expect(item, url).toBeDefined();
      expect((item as unknown as { contentEncoded: string }).contentEncoded.length, url).toBeGreaterThan(40);
    }
    expect(feed.items.find((candidate) => candidate.link?.endsWith('/tin-tuc/thu-vien-so/'))!.title).toBe('Thư viện số đã sửa trong lúc xem trước');
    const indexed = readIndexedPages(outDir);
    for (const url of PUBLIC_PAGES) expect(indexed.map((page) => page.url), url).toContain(url);
    expect(indexed.find((page) => page.url === '/tin-tuc/thu-vien-so/')!.meta.title).toBe('Thư viện số đã sửa trong lúc xem trước');
  });
});
