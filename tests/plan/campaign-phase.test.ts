import { describe, expect, it } from 'vitest';
import { weekPhase, type PhasePlan } from '../../lib/plan/campaign-phase.ts';
import { requireVietnamTime } from '../../lib/time/vietnam-time.ts';

const at = (text: string) => requireVietnamTime(text, 'test');

/** The 2023 plan: 02–08/10, reports before 17/10. */
const plan: PhasePlan = { start: at('2023-10-02'), end: at('2023-10-08'), reportDeadline: at('2023-10-17') };
const phaseAt = (now: string) => weekPhase(plan, at(now));

describe('weekPhase', () => {
  it('counts the days to go in Vietnam calendar days, whatever zone now is written in', () => {
    expect(phaseAt('2023-09-25T10:00:00+07:00')).toEqual({ phase: 'before', daysToGo: 7, totalDays: 7, reportDeadline: plan.reportDeadline });
    expect(phaseAt('2023-10-01T23:59:59+07:00')).toMatchObject({ phase: 'before', daysToGo: 1 });
    expect(phaseAt('2023-10-01T16:59:59Z')).toMatchObject({ phase: 'before', daysToGo: 1 });
  });

  it('is day n of the week from the first day 00:00 to the last day 23:59:59', () => {
    expect(phaseAt('2023-10-01T17:00:00Z')).toMatchObject({ phase: 'during', day: 1, isLastDay: false });
    expect(phaseAt('2023-10-05T10:00:00+07:00')).toMatchObject({ phase: 'during', day: 4, totalDays: 7 });
    expect(phaseAt('2023-10-08T23:59:59+07:00')).toMatchObject({ phase: 'during', day: 7, isLastDay: true });
  });

  it('is after the week until the report deadline (its 00:00), then an archive', () => {
    expect(phaseAt('2023-10-09T00:00:00+07:00')).toEqual({ phase: 'after', totalDays: 7, reportDeadline: plan.reportDeadline });
    expect(phaseAt('2023-10-16T23:59:59+07:00')).toMatchObject({ phase: 'after' });
    expect(phaseAt('2023-10-17T00:00:00+07:00')).toMatchObject({ phase: 'archive' });
  });
});
