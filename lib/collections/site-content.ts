import type { DateTime } from 'luxon';
import type { District, ReferenceData } from '../content/reference.ts';
import { buildOrganisations, type Organisation } from './organisations.ts';
import type { PlanActivity } from '../plan/parse-plan.ts';
import { entryActivities, entryDistricts, entryTags, entryUnit, lastModified, listingDate, type Entry, type EventEntry, type PageEntry, type ProfileEntry, type StoryEntry } from '../content/entry.ts';
import { isShown } from '../content/visibility.ts';
import { compareVi, sortByVi } from '../text/collate.ts';
import { slugify } from '../text/slug.ts';
import { searchUrl, urls } from '../site/urls.ts';
import { activityLabel, districtLabel } from '../content/labels.ts';
import { paginateGroups, type Group, type GroupPage } from './paginate.ts';

/** Everything listed on the site: public entries only, sorted once per build. */
export interface SiteContent {
  stories: StoryEntry[];
  profiles: ProfileEntry[];
  events: EventEntry[];
  pages: PageEntry[];
  /** Stories, profiles and events, newest first. */
  all: Entry[];
  storyPages: GroupPage<Entry>[];
  profilePages: GroupPage<Entry>[];
  tagPages: GroupPage<Entry>[];
  /** /don-vi/ pages: units and Plan bodies. */
  organisationPages: GroupPage<Entry, Organisation>[];
  organisations: Organisation[];
  /** /ke-hoach/hoat-dong/<n>/ pages. */
  activityPages: GroupPage<Entry, PlanActivity>[];
  districtPages: GroupPage<Entry>[];
  /** Every entry of each hub (tag, unit or body, activity, district) by the hub's address, newest first: its pages list only the newest. */
  hubEntries: Map<string, Entry[]>;
  /** Tags in use, in Vietnamese alphabetical order, with their counts. */
  tags: { name: string; url: string; count: number }[];
  /** Every public page worth indexing, with its last change where known. */
  sitemap: SitemapEntry[];
}

export interface SitemapEntry {
  url: string;
  lastModified?: DateTime;
}

function newest(entries: readonly Entry[]): DateTime | undefined {
  let latest: DateTime | undefined;
  for (const entry of entries) {
    const time = lastModified(entry);
    if (time && (!latest || time > latest)) latest = time;
  }
  return latest;
}

const newestFirst = (a: Entry, b: Entry) => (listingDate(b)?.toMillis() ?? 0) - (listingDate(a)?.toMillis() ?? 0);

/**
 * Entries by each key they carry, in their given order, in one pass (a hub per
 * tag, unit, activity or district would otherwise scan every entry).
 */
