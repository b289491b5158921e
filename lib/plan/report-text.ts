import { capitalizeFirst } from '../text/normalize.ts';
import { formatShortDateVi } from '../time/vietnam-time.ts';
import type { PlanReport } from './parse-plan.ts';

/**
 * Who a report goes to, as the plan page lists it after its date: the recipient
 * (with who reports, for the second tier), through whom, and where it goes on.
 *
 * @example reportRoute({ tier: 1, from: 'Các đơn vị', to: [], via: 'Sở Giáo dục và Đào tạo', onward: ['Bộ Giáo dục và Đào tạo'] })
 * // 'qua Sở Giáo dục và Đào tạo, để tổng hợp báo cáo Bộ Giáo dục và Đào tạo'
 * @example reportRoute({ tier: 2, from: 'Sở Giáo dục và Đào tạo', to: ['Bộ Giáo dục và Đào tạo'], via: null, onward: [] })
 * // 'Sở Giáo dục và Đào tạo báo cáo Bộ Giáo dục và Đào tạo'
 */
export function reportRoute(report: Pick<PlanReport, 'tier' | 'from' | 'to' | 'via' | 'onward'>): string {
  const to = report.to.join(', ');
  const recipient = report.tier === 2 && report.from ? `${report.from} báo cáo${to ? ` ${to}` : ''}` : to && `về ${to}`;
  return [recipient, report.via && `qua ${report.via}`, report.onward.length > 0 && `để tổng hợp báo cáo ${report.onward.join(', ')}`].filter(Boolean).join(', ');
}

/**
 * The second tier as one sentence, shown after the units' own deadline.
 *
 * @example secondTierSentence({ from: 'Sở Giáo dục và Đào tạo', to: ['Bộ Giáo dục và Đào tạo'], deadline: dt('2026-10-20') })
 * // 'Sở Giáo dục và Đào tạo tổng hợp, báo cáo Bộ Giáo dục và Đào tạo trước ngày 20/10/2026.'
 */
export function secondTierSentence(report: Pick<PlanReport, 'from' | 'to' | 'deadline'>): string {
  const to = report.to.length > 0 ? report.to.join(', ') : 'cấp trên';
  return `${capitalizeFirst(report.from ?? 'cơ quan nhận báo cáo')} tổng hợp, báo cáo ${to} trước ngày ${formatShortDateVi(report.deadline)}.`;
}
