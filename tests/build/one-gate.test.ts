import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, FIXTURES_DIR, listFiles, makeSiteRoot, PROJECT_DIR } from '../helpers/site-build.ts';

interface CheckIssue {
  file: string;
  line?: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

const NOW = { BUILD_NOW: '2023-10-05T20:00:00+07:00' };

/**
 * One publishing gate: the check fixture (one file per rule, plus a slogan the
 * fonts cannot draw) run through `npm run check` and `npm run build` must give
 * the same problems, with the same file, line and message, in both.
 */
describe('npm run check and npm run build are one gate', () => {
  const root = makeSiteRoot(path.join(FIXTURES_DIR, 'check/content'));
  appendFileSync(path.join(root, 'data/slogans.yaml'), `\n- text: Học tập suốt đời 📚\n  source: Thử phông chữ\n  verified: true\n- text: ${'Học tập suốt đời để mỗi người dân thích ứng với chuyển đổi số, '.repeat(3)}\n  source: Thử câu quá dài\n  verified: true\n`);
  // A slogan that fits when it may break between its words, but holds a compound (from the editor's list) too wide to set whole at the smallest size.
  appendFileSync(path.join(root, 'data/slogans.yaml'), `- text: Học tập suốt đời cho mọi người ở mọi nơi!\n  source: Thử từ ghép quá dài\n  verified: true\n`);
  appendFileSync(path.join(root, 'data/tu-ghep.yaml'), '\n- học tập suốt đời cho mọi người ở mọi nơi\n');
  // An activity named twice in the editor's short names.
  appendFileSync(path.join(root, 'data/hoat-dong.yaml'), '- so: 3\n  ten: Lễ khai mạc\n');
  const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--json'], { cwd: PROJECT_DIR, encoding: 'utf8', env: { ...process.env, ...NOW, SITE_ROOT: root } });
  const report = JSON.parse(check.stdout) as { issues: CheckIssue[] };
  const build = buildSite(root, NOW);
  const printed = (issue: CheckIssue) => (issue.severity === 'error' ? `  • ${issue.message}` : `Cảnh báo: ${issue.message}`);
  const buildLines = build.output.split('\n').filter((line) => line.startsWith('  • ') || line.startsWith('Cảnh báo: '));

  it('both refuse: check exits 1, the build exits 1 and writes nothing', () => {
    expect(check.status).toBe(1);
    expect(build.status).toBe(1);
    expect(existsSync(build.outDir) ? listFiles(build.outDir) : []).toEqual([]);
  });

  it.each([
    ['schema: unknown district', 'content/tin-tuc/sai-dia-phuong.md', 7, 'error'],
    ['reference: unknown unit', 'content/tin-tuc/sai-don-vi.md', 6, 'error'],
    ['reference: unknown activity', 'content/tin-tuc/sai-hoat-dong.md', 8, 'error'],
    ['YAML: unclosed quote, at the line it opens', 'content/tin-tuc/yaml-hong.md', 2, 'error'],
    ['YAML: unclosed list, at the line it opens', 'content/tin-tuc/yaml-ngoac.md', 4, 'error'],
    ['broken internal link', 'content/tin-tuc/lien-ket-hong.md', 14, 'error'],
    ['link to a missing anchor', 'content/tin-tuc/lien-ket-vi-tri.md', 14, 'error'],
    ['missing photo', 'content/tin-tuc/thieu-anh.md', 10, 'error'],
    ['corrupt photo', 'content/tin-tuc/anh-hong.md', 10, 'error'],
    ['missing alt text', 'content/tin-tuc/thieu-alt.md', 11, 'error'],
    ['missing credit', 'content/tin-tuc/thieu-alt.md', 12, 'error'],
    ['duplicate slug', 'content/tin-tuc/trung-duong-dan.md', 1, 'error'],
    ['TCVN3 text', 'content/tin-tuc/ma-tcvn3.md', 14, 'error'],
    ['VNI text', 'content/tin-tuc/ma-vni.md', 14, 'error'],
    ['emoji in a title (share card font)', 'content/tin-tuc/tieu-de-emoji.md', 2, 'error'],
    ['U+2028 in a title (share card font)', 'content/tin-tuc/tieu-de-u2028.md', 2, 'error'],
    ['personal data in a profile body', 'content/guong-tu-hoc/lo-thong-tin.md', 16, 'error'],
    ['personal data in a story’s front matter', 'content/tin-tuc/so-dien-thoai-sapo.md', 3, 'error'],
    ['story in another unit’s folder', 'content/tin-tuc/tinh-doan/sai-thu-muc.md', 6, 'error'],
    ['a slogan the banner font cannot draw', 'data/slogans.yaml', 30, 'error'],
    ['a slogan too long for a banner format at its smallest size', 'data/slogans.yaml', 33, 'error'],
    ['a slogan whose unbreakable compound is too wide at the smallest size', 'data/slogans.yaml', 36, 'error'],
    ['a title whose first word is wider than a share card', 'content/tin-tuc/tieu-de-qua-dai.md', 2, 'error'],
    ['NFD text', 'content/tin-tuc/chu-to-hop.md', 2, 'warning'],
    ['invisible character', 'content/tin-tuc/ky-tu-an.md', 14, 'warning'],
    ['district with a wrong tone', 'content/tin-tuc/sai-chinh-ta.md', 7, 'warning'],
    ['a gap in the plan: no opening place', 'data/ke-hoach.txt', 31, 'warning'],
    ['an activity given a second short name', 'data/hoat-dong.yaml', 24, 'error'],
  ] as const)('%s: same file, line and message in both', (_rule, file, line, severity) => {
    const own = report.issues.filter((issue) => issue.file === file && issue.severity !== 'info');
    expect(own.some((issue) => issue.severity === severity && issue.line === line), JSON.stringify(own, null, 1)).toBe(true);
    for (const issue of own) expect(buildLines, issue.message).toContain(printed(issue));
    expect(buildLines.filter((printedLine) => printedLine.includes(` ${file}:`) || printedLine.startsWith(`Cảnh báo: ${file}:`))).toHaveLength(own.length);
  });

  it('names the formats a compound that cannot be broken keeps the slogan out of', () => {
    const issue = report.issues.find((candidate) => candidate.file === 'data/slogans.yaml' && candidate.line === 36)!;
    expect(issue.message).toMatch(/ảnh thu nhỏ YouTube \(cỡ chữ nhỏ nhất 64 px\).*không tách từ ghép/);
    expect(issue.message).not.toMatch(/băng rôn 6 m/);
    expect(buildLines).toContain(printed(issue));
  });

  it('and the reverse: the build reports nothing the check does not', () => {
    const fromCheck = new Set(report.issues.filter((issue) => issue.severity !== 'info').map(printed));
    expect(buildLines.filter((line) => !fromCheck.has(line))).toEqual([]);
    expect(buildLines.length).toBe(fromCheck.size);
  });

  it('notes a consented exception to the personal-data rule, in the check output, and lets it through', () => {
    const note = report.issues.find((issue) => issue.file === 'content/guong-tu-hoc/dong-y.md');
    expect(note).toMatchObject({ severity: 'info', line: 20 });
    expect(note!.message).toMatch(/đăng số điện thoại theo đồng ý của nhân vật \(personalDataConsent\): "0912 000 111" \(Bà Mơ đồng ý/);
    expect(buildLines.join('\n')).not.toContain('dong-y.md');
  });

  it('prints each problem once, in Vietnamese, without an English wrapper or a stack trace', () => {
    expect(build.output).toMatch(/Nội dung có \d+ lỗi trong \d+ tệp, cần sửa trước khi xuất bản:/);
    for (const line of buildLines) expect(build.output.split(line).length - 1, line).toBe(1);
    expect(build.output).not.toMatch(/\[11ty\]|Eleventy|ContentValidationError|Error:|at .*\.ts:\d+|Wrote 0 files/);
  });
});

describe('messages for settings and commands', () => {
  it('a bad BUILD_NOW is one Vietnamese line, in the build and the check', () => {
    const build = buildSite(makeSiteRoot(path.join(FIXTURES_DIR, 'site/content')), { BUILD_NOW: 'hôm qua' });
    expect(build.status).toBe(1);
    expect(build.output.trim()).toBe('BUILD_NOW: không đọc được thời điểm "hôm qua" (cần dạng 2023-10-03T08:00:00+07:00)\nKhông xuất bản gì: sửa các lỗi trên rồi chạy lại.');
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts'], { cwd: PROJECT_DIR, encoding: 'utf8', env: { ...process.env, BUILD_NOW: 'hôm qua' } });
    expect(check.status).toBe(1);
    expect(`${check.stdout}${check.stderr}`.trim()).toBe('BUILD_NOW: không đọc được thời điểm "hôm qua" (cần dạng 2023-10-03T08:00:00+07:00)');
  });

  it('an unknown git revision for --changed is one Vietnamese line', () => {
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--changed', 'khong-co-nhanh-nay'], { cwd: PROJECT_DIR, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(`${check.stdout}${check.stderr}`.trim()).toBe('Không tìm thấy phiên bản git "khong-co-nhanh-nay" (--changed cần tên nhánh, thẻ hoặc mã commit có trong kho, ví dụ origin/main).');
  });

  it('--json writes only JSON to stdout, and --json=FILE writes it to the file', () => {
    const root = makeSiteRoot(path.join(FIXTURES_DIR, 'check/content'));
    const stdout = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--json'], { cwd: PROJECT_DIR, encoding: 'utf8', env: { ...process.env, SITE_ROOT: root } });
    expect((): unknown => JSON.parse(stdout.stdout)).not.toThrow();
    const file = path.join(root, 'ket-qua.json');
    const toFile = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', `--json=${file}`], { cwd: PROJECT_DIR, encoding: 'utf8', env: { ...process.env, SITE_ROOT: root } });
    expect(toFile.status).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ ok: false, issues: expect.any(Array) as unknown });
    expect(toFile.stdout).toMatch(/Có \d+ lỗi/);
  });
});
