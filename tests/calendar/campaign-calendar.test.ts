import { describe, expect, it } from 'vitest';
import type { EventEntry } from '../../lib/content/entry.ts';
import { campaignPhase, type CampaignPhase, type CampaignPlan } from '../../lib/calendar/campaign-calendar.ts';
import { eventEndsAt, wasHeld } from '../../lib/calendar/event-timing.ts';
import { isoDateTime, requireVietnamTime } from '../../lib/time/vietnam-time.ts';

const at = (text: string) => requireVietnamTime(text, 'test');

/** The 2023 plan: 02–08/10, opening on the first day without time or place, reports before 17/10. */
const plan: CampaignPlan = {
  start: at('2023-10-02'),
  end: at('2023-10-08'),
  opening: { date: at('2023-10-02'), time: null, place: null },
  reportDeadline: at('2023-10-17'),
};

function event(slug: string, overrides: Partial<EventEntry> = {}): EventEntry {
  return {
    kind: 'event', slug, url: `/su-kien/${slug}/`, file: `content/su-kien/${slug}.md`, sourcePath: `/${slug}`,
    title: 'Tọa đàm', description: 'Mô tả', start: at('2023-10-03 08:00'), end: at('2023-10-03 10:00'), allDay: false,
    venue: 'Hội trường', address: 'Số 1', district: { slug: 'nga-son', name: 'Nga Sơn', kind: 'huyện', fullName: 'huyện Nga Sơn' },
    unit: { id: 'so-gd', name: 'Sở GD&ĐT', short: 'Sở GD' }, activities: [1], format: 'trực tiếp', status: 'dự kiến',
    draft: false, tags: [], ...overrides,
  } as EventEntry;
}

const opening = event('khai-mac', { title: 'Lễ khai mạc Tuần lễ', start: at('2023-10-02 07:30'), end: at('2023-10-02 09:30'), venue: 'Cung Văn hóa Thiếu nhi tỉnh', district: { slug: 'thanh-hoa', name: 'Thanh Hóa', kind: 'thành phố', fullName: 'thành phố Thanh Hóa' } });
const fair = event('hoi-sach', { allDay: true, start: at('2023-10-04'), end: at('2023-10-06') });
const talk = event('toa-dam', { start: at('2023-10-05 14:00'), end: at('2023-10-05 16:00') });
const evening = event('dem-doc-sach', { start: at('2023-10-05 19:30'), end: at('2023-10-05 21:30') });
const postponed = event('ngay-hoi', { start: at('2023-10-06 07:00'), end: at('2023-10-06 11:00'), status: 'hoãn' });
const closing = event('be-mac', { start: at('2023-10-08 14:00'), end: at('2023-10-08 16:00') });
const events = [opening, fair, talk, evening, postponed, closing];
const content = { events, stories: ['a', 'b', 'c'], profiles: ['p'] };

const phaseAt = (now: string, site = content, withPlan = plan): CampaignPhase => campaignPhase(withPlan, site, at(now));
const slugs = (list: EventEntry[]) => list.map((item) => item.slug);

describe('campaignPhase: before the week', () => {
  it('counts down in calendar days and lists what is coming, by day, soonest first', () => {
    const phase = phaseAt('2023-09-25T10:00:00+07:00');
    expect(phase).toMatchObject({ phase: 'before', daysToGo: 7, totalDays: 7 });
    if (phase.phase !== 'before') throw new Error(phase.phase);
    expect(phase.upcomingDays.map((day) => [day.date.toISODate(), slugs(day.events.map((line) => line.event))])).toEqual([
      ['2023-10-02', ['khai-mac']],
      ['2023-10-04', ['hoi-sach']],
      ['2023-10-05', ['toa-dam', 'dem-doc-sach']],
      ['2023-10-06', ['ngay-hoi']],
      ['2023-10-08', ['be-mac']],
    ]);
    expect(phase.upcomingDays[0]!.events[0]).toMatchObject({ state: 'upcoming', isOpening: true });
    expect(phase.totals.eventsHeld).toBe(0);
  });

  it('is one day to go until the last instant before the first day', () => {
    expect(phaseAt('2023-10-01T23:59:59+07:00')).toMatchObject({ phase: 'before', daysToGo: 1 });
    expect(phaseAt('2023-10-01T16:59:59Z')).toMatchObject({ phase: 'before', daysToGo: 1 });
  });

  it('gives the opening time and place from the opening event when the plan has neither', () => {
    const { opening: ceremony } = phaseAt('2023-09-25T10:00:00+07:00');
    expect(isoDateTime(ceremony.start)).toBe('2023-10-02T07:30:00+07:00');
    expect(ceremony).toMatchObject({ hasTime: true, place: 'Cung Văn hóa Thiếu nhi tỉnh, thành phố Thanh Hóa', state: 'upcoming', isToday: false, event: opening });
  });

  it('prefers the plan\'s time and place to the event\'s', () => {
    const written = { ...plan, opening: { date: at('2023-10-02'), time: '08:00', place: 'Quảng trường Lam Sơn' } };
    const { opening: ceremony } = phaseAt('2023-09-25T10:00:00+07:00', content, written);
    expect(isoDateTime(ceremony.start)).toBe('2023-10-02T08:00:00+07:00');
    expect(ceremony).toMatchObject({ hasTime: true, place: 'Quảng trường Lam Sơn', end: null });
  });

  it('copes with a plan and a site that say nothing of the time and place', () => {
    const phase = phaseAt('2023-09-25T10:00:00+07:00', { events: [fair], stories: [], profiles: [] });
    expect(isoDateTime(phase.opening.start)).toBe('2023-10-02T00:00:00+07:00');
    expect(phase.opening).toMatchObject({ hasTime: false, place: null, event: null, state: 'upcoming' });
    expect(phase.totals).toEqual({ eventsHeld: 0, stories: 0, profiles: 0 });
  });
});

