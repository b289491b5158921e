import type { DateTime } from 'luxon';
import type { EventEntry } from '../content/entry.ts';
import type { Plan } from '../plan/parse-plan.ts';
import { startOfDayVi, ZONE } from '../time/vietnam-time.ts';

/** The opening ceremony: an event whose title says "khai mạc", on the plan's opening day. */
export function isOpening(event: EventEntry, plan: Pick<Plan, 'opening'>): boolean {
  const sameDay = event.start.setZone(ZONE).hasSame(plan.opening.date.setZone(ZONE), 'day');
  return sameDay && /khai mạc/iu.test(event.title);
}

/** True when an event has taken place by `now`: it has started and was neither postponed nor cancelled. */
export function wasHeld(event: Pick<EventEntry, 'start' | 'status'>, now: DateTime): boolean {
  return event.status === 'dự kiến' && event.start <= now;
}

/** The instant an event is over: its end time, or the end of its last day when all-day. */
export function eventEndsAt(event: Pick<EventEntry, 'end' | 'allDay'>): DateTime {
  return event.allDay ? event.end.setZone(ZONE).endOf('day') : event.end;
}

/** Events that have not ended at `now`, soonest first. */
export function upcomingEvents(events: readonly EventEntry[], now: DateTime, limit = Infinity): EventEntry[] {
  return events.filter((event) => eventEndsAt(event) > now).slice(0, limit);
}

/** Events on a day (each day a multi-day event spans): all-day ones first, then by start. */
export function eventsOn(events: readonly EventEntry[], day: DateTime): EventEntry[] {
  return events
    .filter((event) => startOfDayVi(event.start) <= day && startOfDayVi(event.end) >= day)
    .sort((a, b) => Number(b.allDay) - Number(a.allDay) || +a.start - +b.start);
}
