import { existsSync, readFileSync } from 'node:fs';
import { EditorError } from '../issues/editor-error.ts';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { levelForDate, placeWording, PLACES_FILE, readPlaceList, type Place, type PlaceList } from '../places/place-list.ts';
import { parsePlan, type Plan, type PlanActivity } from '../plan/parse-plan.ts';
import { readShortNames, SHORT_NAMES_FILE, withShortNames } from '../plan/short-names.ts';
import type { ContentIssue } from '../issues/content-issue.ts';
import { campaignIdentity, type CampaignIdentity } from '../plan/campaign-identity.ts';
import { normalizeDeep } from '../text/normalize.ts';
import { sameSpelling } from '../text/spelling.ts';
import { readUnits, UNITS_FILE } from './units-file.ts';

/**
 * A place of the campaign's list (data/dia-phuong.yaml), whatever its level:
 * a district-level unit before July 2025 ("huyện Hoằng Hóa"), a commune,
 * ward or special zone after ("phường Thành Sen"). The code calls it a
 * district, as the content fields do (`district`, `districts`).
 */
export type District = Place;

export interface Unit {
  id: string;
  name: string;
  short: string;
  /** Slug of the unit's district, for district-level units. */
  district?: string;
  /** Id of the Plan body this unit is (its page is that body's hub). */
  body?: number;
  /** Id of the Plan body whose tasks this unit carries out. */
  partOf?: number;
  /** The unit's published phone and e-mail, as written in data/units.yaml. */
  contacts?: string[];
}

/** Everything content is checked against: places, units and the plan's activities. */
export interface ReferenceData {
  /** The places of data/dia-phuong.yaml. */
  districts: District[];
  /** The list's province, level and how pages name its places ("Địa phương" or "Xã, phường"). */
  places: Omit<PlaceList, 'places'>;
  units: Unit[];
  plan: Plan;
  /** The plan's activities, each with its short name from data/hoat-dong.yaml. */
  activities: PlanActivity[];
  /** Problems of data/hoat-dong.yaml (missing, duplicate or unknown short names): errors of the publishing gate. */
  activityNameIssues: ContentIssue[];
  /**
   * Problems of data/units.yaml and data/dia-phuong.yaml, each with its line: a body not in the plan
   * (the plan's bodies listed), a place not in the list, a place list of another province or level.
   * The publishing gate reports them with every content problem, so a new campaign sees them all at once.
   */
  dataIssues: ContentIssue[];
  /** Province, issuer, year, names and theme: from the plan and the `campaign` block of data/site.yaml. */
  campaign: CampaignIdentity;
}

export const PLAN_FILE = 'ke-hoach.txt';

function readYaml(file: string): unknown {
  return normalizeDeep(parseYaml(readFileSync(file, 'utf8')));
}

/** The files reference data is built from, as written. */
export interface ReferenceSources {
  /** data/ke-hoach.txt. */
  plan: string;
  /** data/units.yaml; none: no units (tests that build from a plan alone). */
  units?: string;
  /** data/dia-phuong.yaml; undefined: no places (tests that build from a plan alone); null: the file is missing. */
  places?: string | null;
  /** The `campaign` block of data/site.yaml (without one, the province is read from the plan's issuer). */
  campaign?: unknown;
  /** data/hoat-dong.yaml; undefined: the proposed names stand, unreported; null: the file is missing. */
  shortNames?: string | null;
}

/**
 * Builds the reference data from already-read files. A file that cannot be
 * read at all throws naming it; problems of single rows (a body not in the
 * plan, a place of another kind) come back as issues for the publishing gate.
 */
export function buildReferenceData(sources: ReferenceSources): ReferenceData {
  const parsed = parsePlan(sources.plan);
  const shortNames = sources.shortNames === undefined ? { names: new Map<number, string>(), issues: [] } : readShortNames(sources.shortNames, parsed.activities);
  const plan = { ...parsed, activities: withShortNames(parsed.activities, shortNames.names) };
  const campaign = campaignIdentity(plan, sources.campaign);
  const placeFile = `data/${PLACES_FILE}`;
  const { list, issues: placeIssues } =
    sources.places === undefined
      ? { list: { province: campaign.province, level: levelForDate(plan.start), places: [], wording: placeWording(levelForDate(plan.start), []) }, issues: [] }
      : readPlaceList(sources.places, placeFile);
  const { places: districts, ...places } = list;
  const { units, issues: unitIssues } = sources.units === undefined ? { units: [], issues: [] } : readUnits(sources.units, plan.bodies, districts);
  return { districts, places, units, plan, activities: plan.activities, activityNameIssues: shortNames.issues, dataIssues: [...placeListIssues(list, campaign, placeFile, sources.places), ...placeIssues, ...unitIssues], campaign };
}

/** A list of another province is an error; a district-level list for a week after the district level was abolished, a warning. */
function placeListIssues(list: PlaceList, campaign: CampaignIdentity, file: string, source: string | null | undefined): ContentIssue[] {
  if (!source) return [];
  const lineOf = (key: string) => Math.max(1, source.split('\n').findIndex((line) => line.startsWith(`${key}:`)) + 1);
  const issues: ContentIssue[] = [];
  if (!sameSpelling(list.province, campaign.province)) {
    issues.push({ file, line: lineOf('province'), field: 'province', expected: `danh sách địa phương của ${campaign.provinceFull} (tỉnh của Tuần lễ, data/site.yaml)`, got: `"${list.province}"`, hint: 'thay bằng danh sách địa phương của tỉnh mới', severity: 'error' });
  }
  if (list.level === 'huyện' && levelForDate(campaign.start) === 'xã') {
    issues.push({ file, line: lineOf('level'), field: 'level', expected: `địa phương cấp xã (Tuần lễ năm ${campaign.year}: từ 1/7/2025 không còn cấp huyện)`, got: '"cấp huyện"', hint: 'ghi level: cấp xã và danh sách xã, phường, đặc khu theo nghị quyết sắp xếp của tỉnh', severity: 'warning' });
  }
  return issues;
}

function readText(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

export function loadReferenceData(dataDir: string): ReferenceData {
  if (!existsSync(path.join(dataDir, PLACES_FILE)) && existsSync(path.join(dataDir, 'districts.yaml'))) {
    throw new EditorError(`data/districts.yaml nay là data/${PLACES_FILE}: đổi tên tệp và ghi thêm ở đầu tệp "province: <tên tỉnh>", "level: cấp huyện" (hoặc cấp xã), "places:" trước danh sách (xem README, mục Địa phương)`);
  }
  return buildReferenceData({
    plan: readFileSync(path.join(dataDir, PLAN_FILE), 'utf8'),
    units: readFileSync(path.join(dataDir, UNITS_FILE), 'utf8'),
    places: readText(path.join(dataDir, PLACES_FILE)),
    campaign: (readYaml(path.join(dataDir, 'site.yaml')) as { campaign?: unknown } | null)?.campaign,
    shortNames: readText(path.join(dataDir, SHORT_NAMES_FILE)),
  });
}
