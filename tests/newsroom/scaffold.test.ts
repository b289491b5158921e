import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, FIXTURES_DIR, makeSiteRoot, PROJECT_DIR, readOutput } from '../helpers/site-build.ts';

const PHOTO = path.join(FIXTURES_DIR, 'site/content/tin-tuc/anh-chinh.jpg');

function run(root: string, script: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    cwd: PROJECT_DIR,
    encoding: 'utf8',
    env: { ...process.env, SITE_ROOT: root },
    input: '',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run new', () => {
  const root = makeSiteRoot(path.join(FIXTURES_DIR, 'site/content'));
  const story = run(root, 'new', ['story', 'Hoằng Hóa mở lớp kỹ năng số', '--unit', 'ubnd-hoang-hoa', '--district', 'Hoằng Hóa', '--activities', '4,8', '--photo', PHOTO, '--alt', 'Người cao tuổi học dùng điện thoại', '--credit', 'PV', '--author', 'Lê Hợi']);
  const profile = run(root, 'new', ['profile', 'Trần Thị Bình', '--unit', 'hoi-khuyen-hoc-tinh', '--district', 'nga-son', '--activities', '4', '--photo', PHOTO, '--alt', 'Bà Bình đọc sách', '--credit', 'Hội Khuyến học', '--consent', 'Văn bản đồng ý lưu tại Hội Khuyến học huyện']);
  const event = run(root, 'new', ['event', 'Tọa đàm đọc sách cùng con', '--unit', 'thu-vien-tinh', '--district', 'Thanh Hóa', '--activities', '5', '--start', '2023-10-07 08:00', '--end', '2023-10-07 10:00', '--venue', 'Thư viện tỉnh', '--address', 'Số 1 Lê Lợi', '--format', 'kết hợp', '--link', 'https://example.vn/toa-dam']);

  it('writes commented drafts in the unit’s folder, dated with the build’s now', () => {
    for (const result of [story, profile, event]) expect(result.status, result.output).toBe(0);
    const file = path.join(root, 'content/tin-tuc/ubnd-hoang-hoa/hoang-hoa-mo-lop-ky-nang-so.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# Sapo: 1–3 câu tóm tắt');
    expect(text).toContain('published: 2023-10-05 20:00');
    expect(text).toContain('draft: true');
    expect(text).toContain('  src: hoang-hoa-mo-lop-ky-nang-so.jpg');
    expect(readFileSync(path.join(root, 'content/tin-tuc/ubnd-hoang-hoa/hoang-hoa-mo-lop-ky-nang-so.jpg')).length).toBeGreaterThan(0);
    expect(readFileSync(path.join(root, 'content/guong-tu-hoc/hoi-khuyen-hoc-tinh/tran-thi-binh.md'), 'utf8')).toContain('note: "Văn bản đồng ý lưu tại Hội Khuyến học huyện"');
    expect(readFileSync(path.join(root, 'content/su-kien/thu-vien-tinh/toa-dam-doc-sach-cung-con.md'), 'utf8')).toContain('format: kết hợp');
  });

  it('produces files that pass the check and the build, and show in a preview', () => {
    const check = run(root, 'check', ['--json']);
    const report = JSON.parse(check.output.slice(check.output.indexOf('{'))) as { issues: { file: string; severity: string; message: string }[] };
    const mine = report.issues.filter((issue) => /ubnd-hoang-hoa|tran-thi-binh|toa-dam-doc-sach/.test(issue.file) && issue.severity !== 'info');
    expect(mine).toEqual([]);
    const preview = buildSite(root, { BUILD_NOW: '2023-10-05T20:00:00+07:00', PREVIEW: '1' }, 'preview');
    expect(preview.status, preview.output).toBe(0);
    expect(readOutput(preview.outDir, '/tin-tuc/hoang-hoa-mo-lop-ky-nang-so/')).toContain('<strong>BẢN NHÁP</strong>');
    expect(readOutput(preview.outDir, '/su-kien/toa-dam-doc-sach-cung-con/')).toContain('Tọa đàm đọc sách cùng con');
  });

  it('refuses to overwrite an existing file', () => {
    const again = run(root, 'new', ['event', 'Tọa đàm đọc sách cùng con', '--unit', 'thu-vien-tinh', '--district', 'Thanh Hóa', '--activities', '5', '--start', '2023-10-07 08:00', '--end', '2023-10-07 10:00', '--venue', 'A', '--address', 'B', '--format', 'trực tiếp']);
    expect(again.status).toBe(1);
    expect(again.output).toContain('Đã có tệp content/su-kien/thu-vien-tinh/toa-dam-doc-sach-cung-con.md: không ghi đè.');
    expect(readFileSync(path.join(root, 'content/su-kien/thu-vien-tinh/toa-dam-doc-sach-cung-con.md'), 'utf8')).toContain('venue: "Thư viện tỉnh"');
  });

  it('says what is missing or wrong instead of writing a broken file', () => {
    const missing = run(root, 'new', ['profile', 'Lê Văn C', '--unit', 'hoi-khuyen-hoc-tinh']);
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('Còn thiếu: --district (địa phương); --photo, --alt, --credit (ảnh, mô tả ảnh, tác giả ảnh); --consent');
    const typo = run(root, 'new', ['story', 'Bài thử', '--unit', 'bao-thanh-hao', '--district', 'Nga Sơn', '--activities', '1', '--photo', PHOTO, '--alt', 'a', '--credit', 'b']);
    expect(typo.output).toContain('Không có đơn vị "bao-thanh-hao" trong data/units.yaml — có phải "bao-thanh-hoa"?');
  });
});
