import type { DateTime } from 'luxon';
import { groupBy, type SiteContent } from '../collections/site-content.ts';
import { entryActivities, entryUnit, type Entry, type EventEntry } from '../content/entry.ts';
import type { ReferenceData } from '../content/reference.ts';
import type { PlanReport } from '../plan/parse-plan.ts';
import { secondTierSentence } from '../plan/report-text.ts';
import { wasHeld } from '../calendar/event-timing.ts';
import { sortByVi } from '../text/collate.ts';
import { urls } from '../site/urls.ts';
import { formatDateTimeVi, formatDateVi, formatShortDateVi } from '../time/vietnam-time.ts';

export interface ReportLine {
  name: string;
  url: string;
  /** Events held (started by the report's now, neither postponed nor cancelled), in date order. */
  events: EventEntry[];
  stories: number;
  profiles: number;
  activities: number[];
}

/** The written report the plan asks for, computed from the published content. */
export interface ResultsReport {
  now: DateTime;
  /** The units' deadline: the one this report is sent by. */
  deadline: DateTime;
  /** The plan's second tier (the body compiling the units' reports, to the level above), if dated. */
  secondTier: PlanReport | null;
  title: string;
  theme: string;
  units: ReportLine[];
  districts: ReportLine[];
  /** What the places are called: "Địa phương" (district level), "Xã, phường" (commune level). */
  placeLabel: string;
  totals: { events: number; stories: number; profiles: number; activities: number[] };
}

function line(name: string, url: string, entries: Entry[], now: DateTime): ReportLine {
  const events = entries.filter((entry): entry is EventEntry => entry.kind === 'event' && wasHeld(entry, now)).sort((a, b) => +a.start - +b.start);
  const counted = [...entries.filter((entry) => entry.kind !== 'event'), ...events];
  return {
    name,
    url,
    events,
    stories: entries.filter((entry) => entry.kind === 'story').length,
    profiles: entries.filter((entry) => entry.kind === 'profile').length,
    activities: [...new Set(counted.flatMap((entry) => entryActivities(entry).map((activity) => activity.id)))].sort((a, b) => a - b),
  };
}

/** Per unit and per district: events held, stories and profiles published, activities covered. */
export function buildResultsReport(site: SiteContent, reference: ReferenceData, now: DateTime): ResultsReport {
  const byUnit = groupBy(site.all, (entry) => [entryUnit(entry)?.id]);
  const units = sortByVi(reference.units, (unit) => unit.name).map((unit) => line(unit.name, urls.unit(unit.id), byUnit.get(unit.id) ?? [], now));
  const districts = sortByVi(reference.districts, (district) => district.name).map((district) =>
    line(district.fullName, urls.district(district.slug), site.hubEntries.get(urls.district(district.slug)) ?? [], now),
  );
  const whole = line('Toàn tỉnh', urls.home(), site.all, now);
  return {
    now,
    deadline: reference.plan.reportDeadline,
    secondTier: reference.plan.secondTierReport ?? null,
    title: reference.plan.title,
    theme: reference.plan.theme,
    units: units.filter((row) => row.events.length + row.stories + row.profiles > 0),
    districts: districts.filter((row) => row.events.length + row.stories + row.profiles > 0),
    placeLabel: reference.places.wording.label,
    totals: { events: whole.events.length, stories: whole.stories, profiles: whole.profiles, activities: whole.activities },
  };
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

function eventLine(event: EventEntry): string {
  const when = event.allDay ? `${formatDateVi(event.start)} (cả ngày)` : formatDateTimeVi(event.start);
  return `${when} — ${event.title} — ${event.venue}, ${event.district.fullName}`;
}

/** The report as Markdown, to send as the written report. */
export function reportMarkdown(report: ResultsReport): string {
  const lines = [
    `# Báo cáo kết quả ${report.title.replace(/^Tổ chức\s+/u, '')}`,
    '',
    `Chủ đề: *${report.theme}*`,
    '',
    `Số liệu tính đến ${formatDateTimeVi(report.now)} (giờ Việt Nam), lấy từ nội dung đã đăng trên trang. Hạn gửi báo cáo: trước ngày ${formatShortDateVi(report.deadline)}.${report.secondTier ? ` ${secondTierSentence(report.secondTier)}` : ''}`,
    '',
    `Toàn tỉnh: ${report.totals.events} sự kiện đã tổ chức, ${report.totals.stories} tin bài, ${report.totals.profiles} gương tự học; hoạt động của Kế hoạch đã triển khai: ${report.totals.activities.join(', ') || 'chưa có'}.`,
  ];
  for (const [heading, label, rows] of [
    ['Theo đơn vị', 'Đơn vị', report.units],
    [`Theo ${report.placeLabel.toLocaleLowerCase('vi')}`, report.placeLabel, report.districts],
  ] as const) {
    lines.push('', `## ${heading}`, '', `| ${label} | Sự kiện | Tin bài | Gương tự học | Hoạt động |`, '|---|---:|---:|---:|---|');
    for (const row of rows) lines.push(`| ${cell(row.name)} | ${row.events.length} | ${row.stories} | ${row.profiles} | ${row.activities.join(', ')} |`);
    for (const row of rows.filter((candidate) => candidate.events.length > 0)) {
      lines.push('', `### ${row.name}`, '', ...row.events.map((event) => `- ${eventLine(event)}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report as CSV (UTF-8 with BOM, so spreadsheet programs read Vietnamese correctly). */
export function reportCsv(report: ResultsReport): string {
  const header = ['Cấp', 'Tên', 'Số sự kiện', 'Số tin bài', 'Số gương tự học', 'Hoạt động', 'Các sự kiện'];
  const rows = [
    ...report.units.map((row) => ['Đơn vị', row] as const),
    ...report.districts.map((row) => [report.placeLabel, row] as const),
  ].map(([level, row]) => [level, row.name, row.events.length, row.stories, row.profiles, row.activities.join('; '), row.events.map(eventLine).join(' | ')]);
  return `\uFEFF${[header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}
