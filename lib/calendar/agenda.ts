import type { DateTime } from 'luxon';
import type { EventEntry } from '../content/load.ts';
import type { Plan } from '../plan/parse-plan.ts';
import { eventEndsAt, isOpening } from './event-timing.ts';
import { ZONE } from '../time/vietnam-time.ts';

export interface AgendaItem {
  event: EventEntry;
  /** "Cả ngày", "Ngày 2/4" for multi-day events, undefined for timed ones. */
  dayLabel?: string;
  isOpening: boolean;
  isPast: boolean;
}

export interface AgendaDay {
  date: DateTime;
  items: AgendaItem[];
}

/**
 * The week day by day: each event on every day it spans, timed events in
 * start order after the all-day ones, marked past against the build's now.
 */
export function buildAgenda(events: readonly EventEntry[], plan: Pick<Plan, 'start' | 'end' | 'opening'>, now: DateTime): AgendaDay[] {
  const days: AgendaDay[] = [];
  for (let date = plan.start.setZone(ZONE).startOf('day'); date <= plan.end; date = date.plus({ days: 1 })) {
    const items = events
      .filter((event) => event.start.setZone(ZONE).startOf('day') <= date && event.end.setZone(ZONE).startOf('day') >= date)
      .map((event): AgendaItem => {
        const first = event.start.setZone(ZONE).startOf('day');
        const length = Math.round(event.end.setZone(ZONE).startOf('day').diff(first, 'days').days) + 1;
        const dayLabel = event.allDay ? (length > 1 ? `Ngày ${Math.round(date.diff(first, 'days').days) + 1}/${length}` : 'Cả ngày') : undefined;
        return { event, dayLabel, isOpening: isOpening(event, plan), isPast: eventEndsAt(event) <= now };
      })
      .sort((a, b) => Number(b.event.allDay) - Number(a.event.allDay) || +a.event.start - +b.event.start);
    days.push({ date, items });
  }
  return days;
}
