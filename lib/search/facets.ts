import { kindLabel } from '../content/entry.ts';
import type { District, ReferenceData } from '../content/reference.ts';
import type { PlanActivity } from '../plan/parse-plan.ts';
import { compareVi } from '../text/collate.ts';
import { capitalizeFirst } from '../text/normalize.ts';

/**
 * The search filters' values, in Vietnamese, written the same way into each
 * indexed page and into the search page's menus, so the menus need no
 * download from the index.
 */
export const SEARCH_TYPES = [kindLabel('story'), kindLabel('profile'), kindLabel('event'), 'Đơn vị', 'Hoạt động của Kế hoạch', 'Kế hoạch'] as const;

/** @example activityLabel({ id: 2, shortName: 'Lễ khai mạc' }) === 'Hoạt động 2: Lễ khai mạc' */
export function activityLabel(activity: Pick<PlanActivity, 'id' | 'shortName'>): string {
  return `Hoạt động ${activity.id}: ${activity.shortName}`;
}

/** @example districtLabel({ fullName: 'huyện Hoằng Hóa' }) === 'Huyện Hoằng Hóa' */
export function districtLabel(district: Pick<District, 'fullName'>): string {
  return capitalizeFirst(district.fullName);
}

export interface SearchFacets {
  type: readonly string[];
  unit: string[];
  district: string[];
  activity: string[];
}

export function searchFacets(reference: ReferenceData): SearchFacets {
  return {
    type: SEARCH_TYPES,
    unit: reference.units.map((unit) => unit.name).sort(compareVi),
    district: [...reference.districts].sort((a, b) => compareVi(a.name, b.name)).map(districtLabel),
    activity: reference.activities.map(activityLabel),
  };
}