export function groupBy<T extends Entry>(entries: readonly T[], keysOf: (entry: T) => readonly (string | undefined)[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) {
      if (key === undefined) continue;
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}

/**
 * Pages per hub (tag, unit, activity, district): a hub lists its newest items;
 * the whole archive stays in the paginated news list and in search, where its
 * last page points. Thousands of deep hub pages nobody opens would otherwise
 * make every build and every edit slower.
 */
export const HUB_PAGES = 10;

/**
 * Builds the site's listings from the loaded entries. Drafts and embargoed
 * entries are dropped here, once, so no listing can show them (a preview keeps them).
 */
export function buildSiteContent(entries: readonly Entry[], reference: ReferenceData, now: DateTime, perPage: number, preview = false): SiteContent {
  const visible = entries.filter((entry) => isShown(entry, now, preview));
  const stories = visible.filter((entry): entry is StoryEntry => entry.kind === 'story').sort(newestFirst);
  const profiles = visible.filter((entry): entry is ProfileEntry => entry.kind === 'profile').sort(newestFirst);
  const events = visible
    .filter((entry): entry is EventEntry => entry.kind === 'event')
    .sort((a, b) => a.start.toMillis() - b.start.toMillis() || compareVi(a.title, b.title));
  const pages = sortByVi(
    visible.filter((entry): entry is PageEntry => entry.kind === 'page'),
    (page) => page.title,
  );
  const all = [...stories, ...profiles, ...events].sort(newestFirst);

  const tagNames = new Map<string, string>();
  for (const entry of all) for (const tag of entryTags(entry)) if (!tagNames.has(slugify(tag))) tagNames.set(slugify(tag), tag);
  const byTag = groupBy(all, (entry) => entryTags(entry).map(slugify));
  const byUnit = groupBy(all, (entry) => [entryUnit(entry)?.id]);
  const byActivity = groupBy(all, (entry) => entryActivities(entry).map((activity) => String(activity.id)));
  const byDistrict = groupBy(all, (entry) => entryDistricts(entry).map((district) => district.slug));
  const tagGroups: Group<Entry>[] = sortByVi([...tagNames.entries()], ([, name]) => name).map(([key, name]) => ({
    key,
    about: undefined,
    title: name,
    baseUrl: urls.tag(name),
    items: byTag.get(key) ?? [],
    moreUrl: searchUrl({ q: name }),
  }));

  const organisations = buildOrganisations(reference.units, reference.plan.bodies);
  const organisationGroups: Group<Entry, Organisation>[] = sortByVi(organisations, (organisation) => organisation.name).map((organisation) => ({
    key: organisation.key,
    about: organisation,
    title: organisation.name,
    baseUrl: organisation.url,
    items:
      organisation.memberUnitIds.length === 1
        ? byUnit.get(organisation.memberUnitIds[0]!) ?? []
        : all.filter((entry) => organisation.memberUnitIds.includes(entryUnit(entry)?.id ?? '')),
    // One publishing unit is one search filter value; a body's hub gathers several.
    moreUrl: searchUrl({ 'don-vi': organisation.memberUnitIds.length === 1 ? reference.units.find((unit) => unit.id === organisation.memberUnitIds[0])?.name : undefined }),
  }));

  const activityGroups: Group<Entry, PlanActivity>[] = reference.activities.map((activity) => ({
    key: String(activity.id),
    about: activity,
    title: activityLabel(activity),
    baseUrl: urls.activity(activity.id),
    items: byActivity.get(String(activity.id)) ?? [],
    moreUrl: searchUrl({ 'hoat-dong': activityLabel(activity) }),
  }));

  const districtGroups: Group<Entry>[] = sortByVi(reference.districts, (district: District) => district.name).map((district) => ({
    key: district.slug,
    about: undefined,
    title: district.fullName,
    baseUrl: urls.district(district.slug),
    items: byDistrict.get(district.slug) ?? [],
    moreUrl: searchUrl({ 'dia-phuong': districtLabel(district) }),
  }));

  const storyPages = paginateGroups([{ key: 'tin-tuc', about: undefined, title: 'Tin tức', baseUrl: urls.stories(), items: stories }], perPage);
  const profilePages = paginateGroups([{ key: 'guong-tu-hoc', about: undefined, title: 'Gương tự học', baseUrl: urls.profiles(), items: profiles }], perPage);
  const tagPages = paginateGroups(tagGroups, perPage, HUB_PAGES);
  const organisationPages = paginateGroups(organisationGroups, perPage, HUB_PAGES);
  const activityPages = paginateGroups(activityGroups, perPage, HUB_PAGES);
  const districtPages = paginateGroups(districtGroups, perPage, HUB_PAGES);
  const listingPages = [...storyPages, ...profilePages, ...tagPages, ...organisationPages, ...activityPages, ...districtPages];
  const sitemap: SitemapEntry[] = [
    { url: urls.home(), lastModified: newest(all) },
    { url: urls.calendar(), lastModified: newest(events) },
    { url: urls.plan() },
    { url: urls.kit() },
    { url: urls.partners() },
    ...listingPages.map((page) => ({ url: page.url, lastModified: newest(page.items) })),
    ...[...all, ...pages].map((entry) => ({ url: entry.url, lastModified: lastModified(entry) })),
  ];

  return {
    stories,
    profiles,
    events,
    pages,
    all,
    storyPages,
    profilePages,
    tagPages,
    organisationPages,
    organisations,
    activityPages,
    districtPages,
    hubEntries: new Map([...tagGroups, ...organisationGroups, ...activityGroups, ...districtGroups].map((group) => [group.baseUrl, group.items])),
    tags: tagGroups.map((group) => ({ name: group.title, url: group.baseUrl, count: group.items.length })),
    sitemap,
  };
}
