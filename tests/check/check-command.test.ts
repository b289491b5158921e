import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, makeSiteRoot, PROJECT_DIR } from '../helpers/site-build.ts';

interface CheckOutput {
  ok: boolean;
  errors: number;
  issues: { file: string; line?: number; field: string; severity: string; message: string }[];
}

function runCheck(root?: string, args: string[] = []): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], {
    cwd: PROJECT_DIR,
    encoding: 'utf8',
    env: { ...process.env, ...(root ? { SITE_ROOT: root } : {}) },
  });
  return { status: result.status, stdout: result.stdout };
}

describe('npm run check', () => {
  const { status, stdout } = runCheck(makeSiteRoot(path.join(FIXTURES_DIR, 'check/content')), ['--json']);
  const report = JSON.parse(stdout) as CheckOutput;
  const find = (file: string, pattern: RegExp, severity = 'error') =>
    report.issues.find((issue) => issue.file === `content/${file}` && issue.severity === severity && pattern.test(issue.message));

  it('fails with a non-zero exit code when there are errors, and says so in JSON', () => {
    expect(status).toBe(1);
    expect(report.ok).toBe(false);
  });

  it.each([
    ['schema error with its line', 'tin-tuc/sai-dia-phuong.md', /:7: districts\.0 — .*"Hoang Hao" \(có phải "Hoằng Hóa"\?\)/],
    ['unknown unit with a suggestion', 'tin-tuc/sai-don-vi.md', /:6: unit — .*"tinh-doan-thanh-hoa" \(có phải "tinh-doan"\?\)/],
    ['unknown activity', 'tin-tuc/sai-hoat-dong.md', /:8: activities\.0 — .*nhận được 10 \(các hoạt động: 1 \(Thông tin, tuyên truyền\).*; 9 \(Cuộc thi công dân số\)/],
    ['broken internal link', 'tin-tuc/lien-ket-hong.md', /:14: liên kết — .*\/tin-tuc\/khong-co-bai-nay\//],
    ['missing image', 'tin-tuc/thieu-anh.md', /:10: image\.src — cần tệp ảnh có thật/],
    ['missing alt text', 'tin-tuc/thieu-alt.md', /:11: image\.alt — cần mô tả ảnh/],
    ['missing credit', 'tin-tuc/thieu-alt.md', /:12: image\.credit — cần tên tác giả/],
    ['duplicate slug', 'tin-tuc/trung-duong-dan.md', /slug — .*trùng với content\/tin-tuc\/Trùng đường dẫn\.md/],
    ['TCVN3 mojibake', 'tin-tuc/ma-tcvn3.md', /:14: văn bản — .*mã TCVN3/],
    ['VNI mojibake', 'tin-tuc/ma-vni.md', /:14: văn bản — .*mã VNI/],
    ['personal phone number in a profile', 'guong-tu-hoc/lo-thong-tin.md', /thông tin cá nhân — cần không đăng số điện thoại .*"0912 345 678"/],
    ['personal ID number in a profile', 'guong-tu-hoc/lo-thong-tin.md', /số CCCD\/CMND .*"038201001234"/],
    ['private e-mail in a profile', 'guong-tu-hoc/lo-thong-tin.md', /địa chỉ e-mail .*"lo\.le@gmail\.com"/],
    ['story filed in another unit’s folder', 'tin-tuc/tinh-doan/sai-thu-muc.md', /unit — cần đơn vị của thư mục \(tinh-doan\)/],
  ])('reports %s', (_name, file, pattern) => {
    expect(find(file, pattern), report.issues.filter((issue) => issue.file === `content/${file}`).map((issue) => issue.message).join('\n')).toBeDefined();
  });

  it('warns about NFD text and invisible characters, and notes embargoed items with their release time', () => {
    expect(find('tin-tuc/chu-to-hop.md', /chữ Unicode dựng sẵn \(NFC\)/, 'warning')).toBeDefined();
    expect(find('tin-tuc/ky-tu-an.md', /:14: văn bản — cần không có ký tự ẩn, nhận được dấu cách độ rộng 0 \(U\+200B\)/, 'warning')).toBeDefined();
    expect(find('tin-tuc/hen-gio.md', /published — hẹn giờ công bố: Thứ Hai, 09\/10\/2023 07:00/, 'info')).toBeDefined();
  });

  it('passes the files that are right', () => {
    expect(report.issues.filter((issue) => issue.file === 'content/tin-tuc/tinh-doan/dung-thu-muc.md')).toEqual([]);
  });

  it('with --changed, reports only the files changed since a git revision', () => {
    const root = makeSiteRoot(path.join(FIXTURES_DIR, 'check/content'));
    const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '-qm', 'nội dung');
    appendFileSync(path.join(root, 'content/tin-tuc/ma-vni.md'), '\nThêm một dòng.\n');
    const changed = runCheck(root, ['--json', '--changed', 'HEAD']);
    const files = new Set((JSON.parse(changed.stdout) as CheckOutput).issues.map((issue) => issue.file));
    expect(changed.status).toBe(1);
    expect([...files]).toEqual(['content/tin-tuc/ma-vni.md']);
  });

  it('passes the clean sample content with exit code 0, readable for people', () => {
    const clean = runCheck();
    expect(clean.status).toBe(0);
    // The sample plan's own gaps (a draft without number and date, no opening place) are warnings, not errors.
    expect(clean.stdout).toMatch(/Không có lỗi trong \d+ tệp đã kiểm tra \(3 cảnh báo\)\./);
    expect(clean.stdout).toContain('data/ke-hoach.txt\n  CẢNH BÁO dòng 3: số văn bản');
    expect(clean.stdout).toContain('CẢNH BÁO dòng 31: địa điểm Lễ khai mạc');
  });
});
