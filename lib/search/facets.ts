import { activityLabel, districtLabel } from '../content/labels.ts';
import type { ContentKind } from '../content/load.ts';
import type { ReferenceData } from '../content/reference.ts';
import { compareVi } from '../text/collate.ts';

/**
 * The search filters' values, in Vietnamese, written the same way into each
 * indexed page and into the search page's menus, so the menus need no
 * download from the index.
 */
export const SEARCH_TYPES = ['Tin bài', 'Gương tự học', 'Sự kiện', 'Đơn vị', 'Hoạt động của Kế hoạch', 'Kế hoạch'] as const;

/** What readers call each kind of entry, in search results and on the site. */
export const KIND_LABELS = {
  story: 'Tin bài',
  profile: 'Gương tự học',
  event: 'Sự kiện',
  page: 'Trang',
} as const satisfies Record<ContentKind, string>;

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
