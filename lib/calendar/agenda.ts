import type { DateTime } from 'luxon';
import type { EventEntry } from '../content/entry.ts';
import type { District, Unit } from '../content/reference.ts';
import { EVENT_FORMATS } from '../content/schema.ts';
import type { Plan, PlanActivity } from '../plan/parse-plan.ts';
import { compareVi } from '../text/collate.ts';
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

/** The calendar page's filter menus: each offers only what some event has. */
export interface AgendaFilters {
  /** Places of events, once each, in Vietnamese alphabetical order. */
  districts: District[];
  /** Organisers of events, once each, in Vietnamese alphabetical order. */
  units: Unit[];
  /** Plan activities some event is part of, in the plan's order. */
  activities: PlanActivity[];
  /** Every format, as written and as its URL value ("trực tuyến", "truc-tuyen"). */
  formats: { label: string; slug: string }[];
}

/** The week's agenda and its filters: what the calendar page /lich-su-kien/ shows. */
export interface AgendaPage extends AgendaFilters {
  days: AgendaDay[];
}

/** Items once each by key, the first one kept. */
function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

/**
 * The calendar page's filter menus from its events: a place or organiser
 * appears once however many events it has, and an activity only when an
 * event is part of it, so no choice leads to an empty week.
 */
export function agendaFilters(events: readonly EventEntry[], activities: readonly PlanActivity[]): AgendaFilters {
  return {
    districts: unique(events.map((event) => event.district), (district) => district.slug).sort((a, b) => compareVi(a.name, b.name)),
    units: unique(events.map((event) => event.unit), (unit) => unit.id).sort((a, b) => compareVi(a.name, b.name)),
    activities: activities.filter((activity) => events.some((event) => event.activities.some((covered) => covered.id === activity.id))),
    formats: Object.entries(EVENT_FORMATS).map(([label, slug]) => ({ label, slug })),
  };
}

/** Everything the calendar page shows: the week day by day, and its filters. */
export function agendaPage(events: readonly EventEntry[], reference: { plan: Pick<Plan, 'start' | 'end' | 'opening'>; activities: readonly PlanActivity[] }, now: DateTime): AgendaPage {
  return { days: buildAgenda(events, reference.plan, now), ...agendaFilters(events, reference.activities) };
}
