import { describe, expect, it } from 'vitest';
import { normalizeDeep, toNfc } from '../../lib/text/normalize.ts';
import { compareVi, sortByVi } from '../../lib/text/collate.ts';
import { suggestClosest } from '../../lib/text/suggest.ts';

describe('NFC normalisation', () => {
  it('composes decomposed Vietnamese', () => {
    const nfd = 'Hòa Đoàn học tập'.normalize('NFD');
    expect(nfd).not.toBe('Hòa Đoàn học tập');
    expect(toNfc(nfd)).toBe('Hòa Đoàn học tập');
  });

  it('normalises nested values and keys, leaving other values alone', () => {
    const date = new Date(0);
    const value = normalizeDeep({ ['tên'.normalize('NFD')]: ['Đoàn'.normalize('NFD'), 3, true], when: date });
    expect(value).toEqual({ tên: ['Đoàn', 3, true], when: date });
    expect(Object.keys(value)[0]).toBe('tên');
  });
});

describe('Vietnamese collation', () => {
  it('orders by the Vietnamese alphabet, not code points', () => {
    const sorted = sortByVi(['Yên Định', 'Đông Sơn', 'Bá Thước', 'Ân Thi', 'Anh Sơn'], (name) => name);
    expect(sorted).toEqual(['Anh Sơn', 'Ân Thi', 'Bá Thước', 'Đông Sơn', 'Yên Định']);
    expect(compareVi('Đông Sơn', 'Yên Định')).toBeLessThan(0);
  });
});

describe('suggestions', () => {
  it('finds the closest value whatever the marks', () => {
    expect(suggestClosest('Hoang Hao', ['Hoằng Hóa', 'Hà Trung'])).toBe('Hoằng Hóa');
    expect(suggestClosest('bao-thanh-hao', ['bao-thanh-hoa', 'tinh-doan'])).toBe('bao-thanh-hoa');
  });

  it('suggests nothing for unrelated text', () => {
    expect(suggestClosest('xyzxyzxyzxyz', ['ha-trung'])).toBeUndefined();
  });
});
