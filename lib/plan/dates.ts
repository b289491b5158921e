import { DateTime } from 'luxon';
import { ZONE } from '../time/vietnam-time.ts';

/** A date as written in the plan; the year may be left to context ("từ ngày 01/10 đến hết ngày 07/10/2024"). */
export interface WrittenDate {
  day: number;
  month: number;
  year?: number;
  /** Where it starts in the searched text. */
  index: number;
  length: number;
}

const NUMERIC = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?!\d)/g;
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu;

/**
 * Dates written `02/10/2023`, `2/10/2023`, `02/10` or `ngày 02 tháng 10 năm 2023`, in text order.
 *
 * @example datesIn('từ ngày 01/10 đến hết ngày 07/10/2024').map((d) => [d.day, d.month, d.year]) // [[1, 10, undefined], [7, 10, 2024]]
 */
export function datesIn(text: string): WrittenDate[] {
  const found: WrittenDate[] = [];
  for (const pattern of [WORDS, NUMERIC]) {
    for (const match of text.matchAll(pattern)) {
      const index = match.index ?? 0;
      if (found.some((other) => index >= other.index && index < other.index + other.length)) continue;
      const [, day, month, year] = match;
      if (Number(month) < 1 || Number(month) > 12) continue;
      found.push({ day: Number(day), month: Number(month), year: year ? Number(year) : undefined, index, length: match[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The calendar day, in Vietnam, of a written date; `fallbackYear` fills a missing year. */
export function toDay(date: WrittenDate, fallbackYear?: number): DateTime | undefined {
  const year = date.year ?? fallbackYear;
  if (!year) return undefined;
  const value = DateTime.fromObject({ year, month: date.month, day: date.day }, { zone: ZONE });
  return value.isValid ? value : undefined;
}
