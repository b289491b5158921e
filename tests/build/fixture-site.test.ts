import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readIndexedPages } from '../helpers/search-index.ts';
import { buildSite, FIXTURES_DIR, listFiles, makeSiteRoot, readOutput, type BuildResult } from '../helpers/site-build.ts';

const NOW = '2023-10-05T20:00:00+07:00';
const HIDDEN_MARKERS = ['Bản nháp bí mật', 'ban-nhap-bi-mat', 'chưa đến giờ công bố', 'tin-cam-van', 'chu-de-ban-nhap', 'chu-de-hen-gio'];

let build: BuildResult;
let htmlFiles: string[];

function allText(files: string[]): string[] {
  return files.map((file) => readFileSync(path.join(build.outDir, file), 'utf8'));
}

beforeAll(() => {
  // A machine in another time zone must print the same Vietnam times.
  // Stage times on, as the benchmark asks for them.
  build = buildSite(makeSiteRoot(path.join(FIXTURES_DIR, 'site/content')), { BUILD_NOW: NOW, TZ: 'America/Los_Angeles', TUAN_LE_TIMINGS: '1' });
  if (build.status !== 0) throw new Error(build.output);
  htmlFiles = listFiles(build.outDir).filter((file) => file.endsWith('.html'));
});

describe('fixture site build', () => {
  it('reports the time of each stage, for the benchmark', () => {
    const stages = [
      'đọc và kiểm tra nội dung',
      'mã hóa ảnh (hoặc lấy từ bộ nhớ đệm)',
      'ảnh chia sẻ',
      'đọc nội dung và dựng trang (gồm ảnh)',
      'nguồn tin RSS',
      'lịch iCalendar',
      'hoàn tất chỉ mục tìm kiếm',
      'chép ảnh đã mã hóa',
      'gói mã JavaScript',
    ];
    for (const stage of stages) expect(build.output, stage).toMatch(new RegExp(`Giai đoạn: ${stage.replace(/[()]/g, '\\$&')} \\d+,\\d+ s`));
  });

  it('publishes every valid entry at its URL', () => {
    for (const page of [
      '/tin-tuc/doan-thanh-nien-phat-dong/',
      '/tin-tuc/thu-vien-so/',
      '/guong-tu-hoc/nguyen-van-an/',
      '/su-kien/le-khai-mac/',
      '/su-kien/trien-lam-sach/',
      '/gioi-thieu/',
    ]) {
      expect(readOutput(build.outDir, page)).toContain('<html lang="vi">');
    }
  });

  it('lists valid entries on the home page, listings, tag, unit and district pages and the sitemap', () => {
    expect(readOutput(build.outDir, '/')).toContain('href="/tin-tuc/thu-vien-so/"');
    expect(readOutput(build.outDir, '/')).toContain('href="/guong-tu-hoc/nguyen-van-an/"');
    expect(readOutput(build.outDir, '/')).toContain('href="/su-kien/trien-lam-sach/"');
    expect(readOutput(build.outDir, '/tin-tuc/')).toContain('href="/tin-tuc/doan-thanh-nien-phat-dong/"');
    expect(readOutput(build.outDir, '/guong-tu-hoc/')).toContain('href="/guong-tu-hoc/nguyen-van-an/"');
    expect(readOutput(build.outDir, '/chu-de/hoc-tap-suot-doi/')).toContain('href="/tin-tuc/thu-vien-so/"');
    expect(readOutput(build.outDir, '/don-vi/tinh-doan/')).toContain('href="/tin-tuc/doan-thanh-nien-phat-dong/"');
    expect(readOutput(build.outDir, '/dia-phuong/muong-lat/')).toContain('href="/su-kien/trien-lam-sach/"');
    const sitemap = readOutput(build.outDir, '/sitemap.xml');
    expect(sitemap).toContain('<loc>https://hoctapsuotdoi.thanhhoa.gov.vn/tin-tuc/doan-thanh-nien-phat-dong/</loc>');
    expect(sitemap).toContain('<lastmod>2023-10-02T15:00:00+07:00</lastmod>');
    expect(sitemap).not.toContain('404');
    expect(readOutput(build.outDir, '/robots.txt')).toContain('Sitemap: https://hoctapsuotdoi.thanhhoa.gov.vn/sitemap.xml');
  });

  it('keeps drafts and embargoed stories out of every output file', () => {
    const files = listFiles(build.outDir);
    expect(files.filter((file) => HIDDEN_MARKERS.some((marker) => file.includes(marker)))).toEqual([]);
    const texts = allText(files.filter((file) => /\.(html|xml|txt|json)$/.test(file)));
    for (const marker of HIDDEN_MARKERS) {
      expect(texts.filter((text) => text.includes(marker))).toHaveLength(0);
    }
  });

  it('neutralises hostile HTML from content', () => {
    const story = readOutput(build.outDir, '/tin-tuc/doan-thanh-nien-phat-dong/');
    // Partner pages show an <iframe> snippet as text and embeds carry their own inline style: no content there.
    for (const text of allText(htmlFiles.filter((file) => !file.startsWith('doi-tac/')))) {
      // The only scripts are the site's own files (the search and calendar pages); none comes from content.
      const ownScripts = /<script(?: type="module")? src="\/js\/[a-z-]+\.js"><\/script>|<script type="application\/ld\+json">[^<]*<\/script>/g;
      expect(text.replace(ownScripts, '')).not.toMatch(/<script|\son[a-z]+=|<iframe|<svg|style=|evil\.example/i);
      expect(text.replace(/<form class="site-search"|<form id="search-form"|<form id="calendar-filters"/g, '')).not.toMatch(/<form/i);
      expect(text).not.toMatch(/(href|src|action)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
    }
    expect(story).toContain('&lt;script&gt;alert(&#39;sapo&#39;)&lt;/script&gt;');
    expect(story).toContain('<p>Đoạn có sự kiện.</p>');
    expect(story).toContain('<a>Bấm vào đây</a>');
  });

  it('writes NFC text only, with Vietnamese dates carrying +07:00', () => {
    for (const text of allText(htmlFiles)) expect(text === text.normalize('NFC')).toBe(true);
    const story = readOutput(build.outDir, '/tin-tuc/doan-thanh-nien-phat-dong/');
    expect(story).toContain('<h1>Đoàn Thanh niên Thanh Hóa phát động học tập suốt đời</h1>');
    expect(story).toContain('<time datetime="2023-10-02T07:30:00+07:00">Thứ Hai, 02/10/2023 07:30</time>');
    expect(story).toContain('<link rel="canonical" href="https://hoctapsuotdoi.thanhhoa.gov.vn/tin-tuc/doan-thanh-nien-phat-dong/">');
  });

  it('renders photos as responsive pictures with caption and credit', () => {
    const story = readOutput(build.outDir, '/tin-tuc/doan-thanh-nien-phat-dong/');
    expect(story).toMatch(/<picture><source type="image\/avif" srcset="[^"]+\.avif 400w"/);
    expect(story).toMatch(/<source type="image\/webp"/);
    expect(story).toMatch(/<img src="[^"]+\.jpeg" loading="lazy" decoding="async" alt="Thanh niên đọc sách" width="400" height="266">/);
    expect(story).toContain('<figcaption>Lễ phát động tại Cung Thiếu nhi. <span class="credit">Ảnh: Lê Hợi</span></figcaption>');
    expect(story).toContain('<figcaption>Đoàn viên đọc sách. Ảnh: PV</figcaption>');
    const files = listFiles(build.outDir);
    for (const format of ['avif', 'webp', 'jpeg']) expect(files.some((file) => file.endsWith(`.${format}`))).toBe(true);
  });

  it('shows corrections, byline, and the event as past or upcoming against now', () => {
    const story = readOutput(build.outDir, '/tin-tuc/doan-thanh-nien-phat-dong/');
    expect(story).toContain('Đính chính');
    expect(story).toContain('<p class="byline">Lê Hợi, PV</p>');
    expect(readOutput(build.outDir, '/su-kien/le-khai-mac/')).toContain('Đã diễn ra');
    expect(readOutput(build.outDir, '/su-kien/trien-lam-sach/')).not.toContain('Đã diễn ra');
    expect(readOutput(build.outDir, '/')).toContain('Ngày thứ <strong>4/7</strong>');
  });
});

describe('build settings', () => {
  it('publishes an embargoed story once now has passed its time', () => {
    const later = buildSite(makeSiteRoot(path.join(FIXTURES_DIR, 'site/content')), { BUILD_NOW: '2023-10-09T07:00:00+07:00' });
    expect(later.status).toBe(0);
    expect(readOutput(later.outDir, '/tin-tuc/tin-cam-van/')).toContain('Tổng kết Tuần lễ chưa đến giờ công bố');
    expect(readOutput(later.outDir, '/')).toContain('Tuần lễ đã khép lại');
  });

  it('works under a path prefix, with absolute URLs from the site URL', () => {
    const prefixed = buildSite(makeSiteRoot(path.join(FIXTURES_DIR, 'site/content')), {
      BUILD_NOW: NOW,
      PATH_PREFIX: '/hoc-tap-suot-doi/',
      SITE_URL: 'https://thanhhoa.example.vn',
    });
    expect(prefixed.status).toBe(0);
    const home = readOutput(prefixed.outDir, '/');
    expect(home).toContain('href="/hoc-tap-suot-doi/tin-tuc/thu-vien-so/"');
    expect(home).toContain('href="/hoc-tap-suot-doi/css/site.css"');
    expect(home).toMatch(/srcset="\/hoc-tap-suot-doi\/img\/[^"]+\.avif/);
    expect(home).not.toMatch(/(href|src)="\/(?!hoc-tap-suot-doi\/)/);
    expect(home).toContain('<link rel="canonical" href="https://thanhhoa.example.vn/hoc-tap-suot-doi/">');
    expect(readOutput(prefixed.outDir, '/sitemap.xml')).toContain('<loc>https://thanhhoa.example.vn/hoc-tap-suot-doi/tin-tuc/thu-vien-so/</loc>');
    // Search results show thumbnails from the index: their addresses carry the prefix too.
    const thumbnails = readIndexedPages(prefixed.outDir).flatMap((page) => (page.meta.image ? [page.meta.image] : []));
    expect(thumbnails.length).toBeGreaterThan(2);
    for (const image of thumbnails) expect(image).toMatch(/^\/hoc-tap-suot-doi\/img\//);
  });
});
