import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, listFiles, PROJECT_DIR } from '../helpers/site-build.ts';

/**
 * A second campaign made by the command an editor runs: `npm run campaign --
 * new` on another province's plan of another year (Hà Tĩnh 2026: two-tier
 * deadlines, the opening's place in its own sub-item, commune-level places),
 * then a full build of that folder with SITE_ROOT. No step may leave a word of
 * the default site (Thanh Hóa 2023) anywhere in the output.
 */
const PLAN = path.join(FIXTURES_DIR, 'plans/ha-tinh-2026.txt');
const NOW = '2026-10-03T20:00:00+07:00';
const FOREIGN = [/Thanh Ho[áa]/iu, /Thanh Ho\u0301a/iu, /Thanh Hoa\u0301/iu, /2023/u];
const TEXT_FILES = /\.(html|xml|ics|json|txt|md|csv|opml|js|css|webmanifest)$|(^|\/)_headers$/u;

let folder: string;
let outDir: string;
let created: { status: number | null; stdout: string; stderr: string };
let built: { status: number | null; output: string };
let checked: { status: number | null; stdout: string };

/** The project's command, as an editor runs it (no time limit: a cold build renders every banner on a busy 2-core machine). */
function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: PROJECT_DIR, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const parent = mkdtempSync(path.join(tmpdir(), 'tuan-le-new-campaign-'));
  folder = path.join(parent, 'ha-tinh-2026');
  outDir = path.join(parent, '_site');
  created = run('npm', ['run', '-s', 'campaign', '--', 'new', PLAN, '--dir', folder]);
  if (created.status !== 0) throw new Error(`${created.stdout}\n${created.stderr}`);
  const build = run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', `--output=${outDir}`], { SITE_ROOT: folder, BUILD_NOW: NOW });
  built = { status: build.status, output: `${build.stdout}\n${build.stderr}` };
  if (built.status !== 0) throw new Error(built.output);
  checked = run(process.execPath, ['--import', 'tsx', 'scripts/check.ts'], { SITE_ROOT: folder, BUILD_NOW: NOW });
}, 1_200_000);