describe('campaignPhase: during the week', () => {
  it('starts at 00:00 of the first day: day 1, opening still to come', () => {
    const phase = phaseAt('2023-10-02T00:00:00+07:00');
    expect(phase).toMatchObject({ phase: 'during', day: 1, totalDays: 7, isLastDay: false });
    expect(phase.opening).toMatchObject({ state: 'upcoming', isToday: true });
    expect(phaseAt('2023-10-01T17:00:00Z')).toMatchObject({ phase: 'during', day: 1 });
  });

  it('shows the opening as happening from its start to its end, then as held', () => {
    expect(phaseAt('2023-10-02T07:29:59+07:00').opening.state).toBe('upcoming');
    const opened = phaseAt('2023-10-02T07:30:00+07:00');
    expect(opened).toMatchObject({ phase: 'during', day: 1 });
    expect(opened.opening.state).toBe('live');
    expect(opened.totals.eventsHeld).toBe(1);
    expect(phaseAt('2023-10-02T09:30:00+07:00').opening.state).toBe('over');
    expect(phaseAt('2023-10-03T08:00:00+07:00').opening).toMatchObject({ state: 'over', isToday: false });
  });

  it('without a known end, the opening is "today" for the rest of its day', () => {
    const phase = phaseAt('2023-10-02T10:00:00+07:00', { events: [], stories: [], profiles: [] });
    expect(phase.opening).toMatchObject({ state: 'today', hasTime: false, isToday: true });
  });

  it('puts today\'s events (all-day first) apart from those still to come', () => {
    const phase = phaseAt('2023-10-05T20:00:00+07:00');
    if (phase.phase !== 'during') throw new Error(phase.phase);
    expect(phase).toMatchObject({ day: 4, totalDays: 7 });
    expect(phase.today.date.toISODate()).toBe('2023-10-05');
    expect(phase.today.events.map((line) => [line.event.slug, line.state])).toEqual([
      ['hoi-sach', 'live'],
      ['toa-dam', 'over'],
      ['dem-doc-sach', 'live'],
    ]);
    // The postponed day is in the calendar but not announced as coming.
    expect(slugs(phase.upcoming)).toEqual(['be-mac']);
    // Held: the opening, the fair, the afternoon talk and the evening already begun; the postponed day is not.
    expect(phase.totals).toEqual({ eventsHeld: 4, stories: 3, profiles: 1 });
  });

  it('ends at 23:59:59 of the last day: the last day, in Vietnam time', () => {
    expect(phaseAt('2023-10-08T23:59:59+07:00')).toMatchObject({ phase: 'during', day: 7, totalDays: 7, isLastDay: true });
    expect(phaseAt('2023-10-08T16:59:59Z')).toMatchObject({ phase: 'during', day: 7 });
  });

  it('counts the days of the plan\'s own week', () => {
    const shorter = { ...plan, end: at('2023-10-06') };
    expect(phaseAt('2023-10-06T12:00:00+07:00', content, shorter)).toMatchObject({ phase: 'during', day: 5, totalDays: 5, isLastDay: true });
    expect(phaseAt('2023-10-07T00:00:00+07:00', content, shorter)).toMatchObject({ phase: 'after', totalDays: 5 });
  });
});

describe('campaignPhase: after the week', () => {
  it('is over one second after the last day, until the report deadline', () => {
    expect(phaseAt('2023-10-09T00:00:00+07:00')).toMatchObject({ phase: 'after' });
    expect(phaseAt('2023-10-08T17:00:00Z')).toMatchObject({ phase: 'after' });
    const phase = phaseAt('2023-10-12T10:00:00+07:00');
    expect(phase).toMatchObject({ phase: 'after', totalDays: 7 });
    expect(phase.totals).toEqual({ eventsHeld: 5, stories: 3, profiles: 1 });
    expect(phase.reportDeadline.toISODate()).toBe('2023-10-17');
    expect(phaseAt('2023-10-16T23:59:59+07:00')).toMatchObject({ phase: 'after' });
  });

  it('becomes an archive at the report deadline ("trước ngày 17/10": from 00:00 that day)', () => {
    expect(phaseAt('2023-10-17T00:00:00+07:00')).toMatchObject({ phase: 'archive' });
    const phase = phaseAt('2023-11-20T10:00:00+07:00');
    expect(phase).toMatchObject({ phase: 'archive', totalDays: 7 });
    expect(phase.totals).toEqual({ eventsHeld: 5, stories: 3, profiles: 1 });
    expect(phase.opening.state).toBe('over');
  });
});

describe('wasHeld', () => {
  it('counts an event once it has started, unless postponed or cancelled', () => {
    expect(wasHeld(talk, at('2023-10-05 13:59'))).toBe(false);
    expect(wasHeld(talk, at('2023-10-05 14:00'))).toBe(true);
    expect(wasHeld(postponed, at('2023-10-12'))).toBe(false);
    expect(wasHeld({ ...talk, status: 'hủy' }, at('2023-10-12'))).toBe(false);
  });
});

describe('eventEndsAt', () => {
  it('ends an all-day event at the end of its last day', () => {
    const ends = eventEndsAt({ allDay: true, end: at('2023-10-06') });
    expect(ends.toISO()).toBe('2023-10-06T23:59:59.999+07:00');
  });
});
