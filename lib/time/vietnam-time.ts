import { EditorError } from '../issues/editor-error.ts';
import { DateTime, Zone } from 'luxon';
import { escapeHtml } from '../text/html.ts';
import { capitalizeFirst } from '../text/normalize.ts';

const VIETNAM = 'Asia/Ho_Chi_Minh';

/**
 * Asia/Ho_Chi_Minh with its offset known: +07:00 all year (no daylight saving,
 * unchanged since 1975). Luxon would otherwise ask Intl for the offset of every
 * instant it creates or moves, tens of thousands of times a build. Names and
 * localised text still come from Intl under the IANA name.
 */
class VietnamZone extends Zone {
  override get type(): string {
    return 'iana';
  }
  override get name(): string {
    return VIETNAM;
  }
  get ianaName(): string {
    return VIETNAM;
  }
  override get isUniversal(): boolean {
    return true;
  }
  override offsetName(): string {
    return 'GMT+7';
  }
  override formatOffset(_ts: number, format: 'narrow' | 'short' | 'techie'): string {
    return format === 'narrow' ? '+7' : format === 'techie' ? '+0700' : '+07:00';
  }
  override offset(): number {
    return 7 * 60;
  }
  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === VIETNAM;
  }
  override get isValid(): boolean {
    return true;
  }
}

/** The one time zone of the site. Vietnam has no daylight saving: always +07:00. */
export const ZONE: Zone = new VietnamZone();

const LOCAL_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

export type ParsedTime = { ok: true; value: DateTime; dateOnly: boolean } | { ok: false };

/**
 * Reads a date or date-time written by a journalist as Vietnam wall-clock time.
 * An explicit offset (`+07:00`, `Z`) is honoured; the result is always in ZONE.
 *
 * @example parseVietnamTime('2023-10-02 09:30') // 2023-10-02T09:30:00+07:00
 * @example parseVietnamTime('2023-10-02')       // start of that day, dateOnly
 */
export function parseVietnamTime(input: unknown): ParsedTime {
  if (input instanceof Date) {
    const value = DateTime.fromJSDate(input, { zone: ZONE });
    return value.isValid ? { ok: true, value, dateOnly: false } : { ok: false };
  }
  if (typeof input !== 'string') return { ok: false };
  const match = LOCAL_PATTERN.exec(input.trim());
  if (!match) return { ok: false };
  const [, year, month, day, hour, minute, second, offset] = match;
  const dateOnly = hour === undefined;
  const parts = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
  };
  const zone = offset ? (offset === 'Z' ? 'UTC' : `UTC${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`) : ZONE;
  const value = DateTime.fromObject(parts, { zone }).setZone(ZONE);
  return value.isValid ? { ok: true, value, dateOnly } : { ok: false };
}

/** Reads an ISO date-time (e.g. BUILD_NOW), throwing on nonsense. */
export function requireVietnamTime(input: string, what: string): DateTime {
  const parsed = parseVietnamTime(input);
  if (!parsed.ok) throw new EditorError(`${what}: không đọc được thời điểm "${input}" (cần dạng 2023-10-03T08:00:00+07:00)`);
  return parsed.value;
}

function inZone(value: DateTime): DateTime {
  return value.setZone(ZONE).setLocale('vi');
}

/**
 * Every text below depends only on the instant (always shown in Vietnam time):
 * kept per instant, as listings print the same dates thousands of times.
 */
