import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { absoluteUrl, normalizePathPrefix, resolveSettings } from '../../lib/site/settings.ts';
import { isoDateTime } from '../../lib/time/vietnam-time.ts';

const FILE = {
  title: 'Tuần lễ',
  shortTitle: 'Học tập',
  description: 'Mô tả',
  publisher: 'Ban Biên tập',
  url: 'https://hoctap.example.vn/',
  pathPrefix: '/',
  now: '2023-10-05T20:00:00+07:00',
};

describe('site settings', () => {
  it('reads the data file', () => {
    const settings = resolveSettings(FILE, {});
    expect(settings.url).toBe('https://hoctap.example.vn');
    expect(settings.pathPrefix).toBe('/');
    expect(isoDateTime(settings.now)).toBe('2023-10-05T20:00:00+07:00');
    expect(settings.perPage).toBe(10);
  });

  it('lets the environment override URL, path prefix and now', () => {
    const settings = resolveSettings(FILE, {
      SITE_URL: 'https://thanhhoa.gov.vn',
      PATH_PREFIX: 'hoc-tap-suot-doi',
      BUILD_NOW: '2023-10-03T08:00:00+07:00',
    });
    expect(settings.url).toBe('https://thanhhoa.gov.vn');
    expect(settings.pathPrefix).toBe('/hoc-tap-suot-doi/');
    expect(isoDateTime(settings.now)).toBe('2023-10-03T08:00:00+07:00');
  });

  it('uses the clock when no now is set', () => {
    const { now: _now, ...withoutNow } = FILE;
    const clock = DateTime.fromISO('2026-01-01T00:00:00Z');
    expect(resolveSettings(withoutNow, {}, () => clock).now).toBe(clock);
  });

  it('names data/site.yaml and the field when a setting is wrong', () => {
    expect(() => resolveSettings({ ...FILE, feedSize: 'năm mươi' }, {})).toThrow(/data\/site\.yaml không hợp lệ:[\s\S]*feedSize/);
  });

  it('fails clearly on a bad BUILD_NOW', () => {
    expect(() => resolveSettings(FILE, { BUILD_NOW: 'ngày mai' })).toThrow(/BUILD_NOW: không đọc được thời điểm "ngày mai"/);
  });

  it('builds absolute URLs under the path prefix', () => {
    const settings = { url: 'https://thanhhoa.gov.vn', pathPrefix: '/hoc-tap-suot-doi/' };
    expect(absoluteUrl(settings, '/tin-tuc/khai-mac/')).toBe('https://thanhhoa.gov.vn/hoc-tap-suot-doi/tin-tuc/khai-mac/');
    expect(absoluteUrl(settings, '/')).toBe('https://thanhhoa.gov.vn/hoc-tap-suot-doi/');
    expect(absoluteUrl(settings, 'https://baothanhhoa.vn/')).toBe('https://baothanhhoa.vn/');
    expect(normalizePathPrefix('')).toBe('/');
    expect(normalizePathPrefix('/a/b')).toBe('/a/b/');
  });
});
