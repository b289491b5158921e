import type UserConfig from '@11ty/eleventy/UserConfig';
import type { DateTime } from 'luxon';
import { fitTitle } from '../seo/page-title.ts';
import { googleCalendarUrl, mapUrl } from '../calendar/links.ts';
import { entryActivities, entryDistricts, entrySummary, entryTitle, kindLabel, lastModified, leadPhoto, listingDate, type Entry, type EventEntry, type StoryEntry } from '../content/entry.ts';
import { EVENT_FORMATS } from '../content/schema.ts';
import { previewState } from '../content/visibility.ts';
import type { PlanActivity, PlanReport } from '../plan/parse-plan.ts';
import { absoluteUrl } from '../site/settings.ts';
import { campaignPhase } from '../calendar/campaign-calendar.ts';
import { eventEndsAt } from '../calendar/event-timing.ts';
import { urls } from '../site/urls.ts';
import { reportRoute, secondTierSentence } from '../plan/report-text.ts';
import { reportCsv, reportMarkdown, type ResultsReport } from '../report/results-report.ts';
import { splitParagraphs } from '../plan/text.ts';
import { activityLabel, districtLabel } from '../content/labels.ts';
import { searchFacets } from '../search/facets.ts';
import { capitalizeFirst } from '../text/normalize.ts';
import { formatBytes } from '../text/numbers.ts';
import { slugify } from '../text/slug.ts';
import { formatDateTimeVi, formatDateVi, formatShortDateVi, formatTimeVi, isoDate, isoDateTime, timeSpanHtml } from '../time/vietnam-time.ts';
import type { BuildState } from './build-state.ts';

/**
 * Filters the layouts call: layouts format, they do not compute. Every
 * filter that is a function of its arguments, the build's data and settings
 * is registered here. The few that look up what another plugin prepares in
 * the same build stay beside it: `card` (cards-plugin), `shareImage`
 * (banners-plugin), `picture` (images-plugin), `sharePhoto` and `jsonLd`
 * (seo-plugin, with the photos), `calendarFor` (calendar-plugin); and
 * `feedLinks` with the feed paths the seo-plugin announces.
 */
export function filtersPlugin(eleventyConfig: UserConfig, state: BuildState): void {
  const filters: Record<string, (...args: never[]) => unknown> = {
    dateVi: (value: DateTime) => formatDateVi(value),
    dateTimeVi: (value: DateTime) => formatDateTimeVi(value),
    shortDateVi: (value: DateTime) => formatShortDateVi(value),
    timeVi: (value: DateTime) => formatTimeVi(value),
    isoDateTime: (value: DateTime) => isoDateTime(value),
    isoDate: (value: DateTime) => isoDate(value),
    numberVi: (value: number) => value.toLocaleString('vi-VN'),
    fileSizeVi: (bytes: number) => formatBytes(bytes),
    // HTML (<time> elements): output with `| safe`.
    timeSpanVi: (event: Pick<EventEntry, 'start' | 'end' | 'allDay'>) => timeSpanHtml(event.start, event.end, event.allDay),
    absoluteUrl: (sitePath: string) => absoluteUrl(state.settings, sitePath),
    // The site's name follows a page's title where the whole fits; the home page is the site's title.
    // `keep`: a tail no cut may drop, such as a listing's " — trang 2".
    pageTitle: (title: string | undefined, keep?: string) =>
      fitTitle(title ? [`${title} — ${state.settings.shortTitle}`, title] : [state.settings.title], { lexicon: state.lexicon, keep: keep ?? '' }),
    fitTitle: (choices: string[]) => fitTitle(choices, { lexicon: state.lexicon }),
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
    reportMarkdown: (report: ResultsReport) => reportMarkdown(report),
    reportCsv: (report: ResultsReport) => reportCsv(report),
    hasEnded: (event: Entry) => event.kind === 'event' && eventEndsAt(event) <= state.settings.now,
    formatSlug: (format: keyof typeof EVENT_FORMATS) => EVENT_FORMATS[format],
    mapUrl: (event: EventEntry) => mapUrl(event, state.reference.campaign.province),
    googleCalendarUrl: (event: EventEntry) => googleCalendarUrl(event, absoluteUrl(state.settings, event.url)),
    /** Stories published in the last `days` days before the build's now, for the news sitemap. */
    recentStories: (stories: StoryEntry[], days: number) => {
      const since = state.settings.now.minus({ days });
      return stories.filter((story) => story.published > since);
    },
    // In a preview (npm start) only: "BẢN NHÁP" or "CHƯA CÔNG BỐ" on an entry readers cannot see yet.
    previewState: (entry: Entry | undefined) => (entry && state.settings.preview ? previewState(entry, state.settings.now) : undefined),
  };
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);
  // The URL map for links in layouts (`{{ urls.stories() }}`): a Nunjucks global, not data copied into every page.
  eleventyConfig.addNunjucksGlobal('urls', urls);
}
