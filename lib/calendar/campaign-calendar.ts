import type { DateTime } from 'luxon';
import type { EventEntry } from '../content/entry.ts';
import { weekPhase, type WeekPhase } from '../plan/campaign-phase.ts';
import type { Plan } from '../plan/parse-plan.ts';
import { startOfDayVi, ZONE } from '../time/vietnam-time.ts';
import { eventEndsAt, eventsOn, isOpening, upcomingEvents, wasHeld } from './event-timing.ts';

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

/** What every phase adds to the week's phase: the opening ceremony and the totals so far. */
interface PhaseCommon {
  opening: OpeningCeremony;
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

type Phase<Name extends WeekPhase['phase']> = Extract<WeekPhase, { phase: Name }>;

export type CampaignPhase = PhaseCommon &
  (
    | (Phase<'before'> & { upcomingDays: EventDay[] })
    | (Phase<'during'> & { today: EventDay; upcoming: EventEntry[] })
    | Phase<'after'>
    | Phase<'archive'>
  );

/** How many events the home page lists in its calendars. */
export const HOME_EVENTS = 6;

function openingCeremony(plan: CampaignPlan, events: readonly EventEntry[], now: DateTime): OpeningCeremony {
  const day = startOfDayVi(plan.opening.date);
  const event = events.find((candidate) => candidate.status !== 'hủy' && isOpening(candidate, plan)) ?? null;
  const planTime = plan.opening.time ? /^(\d{1,2}):(\d{2})$/.exec(plan.opening.time) : null;
  const eventTime = event && !event.allDay ? event.start.setZone(ZONE) : null;
  const start = planTime ? day.set({ hour: Number(planTime[1]), minute: Number(planTime[2]) }) : (eventTime ?? day);
  // An event's end belongs to the ceremony only when the event starts when the ceremony does.
  const end = event && eventTime && +eventTime === +start ? event.end : null;
  const isToday = startOfDayVi(now).hasSame(day, 'day');
  const state = now < start ? 'upcoming' : end ? (now < end ? 'live' : 'over') : isToday ? 'today' : 'over';
  const eventPlace = event ? `${event.venue}, ${event.district.fullName}` : null;
  return { start, end, hasTime: Boolean(planTime ?? eventTime), place: plan.opening.place ?? eventPlace, event, state, isToday };
}

/**
 * The week's phase at the build's `now` (weekPhase, lib/plan/campaign-phase.ts)
 * with what the home page shows of the events in it:
 * - `before` the week: the calendar of what is coming, by day;
 * - `during` it: today's events, then those still to come (going ahead);
 * - `after` it and as an `archive`: the totals only.
 * Every phase also has the opening ceremony and the totals so far.
 *
 * @example campaignPhase(plan2023, site, dt('2023-10-01 20:00')) // { phase: 'before', daysToGo: 1, upcomingDays: […], … }
 * @example campaignPhase(plan2023, site, dt('2023-10-08 23:59:59')) // { phase: 'during', day: 7, totalDays: 7, isLastDay: true, … }
 */
export function campaignPhase(plan: CampaignPlan, content: CampaignContent, now: DateTime): CampaignPhase {
  const week = weekPhase(plan, now);
  const common: PhaseCommon = {
    opening: openingCeremony(plan, content.events, now),
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
  if (week.phase === 'before') {
    const upcomingDays: EventDay[] = [];
    for (const event of upcomingEvents(content.events, now, HOME_EVENTS)) {
      const date = startOfDayVi(event.start);
      const group = upcomingDays.at(-1);
      if (group && group.date.hasSame(date, 'day')) group.events.push(dayEvent(event));
      else upcomingDays.push({ date, events: [dayEvent(event)] });
    }
    return { ...common, ...week, upcomingDays };
  }
  if (week.phase === 'during') {
    const date = startOfDayVi(now);
    const todayEvents = eventsOn(content.events, date);
    // Cards do not show a status: only events going ahead are announced as coming.
    const upcoming = upcomingEvents(content.events, now)
      .filter((event) => event.status === 'dự kiến' && !todayEvents.includes(event))
      .slice(0, HOME_EVENTS);
    return { ...common, ...week, today: { date, events: todayEvents.map(dayEvent) }, upcoming };
  }
  return { ...common, ...week };
}
