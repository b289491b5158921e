import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../lib/text/slug.ts';

describe('slugify', () => {
  it('folds tone marks and maps đ to d', () => {
    expect(slugify('Đoàn Thanh niên')).toBe('doan-thanh-nien');
    expect(slugify('Tuần lễ hưởng ứng học tập suốt đời năm 2023')).toBe('tuan-le-huong-ung-hoc-tap-suot-doi-nam-2023');
    expect(slugify('Hoằng Hóa')).toBe('hoang-hoa');
    expect(slugify('ĐẮK LẮK – Ưu tiên!')).toBe('dak-lak-uu-tien');
  });

  it('gives the same slug for NFC and NFD input', () => {
    const nfc = 'Thọ Xuân đọc sách';
    expect(slugify(nfc.normalize('NFD'))).toBe(slugify(nfc));
    expect(slugify(nfc.normalize('NFD'))).toBe('tho-xuan-doc-sach');
  });

  it('collapses punctuation and trims hyphens', () => {
    expect(slugify('  “Học, học nữa” — Bác Hồ  ')).toBe('hoc-hoc-nua-bac-ho');
    expect(slugify('Sở GD&ĐT')).toBe('so-gd-dt');
  });

  it('recognises slugs', () => {
    expect(isSlug('khai-mac')).toBe(true);
    expect(isSlug('Khai mạc')).toBe(false);
    expect(isSlug('')).toBe(false);
  });
});
