import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newCampaignFiles, writeCampaignFolder } from '../../lib/campaign/new-campaign.ts';
import { FIXTURES_DIR, listFiles, PROJECT_DIR } from '../helpers/site-build.ts';

/**
 * What an editor meets when a new campaign's folder still holds last year's
 * data: units naming bodies of the old plan, stories and events of the old
 * week, activities the new plan does not have. One run of `npm run check` and
 * one build must each report every one of them, with file, line and the
 * valid choices, the same lines in both, and no stack trace.
 */
const NOW = '2026-10-03T20:00:00+07:00';
const PRESS = 'bao-va-phat-thanh-truyen-hinh-ha-tinh';
let root: string;
let check: { status: number | null; output: string };
let build: { status: number | null; output: string; outDir: string };

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: PROJECT_DIR, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

beforeAll(async () => {
  root = path.join(mkdtempSync(path.join(tmpdir(), 'tuan-le-new-errors-')), 'chien-dich');
  writeCampaignFolder(root, await newCampaignFiles({ planText: readFileSync(path.join(FIXTURES_DIR, 'plans/ha-tinh-2026.txt'), 'utf8'), planName: 'ha-tinh-2026.txt' }));
  // Two units of the old plan's bodies.
  appendFileSync(
    path.join(root, 'data/units.yaml'),
    '\n- id: bao-thanh-hoa\n  name: Báo Thanh Hóa\n  short: Báo Thanh Hóa\n  partOf: Báo Thanh Hóa, Đài Phát thanh và Truyền hình tỉnh\n\n- id: tinh-doan\n  name: Tỉnh Đoàn\n  short: Tỉnh Đoàn\n  body: Đoàn TNCS Hồ Chí Minh tỉnh\n',
  );
  // Last year's story, event and profile, and an activity the new plan does not have.
  const content = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  content(`content/tin-tuc/${PRESS}/nam-cu.md`, `---\ntitle: Khai mạc Tuần lễ năm trước\nlead: Tin của năm trước.\npublished: 2023-10-02 10:15\nauthors: [PV]\nunit: ${PRESS}\ndistricts: [Thành Sen]\nactivities: [1]\nimage:\n  src: anh-mau.jpg\n  alt: Ảnh mẫu\n  credit: PV\n---\nNội dung.\n`);
  content(`content/tin-tuc/${PRESS}/hoat-dong-9.md`, `---\ntitle: Tập huấn kỹ năng số\nlead: Lớp tập huấn.\npublished: 2026-10-02 10:15\nauthors: [PV]\nunit: ${PRESS}\ndistricts: [Thành Sen]\nactivities: [2, 9]\nimage:\n  src: anh-mau.jpg\n  alt: Ảnh mẫu\n  credit: PV\n---\nNội dung.\n`);
  content('content/su-kien/so-giao-duc-va-dao-tao/nam-cu.md', '---\ntitle: Ngày hội đọc sách năm trước\ndescription: Sự kiện của năm trước.\nstart: 2023-10-04 08:00\nend: 2023-10-04 11:00\nvenue: Thư viện tỉnh\naddress: Phường Thành Sen\ndistrict: Thành Sen\nunit: so-giao-duc-va-dao-tao\nactivities: [7]\nformat: trực tiếp\n---\nNội dung.\n');
  const env = { SITE_ROOT: root, BUILD_NOW: NOW };
  check = run(['scripts/check.ts', '--json'], env);
  const outDir = mkdtempSync(path.join(tmpdir(), 'tuan-le-out-'));
  build = { ...run(['scripts/build.ts', `--output=${outDir}`], env), outDir };
}, 600_000);

