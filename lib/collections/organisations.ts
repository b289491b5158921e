import { EditorError } from '../issues/editor-error.ts';
import type { Unit } from '../content/reference.ts';
import { urls } from '../site/urls.ts';
import type { PlanBody } from '../plan/parse-plan.ts';

/**
 * A page under /don-vi/: a publishing unit, a body of the Plan, or both when a
 * unit is that body (Sở GD&ĐT). Collective bodies ("UBND huyện, thị xã, thành phố")
 * get a page of their own that gathers the units acting under them.
 */
export interface Organisation {
  key: string;
  url: string;
  name: string;
  unit?: Unit;
  /** The Plan body whose tasks the page shows. */
  body?: PlanBody;
  /** True when this page is the body's hub; false for a unit acting under a body. */
  isBodyHub: boolean;
  /** The body's hub, when this page is a unit under it. */
  bodyUrl?: string;
  /** Units whose stories, profiles and events the page lists. */
  memberUnitIds: string[];
}

/**
 * @example buildOrganisations([{ id: 'so-gd', body: 1, … }, { id: 'phong-gd', partOf: 8, … }], bodies)
 * // so-gd is body 1's hub; body 8 gets /don-vi/<its slug>/ listing phong-gd's content
 */
export function buildOrganisations(units: readonly Unit[], bodies: readonly PlanBody[]): Organisation[] {
  const underBody = (id: number) => units.filter((unit) => unit.partOf === id).map((unit) => unit.id);
  const hubUrl = new Map<number, string>();
  const organisations: Organisation[] = units.map((unit) => {
    const body = bodies.find((candidate) => candidate.id === (unit.body ?? unit.partOf));
    if (unit.body !== undefined) hubUrl.set(unit.body, urls.unit(unit.id));
    return {
      key: unit.id,
      url: urls.unit(unit.id),
      name: unit.name,
      unit,
      body,
      isBodyHub: unit.body !== undefined,
      memberUnitIds: unit.body !== undefined ? [unit.id, ...underBody(unit.body)] : [unit.id],
    };
  });
  for (const body of bodies) {
    if (hubUrl.has(body.id)) continue;
    if (organisations.some((organisation) => organisation.key === body.slug)) {
      throw new EditorError(`Trang cơ quan "${body.name}" trùng đường dẫn với đơn vị ${body.slug} trong data/units.yaml`);
    }
    hubUrl.set(body.id, urls.unit(body.slug));
    organisations.push({ key: body.slug, url: urls.unit(body.slug), name: body.name, body, isBodyHub: true, memberUnitIds: underBody(body.id) });
  }
  return organisations.map((organisation) =>
    organisation.body && !organisation.isBodyHub ? { ...organisation, bodyUrl: hubUrl.get(organisation.body.id) } : organisation,
  );
}
