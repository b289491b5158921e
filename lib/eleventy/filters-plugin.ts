import type UserConfig from '@11ty/eleventy/UserConfig';
import type { DateTime } from 'luxon';
import { listingDate, lastModified } from '../collections/site-content.ts';
import { leadPhoto, type Entry } from '../content/load.ts';
import type { PlanReport } from '../plan/parse-plan.ts';
import { absoluteUrl } from '../site/settings.ts';
import { campaignPhase } from '../calendar/campaign-calendar.ts';
import { eventEndsAt } from '../calendar/event-timing.ts';
import { urls } from '../site/urls.ts';
import { reportRoute, secondTierSentence } from '../plan/report-text.ts';
import { activityLabel, districtLabel } from '../content/labels.ts';
import { KIND_LABELS, searchFacets } from '../search/facets.ts';
import { capitalizeFirst } from '../text/normalize.ts';
import { slugify } from '../text/slug.ts';
import { formatDateTimeVi, formatDateVi, formatShortDateVi, formatTimeVi, isoDate, isoDateTime } from '../time/vietnam-time.ts';
import type { BuildState } from './build-state.ts';

/** Filters the layouts call: layouts format, they do not compute. */
export function filtersPlugin(eleventyConfig: UserConfig, state: BuildState): void {
  const filters: Record<string, (...args: never[]) => unknown> = {
    dateVi: (value: DateTime) => formatDateVi(value),
    dateTimeVi: (value: DateTime) => formatDateTimeVi(value),
    shortDateVi: (value: DateTime) => formatShortDateVi(value),
    timeVi: (value: DateTime) => formatTimeVi(value),
    isoDateTime: (value: DateTime) => isoDateTime(value),
    isoDate: (value: DateTime) => isoDate(value),
    absoluteUrl: (sitePath: string) => absoluteUrl(state.settings, sitePath),
    leadPhoto: (entry: Entry) => leadPhoto(entry),
    kindLabel: (kind: Entry['kind']) => KIND_LABELS[kind],
    listingDate: (entry: Entry) => listingDate(entry),
    lastModified: (entry: Entry) => lastModified(entry),
    head: <T>(items: T[], count: number) => items.slice(0, count),
    slugify: (text: string) => slugify(text),
    ucfirst: (text: string) => capitalizeFirst(text),
    tagUrl: (name: string) => urls.tag(name),
    unitUrl: (id: string) => urls.unit(id),
    districtUrl: (slug: string) => urls.district(slug),
    activityUrl: (id: number) => urls.activity(id),
    unit: (id: string) => state.reference.units.find((unit) => unit.id === id),
    bodyUrl: (id: number) => state.site.organisations.find((organisation) => organisation.isBodyHub && organisation.body?.id === id)?.url,
    activity: (id: number) => state.reference.activities.find((activity) => activity.id === id),
    activityLabel: (id: number) => activityLabel(state.reference.activities.find((activity) => activity.id === id)!),
    districtLabel: (district: { fullName: string }) => districtLabel(district),
    searchFacets: () => searchFacets(state.reference),
    campaignPhase: (now: DateTime) => campaignPhase(state.reference.plan, state.site, now),
    reportRoute: (report: PlanReport) => reportRoute(report),
    secondTierSentence: (report: PlanReport) => secondTierSentence(report),
    hasEnded: (event: Entry) => event.kind === 'event' && eventEndsAt(event) <= state.settings.now,
  };
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);
  // The URL map for links in layouts (`{{ urls.stories() }}`): a Nunjucks global, not data copied into every page.
  eleventyConfig.addNunjucksGlobal('urls', urls);
}
