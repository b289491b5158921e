import type { DateTime } from 'luxon';
import type { EventEntry } from '../content/entry.ts';
import type { Plan } from '../plan/parse-plan.ts';
import { ZONE } from '../time/vietnam-time.ts';

/** What the campaign's phase needs from the plan. */
export type CampaignPlan = Pick<Plan, 'start' | 'end' | 'opening' | 'reportDeadline'>;

/** What it needs from the published content. */
export interface CampaignContent {
  events: readonly EventEntry[];
  stories: readonly unknown[];
  profiles: readonly unknown[];
}

/**
 * The opening ceremony as readers are told about it: the plan's date, time and
 * place, completed by the opening event on the site where the plan is silent.
 * `live` needs a known end (the event's); with none, the day of the ceremony
 * once it has started is `today`.
 */
export interface OpeningCeremony {
  start: DateTime;
  end: DateTime | null;
  /** False when neither the plan nor an event gives a time: `start` is then the start of the day. */
  hasTime: boolean;
  place: string | null;
  event: EventEntry | null;
  state: 'upcoming' | 'today' | 'live' | 'over';
  /** True on the ceremony's own day. */
  isToday: boolean;
}

export interface CampaignTotals {
  /** Events that took place by now: started, neither postponed nor cancelled. */
  eventsHeld: number;
  stories: number;
  profiles: number;
}

interface PhaseCommon {
  /** Length of the week in days, from the plan. */
  totalDays: number;
  opening: OpeningCeremony;
  reportDeadline: DateTime;
  totals: CampaignTotals;
}

/** An event in one of the home page's day lists, with where it stands at `now`. */
export interface DayEvent {
  event: EventEntry;
  state: 'upcoming' | 'live' | 'over';
  isOpening: boolean;
}

/** A day of events: the calendar shown before the week, today's list during it. */
export interface EventDay {
  date: DateTime;
  events: DayEvent[];
}

export type CampaignPhase = PhaseCommon &
  (
    | { phase: 'before'; daysToGo: number; upcomingDays: EventDay[] }
    | { phase: 'during'; day: number; isLastDay: boolean; today: EventDay; upcoming: EventEntry[] }
    | { phase: 'after' }
    | { phase: 'archive' }
  );

/** How many events the home page lists in its calendars. */
export const HOME_EVENTS = 6;

function dayOf(value: DateTime): DateTime {
  return value.setZone(ZONE).startOf('day');
}

function daysBetween(from: DateTime, to: DateTime): number {
  return Math.round(dayOf(to).diff(dayOf(from), 'days').days);
}

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
function eventsOn(events: readonly EventEntry[], day: DateTime): EventEntry[] {
  return events
    .filter((event) => dayOf(event.start) <= day && dayOf(event.end) >= day)
    .sort((a, b) => Number(b.allDay) - Number(a.allDay) || +a.start - +b.start);
}

function openingCeremony(plan: CampaignPlan, events: readonly EventEntry[], now: DateTime): OpeningCeremony {
  const day = dayOf(plan.opening.date);
  const event = events.find((candidate) => candidate.status !== 'hủy' && isOpening(candidate, plan)) ?? null;
  const planTime = plan.opening.time ? /^(\d{1,2}):(\d{2})$/.exec(plan.opening.time) : null;
  const eventTime = event && !event.allDay ? event.start.setZone(ZONE) : null;
  const start = planTime ? day.set({ hour: Number(planTime[1]), minute: Number(planTime[2]) }) : (eventTime ?? day);
  // An event's end belongs to the ceremony only when the event starts when the ceremony does.
  const end = event && eventTime && +eventTime === +start ? event.end : null;
  const isToday = dayOf(now).hasSame(day, 'day');
  const state = now < start ? 'upcoming' : end ? (now < end ? 'live' : 'over') : isToday ? 'today' : 'over';
  const eventPlace = event ? `${event.venue}, ${event.district.fullName}` : null;
  return { start, end, hasTime: Boolean(planTime ?? eventTime), place: plan.opening.place ?? eventPlace, event, state, isToday };
}

/**
 * Where the build's `now` stands against the plan, with what the home page
 * says in each phase, counted in Vietnam time:
 * - `before` the first day's 00:00: days to go, the calendar of what is coming;
 * - `during` the week, from the first day's 00:00 to the last day's 23:59:59:
 *   day n of the week's length, today's events, then those still to come (going ahead);
 * - `after` the last day until the report deadline (the plan's "trước ngày 17/10"
 *   is read as 00:00 of that day);
 * - `archive` from the deadline on.
 * Every phase also has the opening ceremony and the totals so far.
 *
 * @example campaignPhase(plan2023, site, dt('2023-10-01 20:00')) // { phase: 'before', daysToGo: 1, … }
 * @example campaignPhase(plan2023, site, dt('2023-10-08 23:59:59')) // { phase: 'during', day: 7, totalDays: 7, isLastDay: true, … }
 */
export function campaignPhase(plan: CampaignPlan, content: CampaignContent, now: DateTime): CampaignPhase {
  const first = dayOf(plan.start);
  const last = dayOf(plan.end);
  const common: PhaseCommon = {
    totalDays: daysBetween(first, last) + 1,
    opening: openingCeremony(plan, content.events, now),
    reportDeadline: plan.reportDeadline,
    totals: {
      eventsHeld: content.events.filter((event) => wasHeld(event, now)).length,
      stories: content.stories.length,
      profiles: content.profiles.length,
    },
  };
  const dayEvent = (event: EventEntry): DayEvent => ({
    event,
    state: now < event.start ? 'upcoming' : now < eventEndsAt(event) ? 'live' : 'over',
    isOpening: event === common.opening.event,
  });
  if (now < first) {
    const upcomingDays: EventDay[] = [];
    for (const event of upcomingEvents(content.events, now, HOME_EVENTS)) {
      const date = dayOf(event.start);
      const group = upcomingDays.at(-1);
      if (group && group.date.hasSame(date, 'day')) group.events.push(dayEvent(event));
      else upcomingDays.push({ date, events: [dayEvent(event)] });
    }
    return { ...common, phase: 'before', daysToGo: daysBetween(now, first), upcomingDays };
  }
  if (now < last.plus({ days: 1 })) {
    const date = dayOf(now);
    const todayEvents = eventsOn(content.events, date);
    // Cards do not show a status: only events going ahead are announced as coming.
    const upcoming = upcomingEvents(content.events, now)
      .filter((event) => event.status === 'dự kiến' && !todayEvents.includes(event))
      .slice(0, HOME_EVENTS);
    const day = daysBetween(first, date) + 1;
    const today = { date, events: todayEvents.map(dayEvent) };
    return { ...common, phase: 'during', day, isLastDay: day === common.totalDays, today, upcoming };
  }
  if (now < plan.reportDeadline) return { ...common, phase: 'after' };
  return { ...common, phase: 'archive' };
}
