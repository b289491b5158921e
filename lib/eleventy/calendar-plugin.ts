import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { AfterBuild } from './after-build.ts';
import { agendaPage } from '../calendar/agenda.ts';
import { calendarFiles, type CalendarFile } from '../calendar/calendar-list.ts';
import { icsRenderer } from '../calendar/ics.ts';
import type { BuildState } from './build-state.ts';
import { absoluteUrl } from '../site/settings.ts';
import { urls } from '../site/urls.ts';
import { OutputMemo } from '../build-cache/output-memo.ts';
import { timeStage } from '../build-cache/timing.ts';

/** The week's agenda page data, the calendar file a listing offers, and the .ics files written with each build. */
export function calendarPlugin(eleventyConfig: UserConfig, state: BuildState): void {
  const files = state.derived((): CalendarFile[] => calendarFiles(state.site, state.reference));
  eleventyConfig.addCollection('agenda', () => agendaPage(state.site.events, state.reference, state.settings.now));
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
