import type { PlanActivity } from '../plan/parse-plan.ts';
import { capitalizeFirst } from '../text/normalize.ts';
import type { District } from './reference.ts';

/*
 * How an activity and a district are named wherever the site lists them:
 * search filters, feed categories, hub titles, calendar filters and entry facts.
 */

/** @example activityLabel({ id: 2, shortName: 'Lễ khai mạc' }) === 'Hoạt động 2: Lễ khai mạc' */
export function activityLabel(activity: Pick<PlanActivity, 'id' | 'shortName'>): string {
  return `Hoạt động ${activity.id}: ${activity.shortName}`;
}

/** @example districtLabel({ fullName: 'huyện Hoằng Hóa' }) === 'Huyện Hoằng Hóa' */
export function districtLabel(district: Pick<District, 'fullName'>): string {
  return capitalizeFirst(district.fullName);
}
