import { EditorError } from '../issues/editor-error.ts';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parsePlan, type Plan, type PlanActivity, type PlanBody } from '../plan/parse-plan.ts';
import { readShortNames, SHORT_NAMES_FILE, withShortNames } from '../plan/short-names.ts';
import type { ContentIssue } from '../issues/content-issue.ts';
import { campaignIdentity, type CampaignIdentity } from '../plan/campaign-identity.ts';
import { normalizeDeep } from '../text/normalize.ts';
import { slugify } from '../text/slug.ts';
import { suggestClosest } from '../text/suggest.ts';

const districtsFileSchema = z.array(
  z.strictObject({ name: z.string().min(1), kind: z.enum(['thành phố', 'thị xã', 'huyện']) }),
);

const unitsFileSchema = z.array(
  z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(1),
    short: z.string().min(1),
    district: z.string().optional(),
    body: z.string().optional(),
    partOf: z.string().optional(),
    // The unit's published contact: may appear in stories and profiles (personal data of private persons may not).
    phone: z.union([z.string(), z.number()]).transform(String).optional(),
    email: z.string().optional(),
  }),
);

export interface District {
  slug: string;
  name: string;
  kind: 'thành phố' | 'thị xã' | 'huyện';
  /** "huyện Hoằng Hóa", "thành phố Sầm Sơn". */
  fullName: string;
}

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

/** Everything content is checked against: districts, units and the plan's activities. */
export interface ReferenceData {
  districts: District[];
  units: Unit[];
  plan: Plan;
  /** The plan's activities, each with its short name from data/hoat-dong.yaml. */
  activities: PlanActivity[];
  /** Problems of data/hoat-dong.yaml (missing, duplicate or unknown short names): errors of the publishing gate. */
  activityNameIssues: ContentIssue[];
  /** Province, issuer, year, names and theme: from the plan and the `campaign` block of data/site.yaml. */
  campaign: CampaignIdentity;
}

export const PLAN_FILE = 'ke-hoach.txt';

function readYaml(file: string): unknown {
  return normalizeDeep(parseYaml(readFileSync(file, 'utf8')));
}

/**
 * Builds the reference data from already-read files; throws naming the file on bad data.
 * `rawCampaign` is the `campaign` block of data/site.yaml (without one, the province is read from the plan's issuer).
 */
export function buildReferenceData(rawDistricts: unknown, rawUnits: unknown, planText: string, rawCampaign?: unknown, shortNamesText?: string | null): ReferenceData {
  const districtRows = districtsFileSchema.safeParse(normalizeDeep(rawDistricts));
  if (!districtRows.success) throw new EditorError(`data/districts.yaml không hợp lệ: ${z.prettifyError(districtRows.error)}`);
  const districts = districtRows.data.map((row) => ({ ...row, slug: slugify(row.name), fullName: `${row.kind} ${row.name}` }));

  const parsed = parsePlan(planText);
  // Without a names file (tests building reference data from a plan alone) the proposed names stand, unreported.
  const shortNames = shortNamesText === undefined ? { names: new Map<number, string>(), issues: [] } : readShortNames(shortNamesText, parsed.activities);
  const plan = { ...parsed, activities: withShortNames(parsed.activities, shortNames.names) };
  const campaign = campaignIdentity(plan, rawCampaign);
  const unitRows = unitsFileSchema.safeParse(normalizeDeep(rawUnits));
  if (!unitRows.success) throw new EditorError(`data/units.yaml không hợp lệ: ${z.prettifyError(unitRows.error)}`);
  const units = unitRows.data.map((row): Unit => {
    const district = row.district === undefined ? undefined : districts.find((candidate) => candidate.slug === slugify(row.district!));
    if (row.district !== undefined && !district) throw new EditorError(`data/units.yaml: đơn vị ${row.id} ghi địa phương "${row.district}" không có trong data/districts.yaml`);
    return {
      id: row.id,
      name: row.name,
      short: row.short,
      district: district?.slug,
      body: row.body === undefined ? undefined : bodyId(plan.bodies, row.id, 'body', row.body),
      partOf: row.partOf === undefined ? undefined : bodyId(plan.bodies, row.id, 'partOf', row.partOf),
      contacts: [row.phone, row.email].filter((contact): contact is string => Boolean(contact)),
    };
  });
  for (const body of plan.bodies) {
    const claimed = units.filter((unit) => unit.body === body.id);
    if (claimed.length > 1) throw new EditorError(`data/units.yaml: ${claimed.map((u) => u.id).join(' và ')} cùng ghi body "${body.name}"; chỉ một đơn vị là cơ quan đó, đơn vị khác ghi partOf`);
  }
  return { districts, units, plan, activities: plan.activities, activityNameIssues: shortNames.issues, campaign };
}

/** A Plan body named in units.yaml, matched whatever the marks; unknown names fail with the closest one. */
function bodyId(bodies: PlanBody[], unitId: string, field: string, name: string): number {
  const found = bodies.find((body) => body.slug === slugify(name));
  if (found) return found.id;
  const close = suggestClosest(name, bodies.map((body) => body.name));
  throw new EditorError(`data/units.yaml: đơn vị ${unitId}, trường ${field} — cần tên một cơ quan trong mục "Tổ chức thực hiện" của Kế hoạch, nhận được "${name}"${close ? ` (có phải "${close}"?)` : ''}`);
}

export function loadReferenceData(dataDir: string): ReferenceData {
  return buildReferenceData(
    readYaml(path.join(dataDir, 'districts.yaml')),
    readYaml(path.join(dataDir, 'units.yaml')),
    readFileSync(path.join(dataDir, PLAN_FILE), 'utf8'),
    (readYaml(path.join(dataDir, 'site.yaml')) as { campaign?: unknown } | null)?.campaign,
    existsSync(path.join(dataDir, SHORT_NAMES_FILE)) ? readFileSync(path.join(dataDir, SHORT_NAMES_FILE), 'utf8') : null,
  );
}
