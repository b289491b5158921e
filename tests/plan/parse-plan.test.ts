import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan, shortTitle } from '../../lib/plan/parse-plan.ts';
import { planToJson } from '../../lib/plan/plan-json.ts';
import { joinParagraphs, planParagraphs, splitParagraphs } from '../../lib/plan/text.ts';
import { isoDate } from '../../lib/time/vietnam-time.ts';

const source = readFileSync(path.resolve(import.meta.dirname, '../../data/ke-hoach.txt'), 'utf8');
const plan = parsePlan(source);

describe('the 2023 Thanh Hóa plan', () => {
  it('has the theme, the week and the opening', () => {
    expect(plan.theme).toBe('Xây dựng năng lực tự học trong kỷ nguyên số');
    expect(isoDate(plan.start)).toBe('2023-10-02');
    expect(isoDate(plan.end)).toBe('2023-10-08');
    expect(isoDate(plan.opening.date)).toBe('2023-10-02');
    expect(plan.opening.time).toBeNull();
  });

  it('has exactly nine activities, the page-broken one rejoined', () => {
    expect(plan.activities.map((activity) => activity.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(plan.activities[1]!.title).toMatch(/^Tổ chức Lễ khai mạc/);
    expect(plan.activities[6]!.text).toContain('phần mềm mô phỏng và các học liệu khác');
    expect(plan.activities[6]!.text).not.toContain('\n');
    expect(plan.activities[0]!.text).toMatch(/^Đẩy mạnh và đổi mới các hoạt động thông tin, tuyên truyền/);
  });

  it('has exactly nine responsible bodies with their tasks, the requested one marked', () => {
    expect(plan.bodies.map((body) => [body.id, body.name, body.requested, body.tasks.length])).toEqual([
      [1, 'Sở Giáo dục và Đào tạo', false, 2],
      [2, 'Hội Khuyến học tỉnh', false, 2],
      [3, 'Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hoá', true, 1],
      [4, 'Sở Thông tin và Truyền thông', false, 1],
      [5, 'Sở Văn hóa, Thể thao và Du lịch', false, 2],
      [6, 'Báo Thanh Hóa, Đài Phát thanh và Truyền hình tỉnh', false, 1],
      [7, 'Các sở, ban, ngành, đoàn thể tỉnh', false, 2],
      [8, 'Ủy ban nhân dân huyện, thị xã, thành phố', false, 4],
      [9, 'Các cơ sở giáo dục đại học trực thuộc tỉnh', false, 1],
    ]);
    expect(plan.bodies[3]!.tasks[0]).toContain('nêu gương những cách làm hay, gương người tốt, việc tốt trong quá trình');
    expect(plan.bodies[0]!.slug).toBe('so-giao-duc-va-dao-tao');
  });

  it('has the report deadline, who reports, through whom and where it goes on: one tier', () => {
    expect(isoDate(plan.reportDeadline)).toBe('2023-10-17');
    expect(plan.reports).toHaveLength(1);
    expect(plan.reports[0]).toMatchObject({
      tier: 1,
      line: 115,
      from: 'các sở, ban, ngành, đoàn thể cấp tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố',
      to: [],
      via: 'Sở Giáo dục và Đào tạo',
      onward: ['Bộ Giáo dục và Đào tạo', 'Ủy ban nhân dân tỉnh'],
    });
    expect(plan.secondTierReport).toBeNull();
  });

  it('has issuer, legal basis, purposes, funding, signatory and recipients', () => {
    expect(plan.issuer).toBe('Ủy ban nhân dân tỉnh Thanh Hóa');
    expect(plan.place).toBe('Thanh Hóa');
    expect(plan.title).toBe('Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023 trên địa bàn tỉnh Thanh Hóa');
    expect(planToJson(plan)).toMatchObject({
      legalBasis: { documents: [{ kind: 'Công văn', number: '4864/BGDĐT-GDTrX', date: '2023-09-08', issuer: 'Bộ Giáo dục và Đào tạo' }] },
    });
    expect(plan.purposes).toHaveLength(2);
    expect(plan.requirements).toHaveLength(2);
    expect(plan.funding).toMatch(/^Kinh phí tổ chức Tuần lễ/);
    expect(plan.signatory).toEqual({ capacity: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name: 'Đâu Thanh Tùng' });
    expect(plan.recipients).toHaveLength(10);
    expect(plan.recipients[0]).toBe('Bộ Giáo dục và Đào tạo (b/c)');
  });

  it('reports the blank document number and date and the unstated opening place as problems with their lines, not errors', () => {
    expect(plan.documentNumber).toBeNull();
    expect(plan.documentDate).toBeNull();
    expect(plan.opening.place).toBeNull();
    expect(plan.problems.map((problem) => [problem.line, problem.field, problem.got])).toEqual([
      [3, 'số văn bản', '"Số: /KH-UBND", số còn để trống'],
      [5, 'ngày ban hành', '"Thanh Hóa, ngày tháng năm 2023", ngày và tháng còn để trống'],
      [31, 'địa điểm Lễ khai mạc', 'không có trong Kế hoạch'],
    ]);
  });

  it('reads the same plan identically in NFD, with CRLF line endings and a BOM', () => {
    const mangled = `\uFEFF${source.normalize('NFD').replace(/\n/g, '\r\n')}`;
    expect(mangled).not.toBe(source);
    expect(planToJson(parsePlan(mangled))).toEqual(planToJson(plan));
  });
});

describe('plan text helpers', () => {
  it('rejoins a paragraph broken across pages but keeps list items apart', () => {
    const paragraphs = planParagraphs('1. Học liệu số, phần mềm\n\nmô phỏng và các học liệu khác.\n\n2\n\na) một mục\n- mục khác');
    expect(paragraphs.map((p) => p.text)).toEqual(['1. Học liệu số, phần mềm mô phỏng và các học liệu khác.', 'a) một mục', '- mục khác']);
  });

  it('keeps an activity’s paragraphs in one text that pages split back into the same paragraphs', () => {
    const lines = source.split('\n');
    const first = lines.findIndex((line) => line.startsWith('1. Đẩy mạnh'));
    lines.splice(first + 1, 0, '', '- Các đơn vị treo băng rôn trước ngày 01/10/2023.');
    const activity = parsePlan(lines.join('\n')).activities[0]!;
    const paragraphs = splitParagraphs(activity.text);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/^Đẩy mạnh .* biết và tham gia\.$/);
    expect(paragraphs[1]).toBe('- Các đơn vị treo băng rôn trước ngày 01/10/2023.');
    expect(joinParagraphs(paragraphs)).toBe(activity.text);
    expect(splitParagraphs(plan.activities[0]!.text)).toEqual([plan.activities[0]!.text]);
  });

  it('derives a short title from the first clause', () => {
    expect(shortTitle('Tổ chức các lớp tập huấn; hướng dẫn kỹ năng.')).toBe('Tổ chức các lớp tập huấn');
    expect(shortTitle('Khuyến khích các cơ quan (đặc biệt là đơn vị học tập) tổ chức sân chơi')).toBe('Khuyến khích các cơ quan tổ chức sân chơi');
  });
});
