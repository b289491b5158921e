import type { SiteContent } from '../collections/site-content.ts';
import type { EventEntry } from '../content/entry.ts';
import type { ReferenceData } from '../content/reference.ts';
import { urls } from '../site/urls.ts';

/** One iCalendar file of the site. */
export interface CalendarFile {
  path: string;
  pageUrl: string;
  title: string;
  events: EventEntry[];
}

/** The whole week, one calendar per district and per unit or Plan body that has events, one per event. */
export function calendarFiles(site: SiteContent, reference: ReferenceData): CalendarFile[] {
  const files: CalendarFile[] = [
    { path: urls.weekCalendar(), pageUrl: urls.calendar(), title: `${reference.campaign.shortTitle} — ${reference.campaign.province}`, events: site.events },
  ];
  for (const district of reference.districts) {
    const events = site.events.filter((event) => event.district.slug === district.slug);
    if (events.length) files.push({ path: urls.hubCalendar(urls.district(district.slug)), pageUrl: urls.district(district.slug), title: `Sự kiện Tuần lễ học tập suốt đời — ${district.fullName}`, events });
  }
  for (const organisation of site.organisations) {
    const events = site.events.filter((event) => organisation.memberUnitIds.includes(event.unit.id));
    if (events.length) files.push({ path: urls.hubCalendar(organisation.url), pageUrl: organisation.url, title: `Sự kiện Tuần lễ học tập suốt đời — ${organisation.name}`, events });
  }
  for (const event of site.events) files.push({ path: urls.eventCalendar(event.url), pageUrl: event.url, title: event.title, events: [event] });
  return files;
}
