import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kitIdentity } from '../../lib/banners/kit-identity.ts';
import { parsePlan } from '../../lib/plan/parse-plan.ts';
import { campaignIdentity, provinceOfIssuer } from '../../lib/plan/campaign-identity.ts';
import { FIXTURES_DIR, PROJECT_DIR } from '../helpers/site-build.ts';

const thanhHoa = parsePlan(readFileSync(path.join(PROJECT_DIR, 'data/ke-hoach.txt'), 'utf8'));
const haTinh = parsePlan(readFileSync(path.join(FIXTURES_DIR, 'plans/ha-tinh-2026.txt'), 'utf8'));
const hoangHoa = parsePlan(readFileSync(path.join(FIXTURES_DIR, 'plans/hoang-hoa-2022.txt'), 'utf8'));

describe('campaignIdentity', () => {
  it('gives the default site its Thanh Hóa 2023 texts, from the plan and site.yaml', () => {
    const campaign = campaignIdentity(thanhHoa, { province: 'Thanh Hóa', year: 2023 });
    expect(campaign).toMatchObject({
      province: 'Thanh Hóa',
      provinceFull: 'tỉnh Thanh Hóa',
      issuer: 'Ủy ban nhân dân tỉnh Thanh Hóa',
      year: 2023,
      title: 'Tuần lễ hưởng ứng học tập suốt đời năm 2023',
      shortTitle: 'Tuần lễ học tập suốt đời 2023',
      activitiesSection: 'III',
    });
    const kit = kitIdentity(campaign);
    expect(kit.footer).toBe('Thanh Hóa, 02–08/10/2023');
    // The plan has no date yet: a week before the week starts, as the kit always printed.
    expect(kit.pdfInfo).toEqual({ author: 'Tuần lễ hưởng ứng học tập suốt đời năm 2023 — Thanh Hóa', date: new Date('2023-09-25T00:00:00+07:00') });
    expect(kit.zipTime).toEqual(new Date('2023-09-25T00:00:00Z'));
  });

  it('reads the province from a provincial issuer when site.yaml does not name it', () => {
    expect(campaignIdentity(haTinh, undefined)).toMatchObject({ province: 'Hà Tĩnh', issuer: 'Ủy ban nhân dân tỉnh Hà Tĩnh', year: 2026, theme: haTinh.theme });
    expect(provinceOfIssuer('Ủy ban nhân dân thành phố Hà Nội')).toEqual({ kind: 'thành phố', name: 'Hà Nội' });
    expect(provinceOfIssuer('Sở Giáo dục và Đào tạo Thanh Hóa')).toBeNull();
  });

  it('needs the province when the issuer does not say it, and keeps the plan’s issuer', () => {
    expect(() => campaignIdentity(hoangHoa, undefined)).toThrow(/cần ghi tên tỉnh \(campaign: province/);
    expect(campaignIdentity(hoangHoa, { province: 'Thanh Hóa' })).toMatchObject({ province: 'Thanh Hóa', issuer: 'Ủy ban nhân dân huyện Hoằng Hóa', year: 2022 });
  });

  it('fails, in Vietnamese, when site.yaml contradicts the plan or is malformed', () => {
    expect(() => campaignIdentity(haTinh, { province: 'Thanh Hóa' })).toThrow(/campaign.province là "Thanh Hóa" nhưng Kế hoạch do "Ủy ban nhân dân tỉnh Hà Tĩnh" ban hành/);
    expect(() => campaignIdentity(haTinh, { province: 'Hà Tĩnh', year: 2023 })).toThrow(/campaign.year là 2023 nhưng Tuần lễ trong Kế hoạch diễn ra năm 2026/);
    expect(() => campaignIdentity(haTinh, { province: '' })).toThrow(/khối campaign không hợp lệ[\s\S]*tên tỉnh, không để trống/);
    expect(() => campaignIdentity(haTinh, { provinse: 'Hà Tĩnh' })).toThrow(/khối campaign không hợp lệ/);
    // Old and new tone placement are the same name.
    expect(campaignIdentity(thanhHoa, { province: 'Thanh Hoá' }).province).toBe('Thanh Hoá');
  });
});
