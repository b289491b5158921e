import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  formatDateTimeVi,
  formatDateVi,
  formatTimeSpanVi,
  formatTimeVi,
  isoDate,
  isoDateTime,
  parseVietnamTime,
  requireVietnamTime,
  timeSpanHtml,
  ZONE,
} from '../../lib/time/vietnam-time.ts';

function parsed(text: string): DateTime {
  const result = parseVietnamTime(text);
  if (!result.ok) throw new Error(`not parsed: ${text}`);
  return result.value;
}

describe('parseVietnamTime', () => {
  it('reads wall-clock time as Asia/Ho_Chi_Minh', () => {
    expect(isoDateTime(parsed('2023-10-02 09:30'))).toBe('2023-10-02T09:30:00+07:00');
    expect(parsed('2023-10-02 09:30').toUTC().toISO()).toBe('2023-10-02T02:30:00.000Z');
    expect(isoDateTime(parsed('2023-10-02T23:30'))).toBe('2023-10-02T23:30:00+07:00');
  });

  it('honours an explicit offset and converts it to Vietnam time', () => {
    expect(isoDateTime(parsed('2023-10-01T17:00:00Z'))).toBe('2023-10-02T00:00:00+07:00');
    expect(isoDateTime(parsed('2023-10-02T09:30:00+07:00'))).toBe('2023-10-02T09:30:00+07:00');
  });

  it('marks date-only values', () => {
    const result = parseVietnamTime('2023-10-04');
    expect(result.ok && result.dateOnly).toBe(true);
    expect(isoDate(parsed('2023-10-04'))).toBe('2023-10-04');
  });

  it('rejects nonsense and impossible dates', () => {
    for (const bad of ['hôm qua', '02/10/2023', '2023-02-30', '2023-10-02 25:00', 42, undefined]) {
      expect(parseVietnamTime(bad).ok).toBe(false);
    }
    expect(() => requireVietnamTime('mai', 'BUILD_NOW')).toThrow(/BUILD_NOW/);
  });

  it('does not depend on the machine time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(isoDateTime(parsed('2023-10-02 07:30'))).toBe('2023-10-02T07:30:00+07:00');
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('the site time zone', () => {
  it('is Asia/Ho_Chi_Minh at +07:00 all year, the same instants and text as the IANA zone', () => {
    for (const text of ['2023-01-15 08:00', '2023-06-15 23:30', '2023-10-02 09:30']) {
      const ours = parsed(text);
      const iana = DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm', { zone: 'Asia/Ho_Chi_Minh' });
      expect(ours.zoneName).toBe('Asia/Ho_Chi_Minh');
      expect(ours.offset).toBe(420);
      expect(ours.toMillis()).toBe(iana.toMillis());
      expect(ours.equals(iana)).toBe(true);
      expect(ours.setLocale('vi').toFormat('cccc, dd/MM/yyyy HH:mm ZZ')).toBe(iana.setLocale('vi').toFormat('cccc, dd/MM/yyyy HH:mm ZZ'));
    }
    expect(DateTime.fromISO('2023-10-01T17:00:00Z').setZone(ZONE).startOf('day').toISO()).toBe('2023-10-02T00:00:00.000+07:00');
  });
});

describe('Vietnamese formatting', () => {
  it('prints weekday, date and time the way the press does', () => {
    const monday = parsed('2023-10-02 09:30');
    expect(formatDateTimeVi(monday)).toBe('Thứ Hai, 02/10/2023 09:30');
    expect(formatDateVi(monday)).toBe('Thứ Hai, 02/10/2023');
    expect(formatTimeVi(monday)).toBe('09:30');
    expect(formatDateVi(parsed('2023-10-08'))).toBe('Chủ Nhật, 08/10/2023');
  });

  it('prints a UTC instant in Vietnam time', () => {
    const utc = DateTime.fromISO('2023-10-01T23:49:00Z', { zone: 'utc' });
    expect(formatDateTimeVi(utc)).toBe('Thứ Hai, 02/10/2023 06:49');
  });

  it('prints the time span of an event, with the end date only when it is another day', () => {
    expect(formatTimeSpanVi(parsed('2023-10-02 08:00'), parsed('2023-10-02 11:00'), false)).toBe('Thứ Hai, 02/10/2023 08:00 – 11:00');
    expect(formatTimeSpanVi(parsed('2023-10-02 19:00'), parsed('2023-10-03 01:00'), false)).toBe('Thứ Hai, 02/10/2023 19:00 – Thứ Ba, 03/10/2023 01:00');
    expect(formatTimeSpanVi(parsed('2023-10-04'), parsed('2023-10-04'), true)).toBe('Thứ Tư, 04/10/2023 (cả ngày)');
    expect(formatTimeSpanVi(parsed('2023-10-04'), parsed('2023-10-06'), true)).toBe('Thứ Tư, 04/10/2023 – Thứ Sáu, 06/10/2023 (cả ngày)');
  });

  it('writes the same span for pages, each end in a <time> element with its machine-readable value', () => {
    expect(timeSpanHtml(parsed('2023-10-02 08:00'), parsed('2023-10-02 11:00'), false)).toBe(
      '<time datetime="2023-10-02T08:00:00+07:00">Thứ Hai, 02/10/2023 08:00</time> – <time datetime="2023-10-02T11:00:00+07:00">11:00</time>',
    );
    expect(timeSpanHtml(parsed('2023-10-02 19:00'), parsed('2023-10-03 01:00'), false)).toBe(
      '<time datetime="2023-10-02T19:00:00+07:00">Thứ Hai, 02/10/2023 19:00</time> – <time datetime="2023-10-03T01:00:00+07:00">Thứ Ba, 03/10/2023 01:00</time>',
    );
    expect(timeSpanHtml(parsed('2023-10-04'), parsed('2023-10-04'), true)).toBe('<time datetime="2023-10-04">Thứ Tư, 04/10/2023</time> (cả ngày)');
    expect(timeSpanHtml(parsed('2023-10-04'), parsed('2023-10-06'), true)).toBe(
      '<time datetime="2023-10-04">Thứ Tư, 04/10/2023</time> – <time datetime="2023-10-06">Thứ Sáu, 06/10/2023</time> (cả ngày)',
    );
    // The text is the plain span's, word for word.
    const span = [parsed('2023-10-02 19:00'), parsed('2023-10-03 01:00')] as const;
    expect(timeSpanHtml(...span, false).replace(/<[^>]+>/g, '')).toBe(formatTimeSpanVi(...span, false));
  });
});
