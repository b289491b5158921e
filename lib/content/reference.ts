import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parsePlan, type Plan, type PlanActivity } from '../plan/parse-plan.ts';
import { normalizeDeep } from '../text/normalize.ts';
import { slugify } from '../text/slug.ts';

const districtsFileSchema = z.array(
  z.strictObject({ name: z.string().min(1), kind: z.enum(['thành phố', 'thị xã', 'huyện']) }),
);

const unitsFileSchema = z.array(
  z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(1),
    short: z.string().min(1),
    district: z.string().optional(),
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
}

/** Everything content is checked against: districts, units and the plan's activities. */
export interface ReferenceData {
  districts: District[];
  units: Unit[];
  plan: Plan;
  activities: PlanActivity[];
}

export const PLAN_FILE = 'ke-hoach.txt';

function readYaml(file: string): unknown {
  return normalizeDeep(parseYaml(readFileSync(file, 'utf8')));
}

/** Builds the reference data from already-read files; throws naming the file on bad data. */
export function buildReferenceData(rawDistricts: unknown, rawUnits: unknown, planText: string): ReferenceData {
  const districtRows = districtsFileSchema.safeParse(normalizeDeep(rawDistricts));
  if (!districtRows.success) throw new Error(`data/districts.yaml không hợp lệ: ${z.prettifyError(districtRows.error)}`);
  const districts = districtRows.data.map((row) => ({ ...row, slug: slugify(row.name), fullName: `${row.kind} ${row.name}` }));

  const unitRows = unitsFileSchema.safeParse(normalizeDeep(rawUnits));
  if (!unitRows.success) throw new Error(`data/units.yaml không hợp lệ: ${z.prettifyError(unitRows.error)}`);
  const units = unitRows.data.map((row) => {
    if (row.district === undefined) return { ...row, district: undefined };
    const district = districts.find((candidate) => candidate.slug === slugify(row.district!));
    if (!district) throw new Error(`data/units.yaml: đơn vị ${row.id} ghi địa phương "${row.district}" không có trong data/districts.yaml`);
    return { ...row, district: district.slug };
  });
  const plan = parsePlan(planText);
  return { districts, units, plan, activities: plan.activities };
}

export function loadReferenceData(dataDir: string): ReferenceData {
  return buildReferenceData(
    readYaml(path.join(dataDir, 'districts.yaml')),
    readYaml(path.join(dataDir, 'units.yaml')),
    readFileSync(path.join(dataDir, PLAN_FILE), 'utf8'),
  );
}