const formatted = new Map<string, string>();
function cached(value: DateTime, name: string, format: (zoned: DateTime) => string): string {
  const key = `${name}:${value.toMillis()}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = format(inZone(value));
    formatted.set(key, text);
  }
  return text;
}

/** @example formatDateVi(dt) === 'Thứ Hai, 02/10/2023' */
export function formatDateVi(value: DateTime): string {
  return cached(value, 'date', (zoned) => capitalizeFirst(zoned.toFormat('cccc, dd/MM/yyyy')));
}

/** @example formatDateTimeVi(dt) === 'Thứ Hai, 02/10/2023 09:30' */
export function formatDateTimeVi(value: DateTime): string {
  return cached(value, 'dateTime', (zoned) => capitalizeFirst(zoned.toFormat('cccc, dd/MM/yyyy HH:mm')));
}

/** @example formatTimeVi(dt) === '09:30' */
export function formatTimeVi(value: DateTime): string {
  return cached(value, 'time', (zoned) => zoned.toFormat('HH:mm'));
}

/** Short date without the weekday. @example formatShortDateVi(dt) === '02/10/2023' */
export function formatShortDateVi(value: DateTime): string {
  return cached(value, 'shortDate', (zoned) => zoned.toFormat('dd/MM/yyyy'));
}

/**
 * The start of a moment's day in Vietnam: days of the week, of an event and
 * of the calendar are counted in Vietnam time, whatever zone a value is in.
 * @example startOfDayVi(DateTime.fromISO('2023-10-01T18:00:00Z')) // 2023-10-02T00:00:00+07:00
 */
export function startOfDayVi(value: DateTime): DateTime {
  return value.setZone(ZONE).startOf('day');
}

/** Machine-readable date-time with the +07:00 offset. @example '2023-10-02T09:30:00+07:00' */
export function isoDateTime(value: DateTime): string {
  return cached(value, 'iso', (zoned) => zoned.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? '');
}

/** Machine-readable calendar date. @example '2023-10-02' */
export function isoDate(value: DateTime): string {
  return cached(value, 'isoDate', (zoned) => zoned.toISODate() ?? '');
}

/** One end of a time span: its machine-readable value (<time datetime>) and what readers see. */
interface SpanEnd {
  iso: string;
  text: string;
}

/**
 * When an event runs: days for an all-day event (the end only when it is
 * another day), otherwise times, the end's date only when it is another day.
 */
function timeSpan(start: DateTime, end: DateTime, allDay: boolean): { from: SpanEnd; to?: SpanEnd; note: string } {
  const sameDay = isoDate(start) === isoDate(end);
  if (allDay) return { from: { iso: isoDate(start), text: formatDateVi(start) }, to: sameDay ? undefined : { iso: isoDate(end), text: formatDateVi(end) }, note: ' (cả ngày)' };
  return { from: { iso: isoDateTime(start), text: formatDateTimeVi(start) }, to: { iso: isoDateTime(end), text: sameDay ? formatTimeVi(end) : formatDateTimeVi(end) }, note: '' };
}

/**
 * When an event runs, as its feed item and search record say it.
 * @example formatTimeSpanVi(start, end, false) === 'Thứ Hai, 02/10/2023 08:00 – 11:00'
 * @example formatTimeSpanVi(start, end, true) === 'Thứ Hai, 02/10/2023 – Thứ Ba, 03/10/2023 (cả ngày)'
 */
export function formatTimeSpanVi(start: DateTime, end: DateTime, allDay: boolean): string {
  const { from, to, note } = timeSpan(start, end, allDay);
  return `${from.text}${to ? ` – ${to.text}` : ''}${note}`;
}

/**
 * The same span as HTML for pages, each end in a <time> element with its
 * machine-readable value: formatTimeSpanVi's text, word for word.
 * @example timeSpanHtml(start, end, false) === '<time datetime="2023-10-02T08:00:00+07:00">Thứ Hai, 02/10/2023 08:00</time> – <time datetime="2023-10-02T11:00:00+07:00">11:00</time>'
 */
export function timeSpanHtml(start: DateTime, end: DateTime, allDay: boolean): string {
  const { from, to, note } = timeSpan(start, end, allDay);
  const time = (point: SpanEnd) => `<time datetime="${point.iso}">${escapeHtml(point.text)}</time>`;
  return `${time(from)}${to ? ` – ${time(to)}` : ''}${note}`;
}
