import { kindLabel } from '../content/entry.ts';
import { activityLabel, districtLabel } from '../content/labels.ts';
import type { ReferenceData } from '../content/reference.ts';
import { compareVi } from '../text/collate.ts';

/**
 * The search filters' values, in Vietnamese, written the same way into each
 * indexed page and into the search page's menus, so the menus need no
 * download from the index.
 */
export const SEARCH_TYPES = [kindLabel('story'), kindLabel('profile'), kindLabel('event'), 'Đơn vị', 'Hoạt động của Kế hoạch', 'Kế hoạch'] as const;

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
