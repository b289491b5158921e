import type { DateTime } from 'luxon';
import type { PlanActivity } from '../plan/parse-plan.ts';
import type { District, Unit } from './reference.ts';
import type { Event, ImageField, Page, Profile, Story } from './schema.ts';

/**
 * The entry model: what a checked content file is (types from the zod
 * schemas) and the few facts every consumer reads of it. Pages, feeds,
 * search records, calendars and share cards call these accessors rather
 * than re-deriving them per kind, so a change to what an entry shows is made
 * here once. Pure: no file, Eleventy or build state.
 */

/** The four kinds of content; the folder a file sits in decides its kind (load.ts). */
export type ContentKind = 'story' | 'profile' | 'event' | 'page';

/** A photo with its file resolved on disk. */
export interface ResolvedImage extends ImageField {
  /** Absolute path of the source photo. */
  path: string;
}

export interface EntryMeta {
  slug: string;
  url: string;
  /** Project-relative path, as shown in messages: content/tin-tuc/x.md */
  file: string;
  /** Absolute path of the Markdown file. */
  sourcePath: string;
  /** Absolute paths of the photos placed in the body. */
  bodyPhotos: string[];
  /** The Markdown body (NFC), for consumers that read the text without Eleventy (the search index). */
  body: string;
}

export type StoryEntry = EntryMeta & { kind: 'story' } & Omit<Story, 'image'> & { image: ResolvedImage };
export type ProfileEntry = EntryMeta & { kind: 'profile' } & Omit<Profile, 'photo'> & { photo: ResolvedImage };
export type EventEntry = EntryMeta & { kind: 'event' } & Omit<Event, 'image'> & { image?: ResolvedImage };
export type PageEntry = EntryMeta & { kind: 'page' } & Page;
export type Entry = StoryEntry | ProfileEntry | EventEntry | PageEntry;
/** The kinds listed, fed, indexed and given a share card: a page is none of these. */
export const LISTED_KINDS = ['story', 'profile', 'event'] as const satisfies readonly ContentKind[];
/** A story, profile or event. */
export type ListedEntry = Extract<Entry, { kind: (typeof LISTED_KINDS)[number] }>;

/**
 * What readers call each kind of entry: the kicker of a card, a share card and
 * an embed line, and the type filter of search. One wording everywhere.
 */
export const KIND_LABELS = {
  story: 'Tin bài',
  profile: 'Gương tự học',
  event: 'Sự kiện',
  page: 'Trang',
} as const satisfies Record<ContentKind, string>;

/** @example kindLabel('profile') === 'Gương tự học' */
export function kindLabel<K extends ContentKind>(kind: K): (typeof KIND_LABELS)[K] {
  return KIND_LABELS[kind];
}

/**
 * The front-matter field that holds an entry's title: a profile is titled by
 * the person's name. For checks that read front matter as written, before
 * there is an entry.
 *
 * @example titleField('profile') === 'name'
 */
export function titleField(kind: ContentKind): 'name' | 'title' {
  return kind === 'profile' ? 'name' : 'title';
}

/**
 * The front-matter field that holds an entry's districts: a story lists
 * them, a profile or an event names one. For checks on front matter as written.
 *
 * @example districtsField('story') === 'districts'
 */
export function districtsField(kind: Exclude<ContentKind, 'page'>): 'districts' | 'district' {
  return kind === 'story' ? 'districts' : 'district';
}

/** @example entryTitle(profile) === profile.name; entryTitle(story) === story.title */
export function entryTitle(entry: Entry): string {
  return entry.kind === 'profile' ? entry.name : entry.title;
}

/**
 * The line that sums an entry up under its title (meta description, social
 * cards): a story's sapo, a profile's quote, an event's or page's description.
 *
 * @example entrySummary(story) === story.lead
 */
export function entrySummary(entry: Entry): string | undefined {
  switch (entry.kind) {
    case 'story':
      return entry.lead;
    case 'profile':
      return entry.quote;
    case 'event':
    case 'page':
      return entry.description;
  }
}

/**
 * Where an entry happens: a story may cover several districts, a profile and
 * an event have one, a page none.
 *
 * @example entryDistricts(event) deep-equals [event.district]
 */
export function entryDistricts(entry: Entry): readonly District[] {
  switch (entry.kind) {
    case 'story':
      return entry.districts;
    case 'profile':
    case 'event':
      return [entry.district];
    case 'page':
      return [];
  }
}

/** The plan's activities an entry reports on, as resolved when its file was read (never looked up again). */
export function entryActivities(entry: Entry): readonly PlanActivity[] {
  return entry.kind === 'page' ? [] : entry.activities;
}

/** The unit that published an entry; a page has none. */
export function entryUnit(entry: Entry): Unit | undefined {
  return entry.kind === 'page' ? undefined : entry.unit;
}

/** An entry's topics; a page has none. */
export function entryTags(entry: Entry): readonly string[] {
  return entry.kind === 'page' ? [] : entry.tags;
}

/** An entry's lead photo: a story's or event's image, a profile's portrait. */
export function leadPhoto(entry: Entry | undefined): ResolvedImage | undefined {
  if (!entry || entry.kind === 'page') return undefined;
  return entry.kind === 'profile' ? entry.photo : entry.image;
}

/** Files of every photo an entry shows: its lead photo and the photos in its body. */
export function photosOf(entry: Entry | undefined): string[] {
  if (!entry) return [];
  const lead = leadPhoto(entry);
  return lead ? [lead.path, ...entry.bodyPhotos] : entry.bodyPhotos;
}

/** The date an entry is listed under: publish time, or an event's start. */
export function listingDate(entry: ListedEntry): DateTime;
export function listingDate(entry: Entry): DateTime | undefined;
export function listingDate(entry: Entry): DateTime | undefined {
  switch (entry.kind) {
    case 'story':
    case 'profile':
      return entry.published;
    case 'event':
      return entry.start;
    case 'page':
      return undefined;
  }
}

/** Last time an entry changed, for sitemaps and dateModified. */
export function lastModified(entry: Entry): DateTime | undefined {
  return entry.kind === 'story' ? entry.updated ?? entry.published : listingDate(entry);
}
