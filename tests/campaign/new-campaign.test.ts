import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { newCampaignFiles, pastedPlaces, placeLevelOf, writeCampaignFolder, type CampaignFile } from '../../lib/campaign/new-campaign.ts';
import { placeholderUrl } from '../../lib/campaign/site-file.ts';
import { isCollectiveBody, shortUnitName, unitsForBodies } from '../../lib/campaign/units.ts';
import { buildReferenceData } from '../../lib/content/reference.ts';
import { parsePlan } from '../../lib/plan/parse-plan.ts';
import { resolveSettings } from '../../lib/site/settings.ts';

const PLANS = path.resolve(import.meta.dirname, '../fixtures/plans');
const plan = (name: string) => readFileSync(path.join(PLANS, name), 'utf8');
const HA_TINH = plan('ha-tinh-2026.txt');

let files: CampaignFile[];
const text = (file: string) => {
  const found = files.find((candidate) => candidate.path === file);
  if (!found || typeof found.content !== 'string') throw new Error(`no ${file}`);
  return found.content;
};

beforeAll(async () => {
  files = await newCampaignFiles({ planText: HA_TINH.normalize('NFD'), planName: 'ha-tinh-2026.txt' });
});

describe('a new campaign from the Hà Tĩnh 2026 plan', () => {
  it('has the plan (NFC), settings, units, places, short names, slogans, compound words and one example of each type', () => {
    expect(files.map((file) => file.path).sort()).toEqual([
      'content/guong-tu-hoc/so-giao-duc-va-dao-tao/anh-mau.jpg',
      'content/guong-tu-hoc/so-giao-duc-va-dao-tao/nguyen-van-a.md',
      'content/su-kien/so-giao-duc-va-dao-tao/le-khai-mac.md',
      'content/tin-tuc/bao-va-phat-thanh-truyen-hinh-ha-tinh/anh-mau.jpg',
      'content/tin-tuc/bao-va-phat-thanh-truyen-hinh-ha-tinh/khai-mac-tuan-le.md',
      'content/trang/gioi-thieu.md',
      'data/dia-phuong.yaml',
      'data/hoat-dong.yaml',
      'data/ke-hoach.txt',
      'data/site.yaml',
      'data/slogans.yaml',
      'data/tu-ghep.yaml',
      'data/units.yaml',
    ]);
    expect(text('data/ke-hoach.txt')).toBe(HA_TINH.normalize('NFC'));
    expect(text('data/hoat-dong.yaml')).toContain('# cần xem lại');
  });

  it('fills site.yaml from the plan, marks the guesses and fixes no "now"', () => {
    const site = text('data/site.yaml');
    const settings = resolveSettings(parseYaml(site), {});
    expect(settings).toMatchObject({ title: 'Tuần lễ hưởng ứng học tập suốt đời năm 2026', shortTitle: 'Học tập suốt đời Hà Tĩnh', url: placeholderUrl('Hà Tĩnh') });
    expect(parseYaml(site)).toMatchObject({ campaign: { province: 'Hà Tĩnh', provinceKind: 'tỉnh', year: 2026 } });
    expect(site).not.toMatch(/^now:/mu);
    for (const field of ['shortTitle', 'publisher', 'url']) expect(site).toMatch(new RegExp(`^${field}: .* # KIỂM TRA: `, 'mu'));
  });

  it('makes one unit per body of the plan, ids slugged, body set, collective bodies marked', () => {
    const units = parseYaml(text('data/units.yaml')) as { id: string; body: string; short: string }[];
    expect(units.map((unit) => [unit.id, unit.body, unit.short])).toEqual([
      ['so-giao-duc-va-dao-tao', 'Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo'],
      ['so-van-hoa-the-thao-va-du-lich', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở VH-TT&DL'],
      ['so-khoa-hoc-va-cong-nghe', 'Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ'],
      ['bao-va-phat-thanh-truyen-hinh-ha-tinh', 'Báo và Phát thanh, Truyền hình Hà Tĩnh', 'Báo và PT-TH Hà Tĩnh'],
      ['uy-ban-mat-tran-to-quoc-viet-nam-tinh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'UBMTTQ Việt Nam tỉnh'],
      ['uy-ban-nhan-dan-cac-xa-phuong', 'Ủy ban nhân dân các xã, phường', 'UBND các xã, phường'],
    ]);
    expect(text('data/units.yaml')).toMatch(/^- id: uy-ban-nhan-dan-cac-xa-phuong # KIỂM TRA: /mu);
  });

  it('lists at commune level the places the plan names, marked for review', () => {
    const places = text('data/dia-phuong.yaml');
    expect(parseYaml(places)).toEqual({ province: 'Hà Tĩnh', level: 'cấp xã', places: [{ name: 'Thành Sen', kind: 'phường' }] });
    expect(places).toContain('# KIỂM TRA: thêm đủ danh sách theo nghị quyết');
  });

  it('builds reference data the gate accepts, with only the review notes and proposed names to look at', () => {
    const reference = buildReferenceData({ plan: text('data/ke-hoach.txt'), units: text('data/units.yaml'), places: text('data/dia-phuong.yaml'), campaign: (parseYaml(text('data/site.yaml')) as { campaign: unknown }).campaign, shortNames: text('data/hoat-dong.yaml') });
    expect(reference.dataIssues).toEqual([]);
    expect(reference.activityNameIssues.every((issue) => issue.severity === 'warning')).toBe(true);
    expect(reference.units.every((unit) => unit.body !== undefined)).toBe(true);
    expect(reference.places.wording.label).toBe('Xã, phường');
  });

  it('dates every example inside the plan’s week, the event at the opening the plan gives', () => {
    const event = text('content/su-kien/so-giao-duc-va-dao-tao/le-khai-mac.md');
    expect(event).toContain('start: 2026-10-01 07:30\nend: 2026-10-01 09:30\nvenue: "Thư viện tỉnh Hà Tĩnh"\naddress: "phường Thành Sen, tỉnh Hà Tĩnh"');
    expect(text('content/tin-tuc/bao-va-phat-thanh-truyen-hinh-ha-tinh/khai-mac-tuan-le.md')).toContain('published: 2026-10-01 10:15\n');
    expect(text('content/guong-tu-hoc/so-giao-duc-va-dao-tao/nguyen-van-a.md')).toContain('published: 2026-10-02 08:00\n');
    for (const file of files.filter((candidate) => candidate.path.endsWith('.md'))) {
      expect(String(file.content), file.path).toMatch(/^---\n# KIỂM TRA: /u);
      expect(String(file.content), file.path).not.toMatch(/Thanh Ho[áa]|2023/u);
    }
  });

  it('is written into a new folder only, never over another campaign', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tuan-le-campaign-'));
    writeCampaignFolder(path.join(dir, 'moi'), files);
    expect(readdirSync(path.join(dir, 'moi')).sort()).toEqual(['content', 'data']);
    expect(() => writeCampaignFolder(path.join(dir, 'moi'), files)).toThrow(/đã có tệp/u);
    writeFileSync(path.join(dir, 'x'), '');
    expect(() => writeCampaignFolder(dir, files)).toThrow(/không ghi đè/u);
  });
});

describe('places for a new campaign', () => {
  it('takes the level from the issuer and the week: a district’s plan and a plan after July 2025 list communes', () => {
    expect(placeLevelOf(parsePlan(plan('hoang-hoa-2022.txt')))).toBe('xã');
    expect(placeLevelOf(parsePlan(plan('nghe-an-2024.txt')))).toBe('huyện');
    expect(placeLevelOf(parsePlan(HA_TINH))).toBe('xã');
  });

  it('reads a pasted list, every bad line reported at once', () => {
    expect(pastedPlaces('phường Thành Sen;\nXã Thử Nghiệm,\n\n# chú thích\n', 'xã', 'x.txt')).toEqual([{ kind: 'phường', name: 'Thành Sen' }, { kind: 'xã', name: 'Thử Nghiệm' }]);
    expect(() => pastedPlaces('phường Thành Sen\nThạch Hà\nhuyện Can Lộc\n', 'xã', 'x.txt')).toThrow(/2 dòng không đọc được.*\n {2}x\.txt:2: "Thạch Hà"\n {2}x\.txt:3: "huyện Can Lộc"$/su);
  });

  it('uses the pasted list when given, and asks for one when the plan names no place', async () => {
    const pasted = await newCampaignFiles({ planText: HA_TINH, planName: 'a.txt', placesText: 'phường Thành Sen\nxã Thử Nghiệm\n', placesName: 'dia-phuong.txt' });
    const list = String(pasted.find((file) => file.path === 'data/dia-phuong.yaml')!.content);
    expect(parseYaml(list)).toMatchObject({ places: [{ name: 'Thành Sen' }, { name: 'Thử Nghiệm' }] });
    expect(list).toContain('chép từ dia-phuong.txt');
    await expect(newCampaignFiles({ planText: plan('so-gddt-thanh-hoa-2025.txt'), planName: 'a.txt' })).rejects.toThrow(/ghi thêm --province/u);
    await expect(newCampaignFiles({ planText: readFileSync(path.resolve(PLANS, '../../../data/ke-hoach.txt'), 'utf8'), planName: 'a.txt' })).rejects.toThrow(/không nêu tên huyện, thị xã, thành phố.*--places/u);
  });
});

describe('units for a new campaign', () => {
  it('abbreviates long names as newsrooms do and marks bodies standing for many units', () => {
    expect(shortUnitName('Sở Văn hóa, Thể thao và Du lịch')).toBe('Sở VH-TT&DL');
    expect(shortUnitName('Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hoá')).toBe('Đoàn TN tỉnh Thanh Hoá');
    expect(isCollectiveBody('Ủy ban nhân dân huyện, thị xã, thành phố')).toBe(true);
    expect(isCollectiveBody('Các sở, ban, ngành, đoàn thể tỉnh')).toBe(true);
    expect(isCollectiveBody('Sở Văn hóa, Thể thao và Du lịch')).toBe(false);
    expect(unitsForBodies([{ name: 'Đài Phát thanh và Truyền hình tỉnh' }])[0]).toEqual({ id: 'dai-phat-thanh-va-truyen-hinh-tinh', name: 'Đài Phát thanh và Truyền hình tỉnh', short: 'Đài PT-TH tỉnh', body: 'Đài Phát thanh và Truyền hình tỉnh' });
  });
});
