import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditorError } from '../../lib/issues/editor-error.ts';
import { buildReferenceData, loadReferenceData } from '../../lib/content/reference.ts';
import { placeListFile, placesNamedIn, placeWording, readPlaceList, splitPlace } from '../../lib/places/place-list.ts';

const DATA = path.resolve(import.meta.dirname, '../../data');
const HA_TINH_PLAN = readFileSync(path.resolve(import.meta.dirname, '../fixtures/plans/ha-tinh-2026.txt'), 'utf8');
// Test data, not an official list: "Thử Nghiệm" and "Mẫu" are made-up names.
const COMMUNES = 'province: Hà Tĩnh\nlevel: cấp xã\nplaces:\n  - name: Thành Sen\n    kind: phường\n  - name: Thử Nghiệm\n    kind: xã\n  - name: Mẫu\n    kind: đặc khu\n';

describe('readPlaceList', () => {
  it('reads the default site’s 27 districts of Thanh Hóa in 2023, worded as before', () => {
    const { list, issues } = readPlaceList(readFileSync(path.join(DATA, 'dia-phuong.yaml'), 'utf8'));
    expect(issues).toEqual([]);
    expect(list).toMatchObject({ province: 'Thanh Hóa', level: 'huyện' });
    expect(list.places).toHaveLength(27);
    expect(list.places[0]).toEqual({ slug: 'thanh-hoa', name: 'Thanh Hóa', kind: 'thành phố', fullName: 'thành phố Thanh Hóa' });
    expect(list.wording).toEqual({ label: 'Địa phương', labelLower: 'địa phương', kinds: 'huyện, thị xã, thành phố', levelWord: 'huyện' });
  });

  it('reads a commune-level list and names its places by their kinds', () => {
    const { list, issues } = readPlaceList(COMMUNES);
    expect(issues).toEqual([]);
    expect(list.level).toBe('xã');
    expect(list.places.map((place) => place.fullName)).toEqual(['phường Thành Sen', 'xã Thử Nghiệm', 'đặc khu Mẫu']);
    expect(list.wording).toEqual({ label: 'Xã, phường, đặc khu', labelLower: 'xã, phường, đặc khu', kinds: 'xã, phường, đặc khu', levelWord: 'xã, phường, đặc khu' });
  });

  it('accepts the level written "huyện" or "xã", in NFD too', () => {
    expect(readPlaceList(COMMUNES.replace('cấp xã', 'xã').normalize('NFD')).list.places[0]!.name).toBe('Thành Sen');
    expect(readPlaceList('province: A\nlevel: huyện\nplaces:\n  - { name: B, kind: quận }\n').list.level).toBe('huyện');
  });

  it('reports each bad row with its line and keeps the others', () => {
    const source = `${COMMUNES}  - name: Hoằng Hóa\n    kind: huyện\n  - name: Thành Sen\n    kind: phường\n  - name: Cẩm\n    kind: xã\n    code: 1\n`;
    const { list, issues } = readPlaceList(source, 'data/dia-phuong.yaml');
    expect(list.places).toHaveLength(3);
    expect(issues.map((issue) => [issue.line, issue.field, issue.severity])).toEqual([
      [11, 'places.3.kind', 'error'],
      [12, 'places.4.name', 'error'],
      [14, 'places.5', 'error'],
    ]);
    expect(issues[0]).toMatchObject({ expected: 'một trong: xã, phường, thị trấn, đặc khu (danh sách cấp xã)', got: '"huyện"', hint: '"huyện" là địa phương cấp huyện: sửa level hoặc bỏ dòng này' });
  });

  it('fails with one Vietnamese line when the file cannot be read as a list of one level', () => {
    expect(() => readPlaceList(null)).toThrow(/^Thiếu data\/dia-phuong\.yaml/u);
    expect(() => readPlaceList('- name: Thanh Hóa\n  kind: thành phố\n')).toThrow(/cần ghi tỉnh và cấp/u);
    expect(() => readPlaceList('province: A\nlevel: tỉnh\nplaces: []\n')).toThrow(/:2: level — cần "cấp huyện" hoặc "cấp xã", nhận được "tỉnh"/u);
    expect(() => readPlaceList('province: A\nlevel: cấp xã\nplaces: [\n')).toThrow(EditorError);
  });
});

