import type { EventEntry } from '../content/entry.ts';
import { ZONE } from '../time/vietnam-time.ts';

/**
 * A map search for the venue's address in the campaign's province (works on phones with or without a maps app).
 * @example mapUrl({ venue: 'Cung Văn hóa', address: 'Số 1 Lê Lợi' }, 'Thanh Hóa') // …query=Cung Văn hóa, Số 1 Lê Lợi, Thanh Hóa, Việt Nam
 */
export function mapUrl(event: Pick<EventEntry, 'venue' | 'address'>, province: string): string {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(`${event.venue}, ${event.address}, ${province}, Việt Nam`)}`;
}

/** "Add to Google Calendar" link with the event's times in UTC (all-day as dates, end exclusive). */
export function googleCalendarUrl(event: EventEntry, pageUrl: string): string {
  const format = (value: EventEntry['start'], allDay: boolean) =>
    allDay ? value.setZone(ZONE).toFormat('yyyyMMdd') : value.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
  const dates = event.allDay ? `${format(event.start, true)}/${format(event.end.plus({ days: 1 }), true)}` : `${format(event.start, false)}/${format(event.end, false)}`;
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates,
    details: `${event.description}\n\n${pageUrl}`,
    location: `${event.venue}, ${event.address}`,
    ctz: ZONE.name,
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
