import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan, PlanParseError, type Plan } from '../../lib/plan/parse-plan.ts';
import { isoDate } from '../../lib/time/vietnam-time.ts';

const DIR = path.resolve(import.meta.dirname, '../fixtures/plans');
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');

/** The parsed plan in the shape of the hand-written .expected.json files. */
function summary(plan: Plan, expected: { activities: { startsWith: string }[] }) {
  const day = (value: Plan['start'] | null) => (value ? isoDate(value) : null);
  return {
    issuer: plan.issuer,
    documentNumber: plan.documentNumber,
    documentDate: day(plan.documentDate),
    place: plan.place,
    legalBasis: plan.legalBasis.documents.map((document) => ({ ...document, date: day(document.date) })),
    theme: plan.theme,
    start: day(plan.start),
    end: day(plan.end),
    opening: { date: day(plan.opening.date), time: plan.opening.time, place: plan.opening.place },
    purposeCount: plan.purposes.length,
    requirementCount: plan.requirements.length,
    activities: plan.activities.map((activity, index) => ({
      id: activity.id,
      startsWith: activity.text.slice(0, expected.activities[index]?.startsWith.length ?? 25),
    })),
    hasFunding: plan.funding !== null,
    bodies: plan.bodies.map((body) => ({ id: body.id, name: body.name, requested: body.requested, taskCount: body.tasks.length })),
    reports: plan.reports.map((report) => ({ deadline: day(report.deadline), tier: report.tier, from: report.from, to: report.to, via: report.via, onward: report.onward })),
    reportDeadline: day(plan.reportDeadline),
    secondTierDeadline: plan.secondTierReport && day(plan.secondTierReport.deadline),
    signatory: plan.signatory && { title: plan.signatory.title, name: plan.signatory.name },
    recipientCount: plan.recipients.length,
    /** Line and field of each problem, the warnings `npm run plan` and the build print. */
    problems: plan.problems.map((problem) => `${problem.line ?? '–'}: ${problem.field}`),
  };
}

describe('plans of other years and issuers', () => {
  for (const name of ['nghe-an-2024', 'hoang-hoa-2022', 'so-gddt-thanh-hoa-2025', 'ha-tinh-2026']) {
    it(`reads ${name} as expected`, () => {
      const expected = JSON.parse(read(`${name}.expected.json`)) as Parameters<typeof summary>[1];
      expect(summary(parsePlan(read(`${name}.txt`)), expected)).toEqual(expected);
    });
  }

  it('fails on a truncated plan, naming the missing section and where the text stops', () => {
    expect(() => parsePlan(read('truncated.txt'))).toThrow(PlanParseError);
    expect(() => parsePlan(read('truncated.txt'))).toThrow(/Kế hoạch thiếu mục tổ chức thực hiện .*Văn bản có 41 dòng; các mục tìm thấy: I\. MỤC ĐÍCH, YÊU CẦU \(dòng 13\); II\. CHỦ ĐỀ, THỜI GIAN TỔ CHỨC \(dòng 27\); III\. CÁC HOẠT ĐỘNG TRONG TUẦN LỄ \(dòng 33\)/);
  });

  it('fails clearly when the theme or the dates are missing', () => {
    const plan = read('nghe-an-2024.txt');
    expect(() => parsePlan(plan.replace(/từ ngày/g, 'vào'))).toThrow(/không có câu "từ ngày … đến ngày …"/);
    expect(() => parsePlan(plan.replace(/Chủ đề/g, 'Tên gọi'))).toThrow(/không có chủ đề/);
  });
});
