import type { DateTime } from 'luxon';
import { startOfDayVi } from '../time/vietnam-time.ts';
import type { Plan } from './parse-plan.ts';

/** What the week's phase needs from the plan. */
export type PhasePlan = Pick<Plan, 'start' | 'end' | 'reportDeadline'>;

/** Where a moment stands against the plan's week, with the numbers the home page says in that phase. */
export type WeekPhase = {
  /** Length of the week in days, from the plan. */
  totalDays: number;
  reportDeadline: DateTime;
} & (
  | { phase: 'before'; daysToGo: number }
  | { phase: 'during'; day: number; isLastDay: boolean }
  | { phase: 'after' }
  | { phase: 'archive' }
);

function daysBetween(from: DateTime, to: DateTime): number {
  return Math.round(startOfDayVi(to).diff(startOfDayVi(from), 'days').days);
}

/**
 * Where `now` stands against the plan, counted in Vietnam time:
 * - `before` the first day's 00:00, with the days to go;
 * - `during` the week, from the first day's 00:00 to the last day's 23:59:59: day n of the week's length;
 * - `after` the last day until the report deadline (the plan's "trước ngày 17/10"
 *   is read as 00:00 of that day);
 * - `archive` from the deadline on.
 * What the home page lists in each phase (events, the opening ceremony, totals)
 * is added from the content by campaignPhase (lib/calendar/campaign-calendar.ts).
 *
 * @example weekPhase(plan2023, dt('2023-10-01 20:00')) // { phase: 'before', daysToGo: 1, totalDays: 7, … }
 * @example weekPhase(plan2023, dt('2023-10-08 23:59:59')) // { phase: 'during', day: 7, isLastDay: true, totalDays: 7, … }
 */
export function weekPhase(plan: PhasePlan, now: DateTime): WeekPhase {
  const first = startOfDayVi(plan.start);
  const last = startOfDayVi(plan.end);
  const common = { totalDays: daysBetween(first, last) + 1, reportDeadline: plan.reportDeadline };
  if (now < first) return { ...common, phase: 'before', daysToGo: daysBetween(now, first) };
  if (now < last.plus({ days: 1 })) {
    const day = daysBetween(first, now) + 1;
    return { ...common, phase: 'during', day, isLastDay: day === common.totalDays };
  }
  if (now < plan.reportDeadline) return { ...common, phase: 'after' };
  return { ...common, phase: 'archive' };
}
