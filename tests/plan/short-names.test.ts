import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReferenceData, loadReferenceData } from '../../lib/content/reference.ts';
import { parsePlan } from '../../lib/plan/parse-plan.ts';
import { proposedShortNamesFile, proposeShortName, readShortNames, SHORT_NAME_MAX } from '../../lib/plan/short-names.ts';

const DATA = path.resolve(import.meta.dirname, '../../data');
const plan = parsePlan(readFileSync(path.join(DATA, 'ke-hoach.txt'), 'utf8'));
const haTinh = parsePlan(readFileSync(path.resolve(import.meta.dirname, '../fixtures/plans/ha-tinh-2026.txt'), 'utf8'));
const file = 'data/hoat-dong.yaml';
const nine = (names: string[]) => names.map((name, index) => `- so: ${index + 1}\n  ten: ${name}\n`).join('');
const NAMES = ['A một', 'B hai', 'C ba', 'D bốn', 'E năm', 'G sáu', 'H bảy', 'I tám', 'K chín'];

describe('proposeShortName', () => {
  it('takes the first clause, cut at a word, without an ellipsis or a dangling function word', () => {
    expect(proposeShortName('Tổ chức Lễ khai mạc Tuần lễ cấp tỉnh với sự tham dự của lãnh đạo Tỉnh ủy, Hội đồng nhân dân.')).toBe('Tổ chức Lễ khai mạc Tuần lễ cấp tỉnh');
    expect(proposeShortName('Đẩy mạnh công tác thông tin, tuyên truyền về chủ đề.')).toBe('Đẩy mạnh công tác thông tin');
    expect(proposeShortName('Phát động cuộc thi trực tuyến “Tự học trong kỷ nguyên số” dành cho học sinh.')).toBe('Phát động cuộc thi trực tuyến');
    for (const activity of [...plan.activities, ...haTinh.activities]) {
      const name = proposeShortName(activity.text);
      expect(name.length).toBeLessThanOrEqual(SHORT_NAME_MAX);
      expect(name).not.toMatch(/…$/u);
    }
  });

  it('is each activity’s name until the editor gives one', () => {
    expect(haTinh.activities.map((activity) => activity.shortName)).toEqual(haTinh.activities.map((activity) => proposeShortName(activity.text)));
  });

  it('writes a file to start from, each name marked for review, that reads back with warnings only', () => {
    const proposed = proposedShortNamesFile(haTinh.activities);
    expect(proposed.match(/# cần xem lại$/gmu)).toHaveLength(6);
    const { names, issues } = readShortNames(proposed, haTinh.activities, file);
    expect([...names.keys()]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(issues.map((issue) => [issue.line, issue.severity])).toEqual([3, 5, 7, 9, 11, 13].map((line) => [line + 1, 'warning']));
  });
});

describe('readShortNames', () => {
  it('reads the 2023 plan’s nine names from data/hoat-dong.yaml without a problem', () => {
    const reference = loadReferenceData(DATA);
    expect(reference.activityNameIssues).toEqual([]);
    expect(reference.activities.map((activity) => activity.shortName)).toEqual([
      'Thông tin, tuyên truyền', 'Lễ khai mạc', 'Trực tiếp và trực tuyến', 'Học tập trực tuyến', 'Thư viện và văn hóa đọc',
      'Doanh nghiệp đồng hành', 'Học liệu mở đại học', 'Kỹ năng dùng Internet', 'Cuộc thi công dân số',
    ]);
    for (const activity of reference.activities) {
      expect(activity.shortName).toBe(activity.shortName.normalize('NFC'));
      // "Hoạt động 9: " + name + " — Học tập suốt đời Thanh Hóa" fits in 65 characters.
      expect(`Hoạt động ${activity.id}: ${activity.shortName} — Học tập suốt đời Thanh Hóa`.length).toBeLessThanOrEqual(65);
    }
    expect(reference.plan.activities).toEqual(reference.activities);
  });

  it('is an error, with file and line, when the file is missing', () => {
    const { issues } = readShortNames(null, plan.activities, file);
    expect(issues).toEqual([expect.objectContaining({ file, line: 1, severity: 'error', got: 'không có tệp', hint: 'chạy npm run plan để có tên đề xuất' })]);
  });

  it('is an error when an activity has no name, listing the valid activities by number and title', () => {
    const { names, issues } = readShortNames(nine(NAMES.slice(0, 8)), plan.activities, file);
    expect(names.size).toBe(8);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file, field: 'hoạt động 9', got: 'thiếu hoạt động 9', severity: 'error' });
    expect(issues[0]!.expected).toContain('1. Đẩy mạnh và đổi mới các hoạt động');
    expect(issues[0]!.expected).toContain('9. Khuyến khích các cơ quan');
  });

  it('is an error for a duplicate number, a duplicate name, a number not in the plan and an empty name, each on its line', () => {
    const source = `${nine(NAMES)}- so: 3\n  ten: Khác\n- so: 12\n  ten: Mười hai\n`;
    const duplicateName = nine([...NAMES.slice(0, 8), 'a một']);
    const empty = nine([...NAMES.slice(0, 8), '""']);
    const read = (text: string) => readShortNames(text, plan.activities, file).issues.map((issue) => [issue.line, issue.field, issue.got, issue.severity]);
    expect(read(source)).toEqual([
      [19, 'hoạt động 3', 'hoạt động 3 ghi lần nữa', 'error'],
      [21, 'so', '12', 'error'],
    ]);
    expect(read(duplicateName)).toEqual([[17, 'hoạt động 9', 'trùng tên hoạt động 1: "a một"', 'error']]);
    expect(read(empty)).toEqual([[17, 'hoạt động 9', 'để trống', 'error']]);
    expect(readShortNames(`${nine(NAMES)}- so: 12\n`, plan.activities, file).issues[0]!.expected).toMatch(/^số một hoạt động của Kế hoạch \(1\. Đẩy mạnh.*; 9\. Khuyến khích/u);
  });

  it('is an error for a name too long for a page title, or a file that is not a list', () => {
    const long = 'Tên rất dài vượt quá số ký tự cho phép của tiêu đề trang';
    expect(readShortNames(nine([...NAMES.slice(0, 8), long]), plan.activities, file).issues).toEqual([
      expect.objectContaining({ line: 17, expected: `tên ngắn tối đa ${SHORT_NAME_MAX} ký tự`, severity: 'error' }),
    ]);
    expect(readShortNames('so: 1\nten: A\n', plan.activities, file).issues[0]).toMatchObject({ got: 'không phải danh sách', severity: 'error' });
  });

  it('reaches the reference data: names in NFC, and the problems for the publishing gate', () => {
    const raw = readFileSync(path.join(DATA, 'ke-hoach.txt'), 'utf8');
    const nfd = nine(NAMES).normalize('NFD');
    const reference = buildReferenceData({ plan: raw, shortNames: nfd });
    expect(reference.activities.map((activity) => activity.shortName)).toEqual(NAMES.map((name) => name.normalize('NFC')));
    expect(buildReferenceData({ plan: raw, shortNames: null }).activityNameIssues).toHaveLength(1);
  });
});
