import { describe, expect, it } from 'vitest';
import { campaignStatus, eventEndsAt } from '../../lib/site/campaign.ts';
import { requireVietnamTime } from '../../lib/time/vietnam-time.ts';

const at = (text: string) => requireVietnamTime(text, 'test');
const week = { start: at('2023-10-02'), end: at('2023-10-08') };

describe('campaignStatus', () => {
  it('counts down before the week', () => {
    expect(campaignStatus(week, at('2023-09-25 10:00'))).toEqual({ phase: 'before', daysToGo: 7 });
    expect(campaignStatus(week, at('2023-10-01 23:59'))).toEqual({ phase: 'before', daysToGo: 1 });
  });

  it('names the day of the week while it runs', () => {
    expect(campaignStatus(week, at('2023-10-02 00:00'))).toEqual({ phase: 'during', day: 1, totalDays: 7 });
    expect(campaignStatus(week, at('2023-10-08 23:59'))).toEqual({ phase: 'during', day: 7, totalDays: 7 });
  });

  it('is over after the last day, in Vietnam time', () => {
    expect(campaignStatus(week, at('2023-10-08T17:30:00Z'))).toEqual({ phase: 'after' });
  });
});

describe('eventEndsAt', () => {
  it('ends an all-day event at the end of its last day', () => {
    const ends = eventEndsAt({ allDay: true, end: at('2023-10-06') });
    expect(ends.toISO()).toBe('2023-10-06T23:59:59.999+07:00');
  });
});
