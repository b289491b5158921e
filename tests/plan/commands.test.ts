import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

const PROJECT_DIR = path.resolve(import.meta.dirname, '../..');
const run = (script: string, args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { cwd: PROJECT_DIR, encoding: 'utf8' });

describe('npm run plan', () => {
  it('prints the parsed plan as JSON and the problems found', () => {
    const result = run('plan', ['data/ke-hoach.txt']);
    expect(result.status).toBe(0);
    const plan = JSON.parse(result.stdout) as { activities: unknown[]; reportDeadline: string };
    expect(plan.activities).toHaveLength(9);
    expect(plan.reportDeadline).toBe('2023-10-17');
    expect(result.stderr).toContain('9 hoạt động, 9 cơ quan được giao nhiệm vụ, hạn báo cáo 17/10/2023');
    expect(result.stderr).toContain('Cảnh báo: data/ke-hoach.txt:3: số văn bản — cần số và ký hiệu văn bản');
    expect(result.stderr).toContain('Cảnh báo: data/ke-hoach.txt:31: địa điểm Lễ khai mạc — cần địa điểm');
  });

  it('prints the units’ deadline and the second tier of a two-tier plan', () => {
    const result = run('plan', ['tests/fixtures/plans/ha-tinh-2026.txt']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ reportDeadline: '2026-10-12', secondTierReport: { deadline: '2026-10-20', tier: 2 } });
    expect(result.stderr).toContain('6 hoạt động, 6 cơ quan được giao nhiệm vụ, hạn báo cáo 12/10/2026.');
    expect(result.stderr).toContain('Cấp thứ hai: Sở Giáo dục và Đào tạo tổng hợp, báo cáo Bộ Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh trước ngày 20/10/2026.');
    expect(result.stderr).not.toContain('Cảnh báo');
  });

  it('proposes short names for a plan without hoat-dong.yaml beside it, each marked for review', () => {
    const result = run('plan', ['tests/fixtures/plans/ha-tinh-2026.txt']);
    expect(result.stderr).toContain('Chưa có tests/fixtures/plans/hoat-dong.yaml. Tên ngắn đề xuất (cần xem lại)');
    expect(result.stderr).toContain('- so: 1\n  ten: "Tổ chức Lễ khai mạc Tuần lễ cấp tỉnh" # cần xem lại\n');
    expect(result.stderr.match(/# cần xem lại$/gmu)).toHaveLength(6);
  });

  it('checks the short names beside the plan, failing on a duplicate', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ke-hoach-'));
    copyFileSync(path.join(PROJECT_DIR, 'data/ke-hoach.txt'), path.join(dir, 'ke-hoach.txt'));
    writeFileSync(path.join(dir, 'hoat-dong.yaml'), `${readFileSync(path.join(PROJECT_DIR, 'data/hoat-dong.yaml'), 'utf8')}- so: 2\n  ten: Khai mạc\n`);
    const result = run('plan', [path.join(dir, 'ke-hoach.txt')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Lỗi: ${path.join(dir, 'hoat-dong.yaml')}:24: hoạt động 2 — cần mỗi hoạt động một tên, nhận được hoạt động 2 ghi lần nữa`);
    expect(run('plan', ['data/ke-hoach.txt']).stderr).not.toMatch(/Lỗi|hoat-dong\.yaml/u);
  });

  it('fails on a truncated plan, naming the missing section', () => {
    const result = run('plan', ['tests/fixtures/plans/truncated.txt']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('không đọc được Kế hoạch — Kế hoạch thiếu mục tổ chức thực hiện');
  });
});

describe('npm run report', () => {
  it('writes the results report as Markdown and CSV, stating now and the deadline', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'bao-cao-'));
    const result = run('report', ['--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Báo cáo tính đến Thứ Năm, 05/10/2023 20:00; hạn gửi trước ngày 17/10/2023.');
    expect(readFileSync(path.join(out, 'bao-cao-ket-qua.md'), 'utf8')).toMatch(/^# Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2023/);
    const rows = parseCsv<Record<string, string>>(readFileSync(path.join(out, 'bao-cao-ket-qua.csv'), 'utf8'), { columns: true, bom: true });
    expect(rows.some((row) => row['Cấp'] === 'Địa phương' && row['Tên'] === 'thành phố Thanh Hóa')).toBe(true);
  });
});
