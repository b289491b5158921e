import type UserConfig from '@11ty/eleventy/UserConfig';
import type { DateTime } from 'luxon';
import { entryActivities, entryDistricts, entrySummary, entryTitle, kindLabel, lastModified, leadPhoto, listingDate, type Entry, type EventEntry } from '../content/entry.ts';
import type { PlanActivity, PlanReport } from '../plan/parse-plan.ts';
import { absoluteUrl } from '../site/settings.ts';
import { campaignPhase, eventEndsAt } from '../site/campaign.ts';
import { urls } from '../site/urls.ts';
import { reportRoute, secondTierSentence } from '../plan/report-text.ts';
import { splitParagraphs } from '../plan/text.ts';
import { activityLabel, districtLabel, searchFacets } from '../search/facets.ts';
import { capitalizeFirst } from '../text/normalize.ts';
import { slugify } from '../text/slug.ts';
import { formatDateTimeVi, formatDateVi, formatShortDateVi, formatTimeVi, isoDate, isoDateTime, timeSpanHtml } from '../time/vietnam-time.ts';
import type { BuildState } from '../site/build-state.ts';

/** Filters the layouts call: layouts format, they do not compute. */
export function filtersPlugin(eleventyConfig: UserConfig, state: BuildState): void {
  const filters: Record<string, (...args: never[]) => unknown> = {
    dateVi: (value: DateTime) => formatDateVi(value),
    dateTimeVi: (value: DateTime) => formatDateTimeVi(value),
    shortDateVi: (value: DateTime) => formatShortDateVi(value),
    timeVi: (value: DateTime) => formatTimeVi(value),
    isoDateTime: (value: DateTime) => isoDateTime(value),
    isoDate: (value: DateTime) => isoDate(value),
    // HTML (<time> elements): output with `| safe`.
    timeSpanVi: (event: Pick<EventEntry, 'start' | 'end' | 'allDay'>) => timeSpanHtml(event.start, event.end, event.allDay),
    absoluteUrl: (sitePath: string) => absoluteUrl(state.settings, sitePath),
    // The entry model (lib/content/entry.ts): what a page, card or embed shows of an entry.
    entryTitle: (entry: Entry) => entryTitle(entry),
    entrySummary: (entry: Entry) => entrySummary(entry),
    entryDistricts: (entry: Entry) => entryDistricts(entry),
    entryActivities: (entry: Entry) => entryActivities(entry),
    leadPhoto: (entry: Entry) => leadPhoto(entry),
    kindLabel: (kind: Entry['kind']) => kindLabel(kind),
    listingDate: (entry: Entry) => listingDate(entry),
    lastModified: (entry: Entry) => lastModified(entry),
    head: <T>(items: T[], count: number) => items.slice(0, count),
    paragraphs: (text: string) => splitParagraphs(text),
    slugify: (text: string) => slugify(text),
    ucfirst: (text: string) => capitalizeFirst(text),
    tagUrl: (name: string) => urls.tag(name),
    unitUrl: (id: string) => urls.unit(id),
    districtUrl: (slug: string) => urls.district(slug),
    activityUrl: (id: number) => urls.activity(id),
    unit: (id: string) => state.reference.units.find((unit) => unit.id === id),
    bodyUrl: (id: number) => state.site.organisations.find((organisation) => organisation.isBodyHub && organisation.body?.id === id)?.url,
    activityLabel: (activity: PlanActivity) => activityLabel(activity),
    districtLabel: (district: { fullName: string }) => districtLabel(district),
    searchFacets: () => searchFacets(state.reference),
    campaignPhase: (now: DateTime) => campaignPhase(state.reference.plan, state.site, now),
    reportRoute: (report: PlanReport) => reportRoute(report),
    secondTierSentence: (report: PlanReport) => secondTierSentence(report),
    hasEnded: (event: Entry) => event.kind === 'event' && eventEndsAt(event) <= state.settings.now,
  };
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);
}
