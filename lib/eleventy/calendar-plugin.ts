import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { AfterBuild } from './after-build.ts';
import { buildAgenda } from '../calendar/agenda.ts';
import { calendarFiles, type CalendarFile } from '../calendar/calendar-list.ts';
import { icsRenderer } from '../calendar/ics.ts';
import { googleCalendarUrl, mapUrl } from '../calendar/links.ts';
import type { EventEntry } from '../content/load.ts';
import { EVENT_FORMATS } from '../content/schema.ts';
import type { BuildState } from './build-state.ts';
import { absoluteUrl } from '../site/settings.ts';
import { urls } from '../site/urls.ts';
import { compareVi } from '../text/collate.ts';
import { OutputMemo } from '../build-cache/output-memo.ts';
import { timeStage } from '../build-cache/timing.ts';

/** The week's agenda page data, per-event calendar links, and the .ics files written with each build. */
export function calendarPlugin(eleventyConfig: UserConfig, state: BuildState): void {
  const files = state.derived((): CalendarFile[] => calendarFiles(state.site, state.reference));
  eleventyConfig.addCollection('agenda', () => {
    const events = state.site.events;
    const unique = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((item) => [key(item), item])).values()];
    return {
      days: buildAgenda(events, state.reference.plan, state.settings.now),
      districts: unique(events.map((event) => event.district), (district) => district.slug).sort((a, b) => compareVi(a.name, b.name)),
      units: unique(events.map((event) => event.unit), (unit) => unit.id).sort((a, b) => compareVi(a.name, b.name)),
      activities: state.reference.activities.filter((activity) => events.some((event) => event.activities.includes(activity.id))),
      formats: Object.entries(EVENT_FORMATS).map(([label, slug]) => ({ label, slug })),
    };
  });
  eleventyConfig.addFilter('formatSlug', (format: keyof typeof EVENT_FORMATS) => EVENT_FORMATS[format]);
  eleventyConfig.addFilter('mapUrl', (event: EventEntry) => mapUrl(event, state.reference.campaign.province));
  eleventyConfig.addFilter('googleCalendarUrl', (event: EventEntry) => googleCalendarUrl(event, absoluteUrl(state.settings, event.url)));
  // A hub's or the week's calendar: an event's own file is linked from its page (layouts/event.njk).
  eleventyConfig.addFilter('calendarFor', (pageUrl: string) => files().find((file) => file.pageUrl === pageUrl && file.events.length > 0 && file.path !== urls.eventCalendar(pageUrl)));

  eleventyConfig.on('eleventy.after', ({ directories }: AfterBuild) => timeStage('lịch iCalendar', () => writeCalendars(directories.output)));

  // Calendars whose events are unchanged since the last build are not written again.
  const memo = new OutputMemo();

  async function writeCalendars(output: string): Promise<void> {
    const render = icsRenderer({
      host: new URL(state.settings.url).host,
      eventUrl: (event) => absoluteUrl(state.settings, event.url),
      stampFallback: state.reference.plan.documentDate ?? state.reference.plan.start,
    });
    const description = `Lịch sự kiện — ${state.settings.title}`;
    const writes: Promise<void>[] = [];
    for (const file of files()) {
      const target = path.join(output, file.path);
      const inputs = [file.title, file.pageUrl, ...file.events];
      if (memo.isCurrent(target, inputs)) continue;
      writes.push(memo.write(target, inputs, render({ name: file.title, description, pageUrl: absoluteUrl(state.settings, file.pageUrl) }, file.events)));
    }
    await Promise.all(writes);
  }
}
