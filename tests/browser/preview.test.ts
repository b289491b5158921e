import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../lib/bench/chromium.ts';
import { browserAvailable } from '../helpers/browser.ts';
import { FIXTURES_DIR, makeSiteRoot, PROJECT_DIR } from '../helpers/site-build.ts';

/** A free port on this machine for the preview server. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A process's state letter from /proc (R, S, Z…), or undefined once it is gone. */
function processState(pid: number): string | undefined {
  try {
    return /\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/** Processes still running (not ended, not zombies) among the given ones. */
function running(pids: readonly number[]): number[] {
  return pids.filter((pid) => ![undefined, 'Z'].includes(processState(pid)));
}

/** Every descendant of a process, from /proc (Linux). */
function descendants(pid: number): number[] {
  let children: number[];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/**
 * `npm start` as a journalist uses it, in a real browser: the home page follows
 * edits and new stories, a file with errors turns every page into the error
 * page with the check's report, fixing it brings the site back, and stopping
 * the preview leaves no process behind.
 */
describe.skipIf(!browserAvailable())('the preview (npm start) tells the truth', () => {
  // Inside the project: Eleventy's watcher only follows folders under the working directory.
  const root = makeSiteRoot(path.join(FIXTURES_DIR, 'site/content'), '', path.join(PROJECT_DIR, '.cache/tests'));
  const story = path.join(root, 'content/tin-tuc/thu-vien-so.md');
  const original = readFileSync(story, 'utf8');
  let preview: ChildProcess;
  let browser: Browser;
  let page: Page;
  let base = '';
  let log = '';

  /** Reloads the page until its text matches (a rebuild takes a moment; no fixed sleep). */
  async function until(url: string, pattern: RegExp): Promise<string> {
    // Bounded only to end a test that would otherwise wait forever: far beyond any rebuild on a loaded machine.
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`${url} không có ${pattern} sau 2 phút.\n${log}`);
      // Until the first build is done, the server does not answer yet.
      const opened = await page.goto(`${base}${url}`, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
      const text = opened ? await page.locator('body').innerText() : '';
      if (pattern.test(text)) return text;
      if (preview.exitCode !== null) throw new Error(log);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    preview = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--port', String(port)], {
      cwd: PROJECT_DIR,
      env: { ...process.env, SITE_ROOT: root, BUILD_NOW: '2023-10-05T20:00:00+07:00' },
    });
    for (const stream of [preview.stdout!, preview.stderr!]) stream.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    browser = await launchChromium();
    page = await browser.newPage();
    await until('/', /Thư viện số/);
  });

  afterAll(async () => {
    await browser?.close();
    if (preview.exitCode === null) preview.kill('SIGTERM');
    rmSync(root, { recursive: true, force: true });
  });

  it('shows an edited title on the home page (one file saved: an incremental rebuild)', async () => {
    writeFileSync(story, original.replace(/^title: .*$/m, 'title: "Thư viện số đổi tên khi đang xem trước"'));
    await until('/', /Thư viện số đổi tên khi đang xem trước/);
  });

  it('shows a new story on the home page', async () => {
    writeFileSync(
      path.join(root, 'content/tin-tuc/bai-moi-xem-truoc.md'),
      original.replace(/^title: .*$/m, 'title: "Bài mới viết trong lúc xem trước"').replace(/^published: .*$/m, 'published: 2023-10-05 19:00'),
    );
    const home = await until('/', /Bài mới viết trong lúc xem trước/);
    expect(home).toContain('Thư viện số đổi tên khi đang xem trước');
  });

  it('follows an edit of that story in the news sitemap too', async () => {
    const file = path.join(root, 'content/tin-tuc/bai-moi-xem-truoc.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "Bài mới đã sửa tiêu đề"'));
    await until('/', /Bài mới đã sửa tiêu đề/);
    const sitemap = await (await fetch(`${base}/news-sitemap.xml`)).text();
    expect(sitemap).toContain('<news:title>Bài mới đã sửa tiêu đề</news:title>');
  });

  it('serves the error page, with the check’s report, in place of every page while a file is wrong; printed once', async () => {
    const before = log.length;
    writeFileSync(story, original.replace(/^unit: .*$/m, 'unit: khong-co-don-vi'));
    const text = await until('/tin-tuc/', /Nội dung có lỗi/);
    expect(text).toContain('content/tin-tuc/thu-vien-so.md');
    expect(text).toMatch(/LỖI dòng \d+: unit — cần mã một đơn vị trong data\/units\.yaml \(trường id\), nhận được "khong-co-don-vi"/);
    expect(await until('/', /Nội dung có lỗi/)).toContain('khong-co-don-vi');
    const printed = log.slice(before);
    expect(printed.split('nhận được "khong-co-don-vi"').length - 1).toBe(1);
    expect(printed).not.toMatch(/\[11ty\] Problem|Eleventy Fatal|Error:/);
  });

  it('shows the site again once the file is fixed', async () => {
    writeFileSync(story, original.replace(/^title: .*$/m, 'title: "Thư viện số đã sửa xong lỗi"'));
    const home = await until('/', /Thư viện số đã sửa xong lỗi/);
    expect(home).not.toContain('Nội dung có lỗi');
    expect(log).toContain('Đã sửa hết lỗi: bản xem trước hiện lại trang tin.');
  });

  it('leaves no process behind when stopped', async () => {
    expect(preview.exitCode, log).toBeNull();
    const children = descendants(preview.pid!);
    // Every rebuild wrote the search index with its own Pagefind process: none is left unreaped.
    expect(children.filter((pid) => processState(pid) === 'Z')).toEqual([]);
    const exited = new Promise((resolve) => preview.once('exit', resolve));
    preview.kill('SIGINT');
    await exited;
    // The children end with it (esbuild when its pipe closes): give them a moment, not a fixed sleep.
    for (let attempt = 0; attempt < 50 && running(children).length > 0; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(running(children)).toEqual([]);
  });
});
