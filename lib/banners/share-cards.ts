import { entryTitle, kindLabel, type Entry, type ListedEntry } from '../content/entry.ts';

/** What an entry's 1200 × 630 share card says: its title under its kind ("Tin bài", "Gương tự học", "Sự kiện"). */
export interface ShareCardSubject {
  entry: ListedEntry;
  title: string;
  kicker: string;
}

/**
 * The share cards a build draws: one per story, profile and event (a profile
 * titled by the person's name), none for a page. Drawn before the pages
 * render, so the <head> of each page only looks its card up.
 *
 * @example shareCardSubjects([profile]) deep-equals [{ entry: profile, title: profile.name, kicker: 'Gương tự học' }]
 */
export function shareCardSubjects(entries: readonly Entry[]): ShareCardSubject[] {
  return entries.flatMap((entry) => (entry.kind === 'page' ? [] : [{ entry, title: entryTitle(entry), kicker: kindLabel(entry.kind) }]));
}

/**
 * The card's description for readers who cannot see it (og:image:alt): its
 * kicker and the title as drawn (shortened with "…" when it did not fit).
 *
 * @example shareCardAlt(story, 'Khai mạc Tuần lễ') === 'Tin bài: Khai mạc Tuần lễ'
 */
export function shareCardAlt(entry: ListedEntry, drawnTitle: string): string {
  return `${kindLabel(entry.kind)}: ${drawnTitle}`;
}
