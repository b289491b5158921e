import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { coverage, coverageTables } from '../../lib/report/coverage.ts';
import { buildResultsReport, reportCsv, reportMarkdown, type ResultsReport } from '../../lib/report/results-report.ts';
import type { SiteContent } from '../../lib/collections/site-content.ts';
import type { ReferenceData } from '../../lib/content/reference.ts';
import type { Entry } from '../../lib/content/entry.ts';
import type { PlanActivity } from '../../lib/plan/parse-plan.ts';
import { requireVietnamTime } from '../../lib/time/vietnam-time.ts';

const at = (text: string) => requireVietnamTime(text, 'test');
const activities: PlanActivity[] = [1, 2, 3].map((id) => ({ id, title: `HĐ ${id}`, shortName: `HĐ ${id}`, text: `Hoạt động ${id}` }));

describe('coverage', () => {
  const entries = [
    { kind: 'story', activities: [activities[0]], unit: { id: 'a' } },
    { kind: 'event', activities: [activities[0], activities[1]], unit: { id: 'a' } },
    { kind: 'profile', activities: [activities[2]], unit: { id: 'b' } },
  ] as unknown as Entry[];
  const result = coverage(
    activities,
    [
      { key: 'a', label: 'A', url: '/a/' },
      { key: 'b', label: 'B', url: '/b/' },
    ],
    entries,
    (entry) => [(entry as { unit: { id: string } }).unit.id],
  );

  it('counts stories and events per row and activity', () => {
    expect(result.rows.map((row) => [row.key, row.counts, row.total])).toEqual([
      ['a', [2, 1, 0], 2],
      ['b', [0, 0, 0], 0],
    ]);
    expect(result.activityTotals).toEqual([2, 1, 0]);
  });

  it('names the gaps: activities and rows with nothing', () => {
    expect(result.uncoveredActivities.map((activity) => activity.id)).toEqual([3]);
    expect(result.emptyRows.map((row) => row.key)).toEqual(['b']);
  });
});

describe('coverageTables', () => {
  const place = (slug: string, name: string) => ({ slug, name, kind: 'huyện' as const, fullName: `huyện ${name}` });
  const reference = {
    activities,
    units: [
      { id: 'thu-vien', name: 'Thư viện tỉnh Thanh Hóa', short: 'Thư viện tỉnh' },
      { id: 'doan', name: 'Đoàn Thanh niên tỉnh', short: 'Tỉnh đoàn' },
    ],
    districts: [place('nga-son', 'Nga Sơn'), place('dong-son', 'Đông Sơn')],
  };
  const entries = [
    { kind: 'story', activities: [activities[0]], unit: { id: 'doan' }, districts: [place('nga-son', 'Nga Sơn'), place('dong-son', 'Đông Sơn')] },
    { kind: 'event', activities: [activities[1]], unit: { id: 'doan' }, district: place('nga-son', 'Nga Sơn') },
    { kind: 'page', title: 'Giới thiệu' },
  ] as unknown as Entry[];
  const tables = coverageTables(reference, entries);

  it('lists every unit by its short name and every district, in Vietnamese order, linking to their pages', () => {
    expect(tables.units.rows.map((row) => [row.key, row.label, row.url])).toEqual([
      ['doan', 'Tỉnh đoàn', '/don-vi/doan/'],
      ['thu-vien', 'Thư viện tỉnh', '/don-vi/thu-vien/'],
    ]);
    expect(tables.districts.rows.map((row) => [row.key, row.label, row.url])).toEqual([
      ['dong-son', 'Đông Sơn', '/dia-phuong/dong-son/'],
      ['nga-son', 'Nga Sơn', '/dia-phuong/nga-son/'],
    ]);
  });

  it('counts a story in each of its districts, an event in its one', () => {
    expect(tables.units.rows.map((row) => row.counts)).toEqual([[1, 1, 0], [0, 0, 0]]);
    expect(tables.districts.rows.map((row) => row.counts)).toEqual([[1, 0, 0], [1, 1, 0]]);
    expect(tables.units.emptyRows.map((row) => row.key)).toEqual(['thu-vien']);
  });
});

