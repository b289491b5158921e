import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { DateTime } from 'luxon';
import type { EventEntry } from '../content/load.ts';
import { cleanText } from '../text/normalize.ts';
import { ZONE } from '../time/vietnam-time.ts';

export interface CalendarInfo {
  name: string;
  description: string;
  /** Absolute URL of the calendar's page. */
  pageUrl: string;
  /** Host used in stable UIDs (`<slug>@<host>`). */
  host: string;
  /** Absolute URL of an event page. */
  eventUrl: (event: EventEntry) => string;
  /** DTSTAMP when an event says nothing about its last change: fixed, never the clock. */
  stampFallback: DateTime;
}

/** A calendar day as a UTC-midnight Date: what an all-day DTSTART/DTEND;VALUE=DATE needs whatever the machine's zone. */
function day(value: DateTime): Date {
  const local = value.setZone(ZONE);
  return new Date(Date.UTC(local.year, local.month - 1, local.day));
}

const STATUS = {
  'dự kiến': ICalEventStatus.CONFIRMED,
  hoãn: ICalEventStatus.TENTATIVE,
  hủy: ICalEventStatus.CANCELLED,
} as const;

/**
 * An iCalendar (RFC 5545) file of events: times in UTC (Vietnam has no DST, so
 * every reader gets the same instant), all-day events as dates with DTEND the
 * day after, stable UIDs and DTSTAMPs from content, lines folded at 75 octets.
 */
export function renderIcs(events: readonly EventEntry[], info: CalendarInfo): string {
  const calendar = ical({
    name: cleanText(info.name),
    description: cleanText(info.description),
    url: info.pageUrl,
    prodId: { company: 'hoctapsuotdoi', product: 'tuan-le', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const event of events) {
    const prefix = event.status === 'hoãn' ? '[HOÃN] ' : event.status === 'hủy' ? '[HỦY] ' : '';
    const note = event.statusNote ? `${event.statusNote}\n\n` : '';
    calendar.createEvent({
      id: `${event.slug}@${info.host}`,
      stamp: (event.updated ?? info.stampFallback).toJSDate(),
      start: event.allDay ? day(event.start) : event.start.toJSDate(),
      end: event.allDay ? day(event.end.plus({ days: 1 })) : event.end.toJSDate(),
      allDay: event.allDay,
      summary: cleanText(`${prefix}${event.title}`),
      description: cleanText(`${note}${event.description}\n\nĐơn vị tổ chức: ${event.unit.name}. Hình thức: ${event.format}.${event.link ? `\nTham gia trực tuyến: ${event.link}` : ''}\n\n${info.eventUrl(event)}`),
      location: cleanText(`${event.venue}, ${event.address}`),
      url: info.eventUrl(event),
      status: STATUS[event.status],
      categories: [{ name: cleanText(event.format) }],
    });
  }
  return calendar.toString();
}
