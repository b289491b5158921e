import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { DateTime } from 'luxon';
import type { EventEntry } from '../content/entry.ts';
import { cleanText } from '../text/normalize.ts';
import { ZONE } from '../time/vietnam-time.ts';
import { icsText } from './ics-text.ts';

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

/** The calendar itself: its name, description and page. */
export type CalendarHead = Pick<CalendarInfo, 'name' | 'description' | 'pageUrl'>;

function calendar(head: CalendarHead) {
  return ical({
    // ical-generator 10.2 escapes event properties itself but writes NAME, X-WR-CALNAME and X-WR-CALDESC as given.
    name: icsText(cleanText(head.name)),
    description: icsText(cleanText(head.description)),
    url: head.pageUrl,
    prodId: { company: 'hoctapsuotdoi', product: 'tuan-le', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
  });
}

function addEvent(target: ReturnType<typeof ical>, event: EventEntry, info: CalendarInfo): void {
  const prefix = event.status === 'hoãn' ? '[HOÃN] ' : event.status === 'hủy' ? '[HỦY] ' : '';
  const note = event.statusNote ? `${event.statusNote}\n\n` : '';
  target.createEvent({
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

const CALENDAR_END = 'END:VCALENDAR';
/** RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off. */
const CRLF = '\r\n';

/**
 * iCalendar (RFC 5545) files of events: times in UTC (Vietnam has no DST, so
 * every reader gets the same instant), all-day events as dates with DTEND the
 * day after, stable UIDs and DTSTAMPs from content, every TEXT value escaped,
 * lines folded at 75 octets without splitting a character, each ended by CRLF.
 *
 * A site lists each event in several calendars (the week, its district, its
 * unit, its own): each event is written once, as its own one-event calendar,
 * and its folded VEVENT block is reused in the others.
 */
export function icsRenderer(info: Omit<CalendarInfo, keyof CalendarHead>): (head: CalendarHead, events: readonly EventEntry[]) => string {
  const blocks = new Map<EventEntry, string>();
  const blockOf = (event: EventEntry) => {
    let block = blocks.get(event);
    if (block === undefined) {
      const single = calendar({ name: event.title, description: '', pageUrl: info.eventUrl(event) });
      addEvent(single, event, { ...info, name: '', description: '', pageUrl: '' });
      const text = single.toString();
      block = text.slice(text.indexOf('BEGIN:VEVENT'), text.lastIndexOf('END:VEVENT') + 'END:VEVENT\r\n'.length);
      blocks.set(event, block);
    }
    return block;
  };
  return (head, events) => {
    const empty = calendar(head).toString();
    const end = empty.lastIndexOf(CALENDAR_END);
    return `${empty.slice(0, end)}${events.map(blockOf).join('')}${CALENDAR_END}${CRLF}`;
  };
}

/** One iCalendar file of events (see icsRenderer). */
export function renderIcs(events: readonly EventEntry[], info: CalendarInfo): string {
  return icsRenderer(info)(info, events);
}
