import { describe, expect, it } from 'vitest';
import { buildOrganisations } from '../../lib/collections/organisations.ts';
import type { PlanBody } from '../../lib/plan/parse-plan.ts';

const bodies: PlanBody[] = [
  { id: 1, slug: 'so-giao-duc-va-dao-tao', name: 'Sở Giáo dục và Đào tạo', requested: false, tasks: ['Chủ trì'] },
  { id: 2, slug: 'ubnd-huyen', name: 'UBND huyện', requested: false, tasks: ['Chỉ đạo'] },
  { id: 3, slug: 'cac-so-nganh', name: 'Các sở, ngành', requested: false, tasks: ['Giao lưu'] },
];
const units = [
  { id: 'so-gd', name: 'Sở GD&ĐT', short: 'Sở GD', body: 1 },
  { id: 'phong-gd-a', name: 'Phòng GD&ĐT A', short: 'Phòng A', partOf: 2 },
  { id: 'phong-gd-b', name: 'Phòng GD&ĐT B', short: 'Phòng B', partOf: 1 },
  { id: 'bao', name: 'Báo', short: 'Báo' },
];

describe('buildOrganisations', () => {
  const organisations = buildOrganisations(units, bodies);
  const byKey = (key: string) => organisations.find((organisation) => organisation.key === key)!;

  it('makes the unit that is a body that body’s hub, listing the units under it too', () => {
    expect(byKey('so-gd')).toMatchObject({ url: '/don-vi/so-gd/', isBodyHub: true, memberUnitIds: ['so-gd', 'phong-gd-b'] });
    expect(byKey('so-gd').body?.id).toBe(1);
  });

  it('gives a collective body its own hub gathering its units', () => {
    expect(byKey('ubnd-huyen')).toMatchObject({ url: '/don-vi/ubnd-huyen/', isBodyHub: true, memberUnitIds: ['phong-gd-a'] });
    expect(byKey('cac-so-nganh').memberUnitIds).toEqual([]);
  });

  it('links a unit under a body to the body’s hub', () => {
    expect(byKey('phong-gd-a')).toMatchObject({ isBodyHub: false, bodyUrl: '/don-vi/ubnd-huyen/' });
    expect(byKey('phong-gd-b')).toMatchObject({ isBodyHub: false, bodyUrl: '/don-vi/so-gd/' });
    expect(byKey('bao').body).toBeUndefined();
  });
});