const ERRORS: [string, RegExp][] = [
  ['units.yaml, a body of the old plan', /^data\/units\.yaml:\d+: partOf \(đơn vị bao-thanh-hoa\) — cần tên một cơ quan trong mục "Tổ chức thực hiện" của Kế hoạch, nhận được "Báo Thanh Hóa, Đài Phát thanh và Truyền hình tỉnh" \((?:có phải "[^"]+"\? )?các cơ quan trong Kế hoạch: Sở Giáo dục và Đào tạo; Sở Văn hóa, Thể thao và Du lịch; Sở Khoa học và Công nghệ; Báo và Phát thanh, Truyền hình Hà Tĩnh; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Ủy ban nhân dân các xã, phường\)$/u],
  ['units.yaml, a second body of the old plan', /^data\/units\.yaml:\d+: body \(đơn vị tinh-doan\) — cần tên một cơ quan .*các cơ quan trong Kế hoạch: Sở Giáo dục và Đào tạo; .*Ủy ban nhân dân các xã, phường\)$/u],
  ['a story of the old year', /^content\/tin-tuc\/bao-va-phat-thanh-truyen-hinh-ha-tinh\/nam-cu\.md:4: published — cần ngày giờ trong năm 2026 \(năm của Tuần lễ 01\/10\/2026 – 07\/10\/2026\), nhận được "2023-10-02 10:15"$/u],
  ['an activity the new plan lacks, named by number and short name', /^content\/tin-tuc\/bao-va-phat-thanh-truyen-hinh-ha-tinh\/hoat-dong-9\.md:8: activities\.1 — cần số thứ tự một hoạt động trong Kế hoạch \(từ 1 đến 6\), nhận được 9 \(các hoạt động: 1 \(Tổ chức Lễ khai mạc Tuần lễ cấp tỉnh\); 2 \(.*\); 6 \(Biểu dương\)\)$/u],
  ['an event of the old week: start', /^content\/su-kien\/so-giao-duc-va-dao-tao\/nam-cu\.md:4: start — cần thời điểm trong Tuần lễ \(01\/10\/2026 – 07\/10\/2026\), nhận được "2023-10-04 08:00"$/u],
  ['an event of the old week: end', /^content\/su-kien\/so-giao-duc-va-dao-tao\/nam-cu\.md:5: end — cần thời điểm trong Tuần lễ/u],
  ['the same event’s activity', /^content\/su-kien\/so-giao-duc-va-dao-tao\/nam-cu\.md:10: activities\.0 — cần số thứ tự một hoạt động trong Kế hoạch \(từ 1 đến 6\), nhận được 7 \(các hoạt động: 1 \(/u],
];

describe('a new campaign with last year’s data left in it', () => {
  const checkErrors = () => (JSON.parse(check.output.slice(0, check.output.lastIndexOf('}') + 1)) as { issues: { severity: string; message: string }[] }).issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message);
  const buildErrors = () => build.output.split('\n').filter((line) => line.startsWith('  • ')).map((line) => line.slice(4));

  it('stops both the check and the build, writing nothing', () => {
    expect(check.status).toBe(1);
    expect(build.status).toBe(1);
    expect(existsSync(build.outDir) ? listFiles(build.outDir) : []).toEqual([]);
  });

  it.each(ERRORS)('reports %s in the check and the build', (_, pattern) => {
    expect(checkErrors().filter((line) => pattern.test(line))).toHaveLength(1);
    expect(buildErrors().filter((line) => pattern.test(line))).toHaveLength(1);
  });

  it('names the line of each unit in units.yaml', () => {
    const lines = readFileSync(path.join(root, 'data/units.yaml'), 'utf8').split('\n');
    const lineOf = (text: string) => lines.indexOf(text) + 1;
    expect(checkErrors().filter((line) => line.startsWith('data/units.yaml:')).map((line) => line.split(' — ')[0])).toEqual([
      `data/units.yaml:${lineOf('  partOf: Báo Thanh Hóa, Đài Phát thanh và Truyền hình tỉnh')}: partOf (đơn vị bao-thanh-hoa)`,
      `data/units.yaml:${lineOf('  body: Đoàn TNCS Hồ Chí Minh tỉnh')}: body (đơn vị tinh-doan)`,
    ]);
  });

  it('reports the same errors in both, all in one run, in Vietnamese, without a stack trace', () => {
    expect(buildErrors()).toEqual(checkErrors());
    expect(checkErrors()).toHaveLength(ERRORS.length);
    expect(build.output).toMatch(new RegExp(`^Nội dung có ${ERRORS.length} lỗi trong 4 tệp, cần sửa trước khi xuất bản:$`, 'mu'));
    for (const output of [check.output, build.output]) {
      expect(output).not.toMatch(/^\s+at /mu);
      expect(output).not.toMatch(/Error:|EditorError|\[11ty\].*(?:Problem|Error)/u);
    }
  });
});
