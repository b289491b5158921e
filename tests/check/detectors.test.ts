import { describe, expect, it } from 'vitest';
import { internalLinks } from '../../lib/check/internal-links.ts';
import { findPersonalData } from '../../lib/check/personal-data.ts';
import { findInvisible, findMojibake, firstNonNfcLine } from '../../lib/check/text-quality.ts';

const CLEAN = 'Trường học vùng cao Thanh Hóa đọc sách; ô tô thư viện; ước mơ; quý bà; Ngọc Lặc, Hoằng Hóa, Thiệu Hóa, Nghi Sơn. Năm 2023 có 2.000 cuốn sách, 300 người.';

describe('newsroom detectors', () => {
  it('find old-encoding text but not real Vietnamese', () => {
    expect(findMojibake(CLEAN)).toEqual([]);
    expect(findMojibake('Tr\u00adêng häc')[0]?.encoding).toBe('TCVN3');
    expect(findMojibake('Tröôøng hoïc ñoïc saùch')[0]?.encoding).toBe('VNI');
  });

  it('find invisible characters and decomposed text', () => {
    expect(findInvisible(CLEAN)).toEqual([]);
    expect(findInvisible('a\u200bb\u00adc').map((finding) => finding.character)).toEqual(['dấu cách độ rộng 0 (U+200B)', 'dấu gạch nối mềm (U+00AD)']);
    expect(firstNonNfcLine(`dòng 1\n${'Hòa'.normalize('NFD')}`)).toBe(2);
    expect(firstNonNfcLine(CLEAN)).toBeUndefined();
  });

  it('find phone numbers, ID numbers and e-mails, not years or counts', () => {
    expect(findPersonalData(CLEAN)).toEqual([]);
    expect(findPersonalData('Gọi +84 912 345 678 hoặc 0912.345.678; CMND 172345678; thư an@yahoo.com').map((finding) => finding.kind)).toEqual([
      'số điện thoại',
      'số điện thoại',
      'số CCCD/CMND',
      'địa chỉ e-mail',
    ]);
  });

  it('find internal links, relative ones resolved against the page', () => {
    const links = internalLinks('[a](/tin-tuc/x/) [b](../y/) [c](https://baothanhhoa.vn) [d](#muc) <a href="/chu-de/z/">e</a>', '/tin-tuc/trang/');
    expect(links.map((link) => [link.target, link.fragment])).toEqual([['/tin-tuc/x/', undefined], ['/tin-tuc/y/', undefined], ['/tin-tuc/trang/', 'muc'], ['/chu-de/z/', undefined]]);
  });
});