describe('npm run campaign -- new, then a build of the new folder', () => {
  it('prints in Vietnamese what to review, the same list `npm run check` then gives', () => {
    expect(created.stdout).toMatch(/^Đã tạo chiến dịch mới trong .*ha-tinh-2026 \(13 tệp\)/u);
    expect(created.stdout).toMatch(/Cần xem lại trước khi xuất bản \(\d+ mục\):/u);
    for (const point of ['data/site.yaml:7: url — cần thay địa chỉ tạm', 'data/dia-phuong.yaml:', 'data/units.yaml:', 'data/hoat-dong.yaml:4: hoạt động 1', 'content/tin-tuc/bao-va-phat-thanh-truyen-hinh-ha-tinh/khai-mac-tuan-le.md:2: KIỂM TRA — cần thay bài mẫu']) {
      expect(created.stdout).toContain(point);
    }
    expect(created.stdout).not.toContain('Lỗi');
    expect(created.stdout).toContain(`SITE_ROOT=${folder} npm run build`);
    const listed = (text: string) => [...text.matchAll(/(data|content)\/\S+:\d+: [^\n]*/gu)].map((match) => match[0]).sort();
    const review = listed(created.stdout);
    expect(review.length).toBeGreaterThan(10);
    expect(checked.status).toBe(0);
    expect(listed(checked.stdout.replace(/^(\S+)\n((?: {2}.*\n?)+)/gmu, (_, file: string, lines: string) => lines.replace(/^ {2}CẢNH BÁO dòng (\d+): /gmu, `${file}:$1: `)))).toEqual(review);
  });

  it('fills the folder from the plan: units per body, places at commune level, the plan itself', () => {
    const units = parseYaml(readFileSync(path.join(folder, 'data/units.yaml'), 'utf8')) as { id: string; body: string }[];
    expect(units).toHaveLength(6);
    expect(units[0]).toMatchObject({ id: 'so-giao-duc-va-dao-tao', body: 'Sở Giáo dục và Đào tạo' });
    expect(parseYaml(readFileSync(path.join(folder, 'data/dia-phuong.yaml'), 'utf8'))).toMatchObject({ province: 'Hà Tĩnh', level: 'cấp xã' });
    expect(readFileSync(path.join(folder, 'data/ke-hoach.txt'), 'utf8')).toBe(readFileSync(PLAN, 'utf8').normalize('NFC'));
  });

  it('builds the whole site: home, plan, every activity and body page, places, calendar, kit, report, the examples', () => {
    const files = new Set(listFiles(outDir));
    const units = (parseYaml(readFileSync(path.join(folder, 'data/units.yaml'), 'utf8')) as { id: string }[]).map((unit) => `don-vi/${unit.id}/index.html`);
    const pages = [
      'index.html', 'ke-hoach/index.html', ...[1, 2, 3, 4, 5, 6].map((id) => `ke-hoach/hoat-dong/${id}/index.html`), ...units,
      'dia-phuong/thanh-sen/index.html', 'lich-su-kien/index.html', 'lich-su-kien/tuan-le.ics', 'bo-nhan-dien/index.html', 'bao-cao/index.html',
      'tin-tuc/khai-mac-tuan-le/index.html', 'guong-tu-hoc/nguyen-van-a/index.html', 'su-kien/le-khai-mac/index.html', 'gioi-thieu/index.html', 'feed.xml', 'sitemap.xml',
    ];
    expect(pages.filter((page) => !files.has(page))).toEqual([]);
    expect([...files].filter((file) => /^(tin-tuc|guong-tu-hoc|su-kien)\/[^/]+\/index\.html$/u.test(file)).sort()).toEqual(['guong-tu-hoc/nguyen-van-a/index.html', 'su-kien/le-khai-mac/index.html', 'tin-tuc/khai-mac-tuan-le/index.html']);
    expect(existsSync(path.join(outDir, 'ke-hoach/hoat-dong/7'))).toBe(false);
  });

  it('names the places as the commune level does', () => {
    expect(readFileSync(path.join(outDir, 'tin-tuc/khai-mac-tuan-le/index.html'), 'utf8')).toContain('<span class="entry-facts__label">Xã, phường:</span>');
    const report = readFileSync(path.join(outDir, 'bao-cao/index.html'), 'utf8');
    expect(report).toContain('<h3>Theo xã, phường</h3>');
    expect(report).not.toContain('Theo địa phương');
    expect(readFileSync(path.join(outDir, 'doi-tac/index.html'), 'utf8')).toContain('Cổng thông tin các xã, phường,');
    expect(readFileSync(path.join(outDir, 'dia-phuong/thanh-sen/index.html'), 'utf8')).toContain('Phường Thành Sen');
  });

  it('has the new province and year everywhere, and no Thanh Hóa or 2023 in any output file', () => {
    const files = listFiles(outDir).filter((file) => TEXT_FILES.test(file));
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap((file) => {
      const text = readFileSync(path.join(outDir, file), 'utf8');
      const match = FOREIGN.map((pattern) => pattern.exec(text.normalize('NFC'))?.[0] ?? pattern.exec(text)?.[0]).find(Boolean);
      return match ? [`${file}: ${match}`] : [];
    });
    expect(found).toEqual([]);
    expect(listFiles(outDir).filter((file) => FOREIGN.some((pattern) => pattern.test(file)))).toEqual([]);
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('Hà Tĩnh 2026');
    expect(home).toContain('Ủy ban nhân dân tỉnh Hà Tĩnh');
    const all = files.map((file) => readFileSync(path.join(outDir, file), 'utf8')).join('\n');
    expect(all).toContain('Hà Tĩnh');
    expect(all).toContain('2026');
  });
});
