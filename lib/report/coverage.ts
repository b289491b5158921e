import { groupBy } from '../collections/site-content.ts';
import { entryActivities, entryDistricts, entryUnit, type Entry, type EventEntry, type StoryEntry } from '../content/entry.ts';
import type { ReferenceData } from '../content/reference.ts';
import type { PlanActivity } from '../plan/parse-plan.ts';
import { urls } from '../site/urls.ts';
import { sortByVi } from '../text/collate.ts';

export interface CoverageRow {
  key: string;
  label: string;
  url: string;
  /** Stories and events per activity, in the order of the plan's activities. */
  counts: number[];
  total: number;
}

export interface Coverage {
  activities: PlanActivity[];
  rows: CoverageRow[];
  activityTotals: number[];
  /** Activities no story or event covers yet. */
  uncoveredActivities: PlanActivity[];
  /** Rows (units, districts) with nothing yet. */
  emptyRows: CoverageRow[];
}

/**
 * Counts stories and events per row (a unit, a district) and per plan activity,
 * so organisers see what the campaign has not reached yet.
 *
 * @example coverage(activities, [{ key: 'nga-son', label: 'huyện Nga Sơn', url: '…' }], entries, (e) => entryDistricts(e).map((d) => d.slug))
 */
export function coverage(
  activities: readonly PlanActivity[],
  rows: readonly { key: string; label: string; url: string }[],
  entries: readonly Entry[],
  keysOf: (entry: Entry) => string[],
): Coverage {
  const counted = entries.filter((entry): entry is StoryEntry | EventEntry => entry.kind === 'story' || entry.kind === 'event');
  const perActivity = (group: readonly (StoryEntry | EventEntry)[]) => {
    const byActivity = groupBy(group, (entry) => entryActivities(entry).map((activity) => String(activity.id)));
    return activities.map((activity) => byActivity.get(String(activity.id))?.length ?? 0);
  };
  const byRow = groupBy(counted, keysOf);
  const table = rows.map((row) => {
    const mine = byRow.get(row.key) ?? [];
    return { ...row, counts: perActivity(mine), total: mine.length };
  });
  const activityTotals = perActivity(counted);
  return {
    activities: [...activities],
    rows: table,
    activityTotals,
    uncoveredActivities: activities.filter((_, index) => activityTotals[index] === 0),
    emptyRows: table.filter((row) => row.total === 0),
  };
}

/**
 * The two coverage tables of /bao-cao/: every unit (by its short name) and
 * every district, in Vietnamese alphabetical order, each row linking to its
 * page, so a unit or place with nothing yet is listed too.
 */
export function coverageTables(reference: Pick<ReferenceData, 'activities' | 'units' | 'districts'>, entries: readonly Entry[]): { units: Coverage; districts: Coverage } {
  const units = sortByVi(reference.units, (unit) => unit.name).map((unit) => ({ key: unit.id, label: unit.short, url: urls.unit(unit.id) }));
  const districts = sortByVi(reference.districts, (district) => district.name).map((district) => ({ key: district.slug, label: district.name, url: urls.district(district.slug) }));
  return {
    units: coverage(reference.activities, units, entries, (entry) => [entryUnit(entry)?.id ?? '']),
    districts: coverage(reference.activities, districts, entries, (entry) => entryDistricts(entry).map((district) => district.slug)),
  };
}