describe('buildResultsReport', () => {
  it('counts as held only events that started and were neither postponed nor cancelled, as the home page does', () => {
    const event = (status: string, start: string) => ({ kind: 'event', status, start: at(start), activities: [activities[0]], unit: { id: 'a' } });
    const all = [event('dự kiến', '2023-10-03 08:00'), event('hoãn', '2023-10-04 08:00'), event('hủy', '2023-10-05 08:00'), event('dự kiến', '2023-10-20 08:00')];
    const site = { all, hubEntries: new Map() } as unknown as SiteContent;
    const reference = { units: [], districts: [], places: { wording: { label: 'Địa phương' } }, plan: { reportDeadline: at('2023-10-17'), title: 'Kế hoạch', theme: 'Chủ đề' } } as unknown as ReferenceData;
    expect(buildResultsReport(site, reference, at('2023-10-12 10:00')).totals).toEqual({ events: 1, stories: 0, profiles: 0, activities: [1] });
  });
});

describe('report formats', () => {
  const event = {
    kind: 'event',
    title: 'Tọa đàm "Tự học", kỹ năng | số',
    start: at('2023-10-03 20:00'),
    allDay: false,
    venue: 'Hội trường A',
    district: { fullName: 'huyện Hoằng Hóa' },
  };
  const report = {
    now: at('2023-10-05 20:00'),
    deadline: at('2023-10-17'),
    title: 'Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023',
    theme: 'Xây dựng năng lực tự học trong kỷ nguyên số',
    units: [{ name: 'Sở A | B', url: '/don-vi/a/', events: [event], stories: 2, profiles: 1, activities: [1, 4] }],
    districts: [],
    placeLabel: 'Địa phương',
    totals: { events: 1, stories: 2, profiles: 1, activities: [1, 4] },
  } as unknown as ResultsReport;

  it('states the units’ deadline, then the second tier when the plan has one', () => {
    const secondTier = { from: 'Sở Giáo dục và Đào tạo', to: ['Bộ Giáo dục và Đào tạo'], deadline: at('2023-10-20') };
    expect(reportMarkdown(report)).toContain('Hạn gửi báo cáo: trước ngày 17/10/2023.\n');
    expect(reportMarkdown({ ...report, secondTier } as ResultsReport)).toContain('Hạn gửi báo cáo: trước ngày 17/10/2023. Sở Giáo dục và Đào tạo tổng hợp, báo cáo Bộ Giáo dục và Đào tạo trước ngày 20/10/2023.\n');
  });

  it('writes Markdown with the build time, the deadline and escaped table cells', () => {
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('Số liệu tính đến Thứ Năm, 05/10/2023 20:00 (giờ Việt Nam)');
    expect(markdown).toContain('trước ngày 17/10/2023');
    expect(markdown).toContain('| Sở A \\| B | 1 | 2 | 1 | 1, 4 |');
    expect(markdown).toContain('- Thứ Ba, 03/10/2023 20:00 — Tọa đàm "Tự học", kỹ năng | số — Hội trường A, huyện Hoằng Hóa');
  });

  it('writes CSV that a CSV reader reads back field for field', () => {
    const csv = reportCsv(report);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [row] = parseCsv<Record<string, string>>(csv, { columns: true, bom: true });
    expect(row).toEqual({
      'Cấp': 'Đơn vị',
      'Tên': 'Sở A | B',
      'Số sự kiện': '1',
      'Số tin bài': '2',
      'Số gương tự học': '1',
      'Hoạt động': '1; 4',
      'Các sự kiện': 'Thứ Ba, 03/10/2023 20:00 — Tọa đàm "Tự học", kỹ năng | số — Hội trường A, huyện Hoằng Hóa',
    });
  });
});
