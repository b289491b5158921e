import type { TextFinding } from './text-quality.ts';

export type PersonalDataKind = 'số điện thoại' | 'số CCCD/CMND' | 'địa chỉ e-mail';

const PATTERNS: [PersonalDataKind, RegExp][] = [
  // Mobile and landline numbers: 0912 345 678, 0912.345.678, +84 912 345 678, 0237 3 852 000.
  ['số điện thoại', /(?<![\d.])(?:\+84[\s.-]?|0)(?:\d[\s.-]?){8,9}\d(?![\d.])/g],
  // Citizen ID (12 digits) or old ID card (9 digits), written together.
  ['số CCCD/CMND', /(?<![\d.+])(?:\d{12}|\d{9})(?!\d)/g],
  ['địa chỉ e-mail', /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[a-z]{2,}/giu],
];

/**
 * Personal data a profile of a private person must not publish.
 *
 * @example findPersonalData('Liên hệ: 0912 345 678')[0]?.kind // 'số điện thoại'
 */
export function findPersonalData(text: string): (TextFinding & { kind: PersonalDataKind })[] {
  const found: (TextFinding & { kind: PersonalDataKind })[] = [];
  const taken: [number, number][] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      if (kind !== 'địa chỉ e-mail' && /^(19|20)\d{2}$/.test(match[0])) continue;
      taken.push([start, end]);
      found.push({ kind, line: text.slice(0, start).split('\n').length, sample: match[0] });
    }
  }
  return found;
}
