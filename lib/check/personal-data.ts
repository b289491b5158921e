import type { TextFinding } from './text-quality.ts';

export type PersonalDataKind = 'số điện thoại' | 'số CCCD/CMND' | 'địa chỉ e-mail' | 'địa chỉ nhà riêng';

/**
 * Each kind with a cheap test a text must pass before its full pattern runs:
 * most stories have no e-mail, no house number and no long run of digits, and
 * the full patterns are slow on long text.
 */
const QUICK: Record<PersonalDataKind, RegExp> = {
  'số điện thoại': /\d[\s.-]?\d{2}[\s.-]?\d{2}/,
  'số CCCD/CMND': /\d{9}/,
  'địa chỉ e-mail': /@/,
  'địa chỉ nhà riêng': /(?:số nhà|nhà số|ngõ|ngách|hẻm|kiệt)\s+\d|\d[\p{L}\d/]*\s+(?:đường|phố|ngõ|thôn|xóm|tổ|khu phố)/iu,
};

const PATTERNS: [PersonalDataKind, RegExp][] = [
  // Mobile and landline numbers: 0912 345 678, 0912.345.678, +84 912 345 678, 0237 3 852 000.
  // A full stop after the number ends the sentence; a dot followed by a digit continues a longer number.
  ['số điện thoại', /(?<!\d|\d\.)(?:\+84[\s.-]?|0)(?:\d[\s.-]?){8,9}\d(?!\d|\.\d)/g],
  // Citizen ID (12 digits) or old ID card (9 digits), written together.
  ['số CCCD/CMND', /(?<!\d|\d\.|\+)(?:\d{12}|\d{9})(?!\d|\.\d)/g],
  ['địa chỉ e-mail', /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[a-z]{2,}/giu],
  // A house number: "số nhà 12", "nhà số 12", "ngõ 45", or where someone lives given with a number ("trú tại số 8 phố…").
  ['địa chỉ nhà riêng', /(?<!\p{L})(?:số nhà|nhà số|ngõ|ngách|hẻm|kiệt)\s+\d+[\p{L}\d/]*|(?<!\p{L})(?:trú|ở|sống|cư trú|thường trú|tạm trú|nhà riêng)(?:\s+tại)?\s+(?:số\s+)?\d+[\p{L}\d/]*\s+(?:đường|phố|ngõ|thôn|xóm|tổ|khu phố)[^,.;\n]*/giu],
];

/** Digits of a phone number, lower case of anything else: how a written value is compared with an allowed one. */
export function personalDataKey(value: string): string {
  const digits = value.replace(/[\s.-]/g, '').replace(/^\+84/, '0');
  return /^\d+$/.test(digits) ? digits : value.trim().toLowerCase();
}

/**
 * Personal data of a private person a story or profile must not publish
 * (Decree 13/2023/NĐ-CP): phone numbers, ID-card numbers, e-mail addresses,
 * house addresses.
 *
 * @example findPersonalData('Liên hệ: 0912 345 678')[0]?.kind // 'số điện thoại'
 */
export function findPersonalData(text: string): (TextFinding & { kind: PersonalDataKind })[] {
  const found: (TextFinding & { kind: PersonalDataKind })[] = [];
  const taken: [number, number][] = [];
  for (const [kind, pattern] of PATTERNS) {
    if (!QUICK[kind].test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      if (kind !== 'địa chỉ e-mail' && /^(19|20)\d{2}$/.test(match[0])) continue;
      taken.push([start, end]);
      found.push({ kind, line: text.slice(0, start).split('\n').length, sample: match[0].trim() });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}