describe('place wording', () => {
  it('says "Địa phương" at district level and names the kinds at commune level', () => {
    expect(placeWording('huyện', ['huyện']).label).toBe('Địa phương');
    expect(placeWording('xã', ['phường']).label).toBe('Xã, phường');
    expect(placeWording('xã', ['xã', 'thị trấn']).kinds).toBe('xã, phường, thị trấn');
    expect(placeWording('huyện', ['quận']).kinds).toBe('quận, huyện, thị xã, thành phố');
  });
});

describe('places for a new campaign', () => {
  it('splits a pasted line into kind and name, longest kind first', () => {
    expect(splitPlace('Thị xã Nghi Sơn')).toEqual({ kind: 'thị xã', name: 'Nghi Sơn' });
    expect(splitPlace('  phường   Thành Sen ')).toEqual({ kind: 'phường', name: 'Thành Sen' });
    expect(splitPlace('Đặc khu Mẫu'.normalize('NFD'))).toEqual({ kind: 'đặc khu', name: 'Mẫu' });
    expect(splitPlace('Thành Sen')).toBeUndefined();
  });

  it('finds the places a plan names, not "các xã miền núi" nor the province', () => {
    expect(placesNamedIn(HA_TINH_PLAN, 'xã', 'Hà Tĩnh')).toEqual([{ kind: 'phường', name: 'Thành Sen' }]);
    expect(placesNamedIn('Ủy ban nhân dân thành phố Hà Nội; quận Ba Đình, xã hội học tập', 'huyện', 'Hà Nội')).toEqual([{ kind: 'quận', name: 'Ba Đình' }]);
  });

  it('writes a file that reads back to the same places', () => {
    const text = placeListFile({ province: 'Hà Tĩnh', level: 'xã', places: [{ kind: 'phường', name: 'Thành Sen', note: 'KIỂM TRA: lấy từ Kế hoạch' }, { kind: 'xã', name: 'Tân Phú (Đồng Xoài)' }] });
    expect(text).toContain('level: cấp xã\n');
    expect(text).toContain('    kind: phường # KIỂM TRA: lấy từ Kế hoạch\n');
    const { list, issues } = readPlaceList(text);
    expect(issues).toEqual([]);
    expect(list.places.map((place) => place.fullName)).toEqual(['phường Thành Sen', 'xã Tân Phú (Đồng Xoài)']);
  });
});

describe('the place list in the reference data', () => {
  it('is an error when it belongs to another province, a warning when district-level after July 2025', () => {
    const districtsOfThanhHoa = readFileSync(path.join(DATA, 'dia-phuong.yaml'), 'utf8');
    const reference = buildReferenceData({ plan: HA_TINH_PLAN, places: districtsOfThanhHoa });
    expect(reference.dataIssues.map((issue) => [issue.file, issue.line, issue.field, issue.severity])).toEqual([
      ['data/dia-phuong.yaml', 6, 'province', 'error'],
      ['data/dia-phuong.yaml', 8, 'level', 'warning'],
    ]);
    expect(reference.dataIssues[0]!.expected).toBe('danh sách địa phương của tỉnh Hà Tĩnh (tỉnh của Tuần lễ, data/site.yaml)');
    expect(buildReferenceData({ plan: HA_TINH_PLAN, places: COMMUNES }).dataIssues).toEqual([]);
  });

  it('is what the default site validates content against', () => {
    const reference = loadReferenceData(DATA);
    expect(reference.places).toMatchObject({ province: 'Thanh Hóa', level: 'huyện', wording: { label: 'Địa phương' } });
    expect(reference.districts).toHaveLength(27);
    expect(reference.dataIssues).toEqual([]);
  });
});
