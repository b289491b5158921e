import type { DateTime } from 'luxon';
import type { EventEntry } from '../content/load.ts';
import type { Plan } from '../plan/parse-plan.ts';
import { ZONE } from '../time/vietnam-time.ts';

export type CampaignStatus =
  | { phase: 'before'; daysToGo: number }
  | { phase: 'during'; day: number; totalDays: number }
  | { phase: 'after' };

/**
 * Where the build's `now` stands against the week: a countdown before it,
 * "day n of 7" during it, over after it. Counted in calendar days in Vietnam.
 *
 * @example campaignStatus(plan2023, dt('2023-10-01 20:00')) // { phase: 'before', daysToGo: 1 }
 */
export function campaignStatus(plan: Pick<Plan, 'start' | 'end'>, now: DateTime): CampaignStatus {
  const today = now.setZone(ZONE).startOf('day');
  const start = plan.start.setZone(ZONE).startOf('day');
  const end = plan.end.setZone(ZONE).startOf('day');
  if (today < start) return { phase: 'before', daysToGo: Math.round(start.diff(today, 'days').days) };
  if (today > end) return { phase: 'after' };
  return { phase: 'during', day: Math.round(today.diff(start, 'days').days) + 1, totalDays: Math.round(end.diff(start, 'days').days) + 1 };
}

/** Events that have not ended at `now`, soonest first. */
export function upcomingEvents(events: readonly EventEntry[], now: DateTime, limit = Infinity): EventEntry[] {
  return events.filter((event) => eventEndsAt(event) > now).slice(0, limit);
}

/** The instant an event is over: its end time, or the end of its last day when all-day. */
export function eventEndsAt(event: Pick<EventEntry, 'end' | 'allDay'>): DateTime {
  return event.allDay ? event.end.setZone(ZONE).endOf('day') : event.end;
}
