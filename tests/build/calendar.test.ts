import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import ical from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURES_DIR, listFiles, makeSiteRoot, type BuildResult } from '../helpers/site-build.ts';

const NOW = '2023-10-05T20:00:00+07:00';
let utcBuild: BuildResult;
let newYorkBuild: BuildResult;

beforeAll(() => {
  const root = makeSiteRoot(path.join(FIXTURES_DIR, 'site/content'));
  utcBuild = buildSite(root, { BUILD_NOW: NOW, TZ: 'UTC' });
  newYorkBuild = buildSite(root, { BUILD_NOW: NOW, TZ: 'America/New_York' });
  for (const build of [utcBuild, newYorkBuild]) if (build.status !== 0) throw new Error(build.output);
});

const calendarsOf = (build: BuildResult) => listFiles(build.outDir).filter((file) => file.endsWith('.ics')).sort();
const read = (build: BuildResult, file: string) => readFileSync(path.join(build.outDir, file), 'utf8');

describe('iCalendar files', () => {
  it('exist for the week, each district and unit with events, and each event', () => {
    const files = calendarsOf(utcBuild);
    expect(files).toEqual(
      expect.arrayContaining([
        'lich-su-kien/tuan-le.ics',
        'dia-phuong/thanh-hoa/lich.ics',
        'dia-phuong/muong-lat/lich.ics',
        'don-vi/thu-vien-tinh/lich.ics',
        'don-vi/so-giao-duc-dao-tao/lich.ics',
        'su-kien/le-khai-mac/su-kien.ics',
        'su-kien/dem-doc-sach/su-kien.ics',
      ]),
    );
    expect(files).not.toContain('dia-phuong/nga-son/lich.ics');
  });

  it('are byte-identical whatever the build machine’s time zone', () => {
    expect(calendarsOf(newYorkBuild)).toEqual(calendarsOf(utcBuild));
    for (const file of calendarsOf(utcBuild)) expect(read(newYorkBuild, file), file).toBe(read(utcBuild, file));
  });

  it('give the right instants for 07:30 and 23:30 Vietnam time in node-ical', () => {
    const parsed = ical.sync.parseICS(read(utcBuild, 'lich-su-kien/tuan-le.ics'));
    const events = Object.values(parsed).filter((item): item is ical.VEvent => item?.type === 'VEVENT');
    const byUid = Object.fromEntries(events.map((event) => [event.uid, event]));
    expect(byUid['le-khai-mac@hoctapsuotdoi.thanhhoa.gov.vn']!.start.toISOString()).toBe('2023-10-02T00:30:00.000Z');
    expect(byUid['dem-doc-sach@hoctapsuotdoi.thanhhoa.gov.vn']!.start.toISOString()).toBe('2023-10-04T16:30:00.000Z');
    expect(byUid['dem-doc-sach@hoctapsuotdoi.thanhhoa.gov.vn']!.end!.toISOString()).toBe('2023-10-04T16:59:00.000Z');
    expect(byUid['dem-doc-sach@hoctapsuotdoi.thanhhoa.gov.vn']!.summary).toBe('[HOÃN] Đêm đọc sách; chủ đề: "Tự học, tự lớn" \\ trực tuyến');
    expect(byUid['dem-doc-sach@hoctapsuotdoi.thanhhoa.gov.vn']!.status).toBe('TENTATIVE');
  });

  it('give the same events in ical.js, all-day ones as dates ending the day after', () => {
    const calendar = ICAL.Component.fromString(read(newYorkBuild, 'lich-su-kien/tuan-le.ics'));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const opening = events.find((event) => event.uid.startsWith('le-khai-mac@'))!;
    expect(opening.startDate.toJSDate().toISOString()).toBe('2023-10-02T00:30:00.000Z');
    const late = events.find((event) => event.uid.startsWith('dem-doc-sach@'))!;
    expect(late.startDate.toJSDate().toISOString()).toBe('2023-10-04T16:30:00.000Z');
    const fair = events.find((event) => event.uid.startsWith('trien-lam-sach@'))!;
    expect(fair.startDate.isDate).toBe(true);
    expect(fair.startDate.toString()).toBe('2023-10-04');
    expect(fair.endDate.toString()).toBe('2023-10-07');
    expect(fair.location).toBe('Điểm trường Pù Quăn, Xã Pù Nhi, huyện Mường Lát');
  });

  it('are valid RFC 5545 text: every line ended by CRLF, the last too, folded at 75 octets without splitting a character, stable stamps', () => {
    for (const file of calendarsOf(utcBuild)) {
      const text = read(utcBuild, file);
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(text.endsWith('\r\nEND:VCALENDAR\r\n'), file).toBe(true);
      const lines = text.split('\r\n');
      expect(lines.pop()).toBe('');
      for (const line of lines) {
        expect(line, file).not.toMatch(/[\r\n]/);
        expect(Buffer.byteLength(line, 'utf8'), `${file}: ${line}`).toBeLessThanOrEqual(75);
        expect(line).not.toContain('\uFFFD');
      }
      expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
      expect(text).toBe(text.normalize('NFC'));
    }
    expect(read(utcBuild, 'su-kien/dem-doc-sach/su-kien.ics')).toContain('DTSTAMP:20231003T020000Z');
  });

  it('escape commas, semicolons and backslashes in every TEXT value, the calendar’s name too', () => {
    const title = 'Đêm đọc sách; chủ đề: "Tự học, tự lớn" \\ trực tuyến';
    const text = read(utcBuild, 'su-kien/dem-doc-sach/su-kien.ics');
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nX-WR-CALNAME:Đêm đọc sách\\; chủ đề: "Tự học\\, tự lớn" \\\\ trực tuyến\r\n');
    expect(unfolded).toContain('\r\nSUMMARY:[HOÃN] Đêm đọc sách\\; chủ đề: "Tự học\\, tự lớn" \\\\ trực tuyến\r\n');
    const calendar = ical.sync.parseICS(text).vcalendar as unknown as Record<string, string>;
    expect(calendar['WR-CALNAME']).toBe(title);
    expect(calendar.name).toBe(title);
  });
});

describe('event pages', () => {
  it('offer a map, the online link, an .ics download and a Google Calendar link, and show the status', () => {
    const html = read(utcBuild, 'su-kien/dem-doc-sach/index.html');
    expect(html).toContain('href="https://www.google.com/maps/search/?api=1&amp;query=');
    expect(html).toContain('href="https://example.vn/dem-doc-sach"');
    expect(html).toContain('href="/su-kien/dem-doc-sach/su-kien.ics" download');
    expect(html).toMatch(/href="https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&amp;text=[^"]+&amp;dates=20231004T163000Z%2F20231004T165900Z/);
    expect(html).toContain('Sự kiện được hoãn.');
    const [event] = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as { location: unknown[] });
    expect(event).toMatchObject({
      '@type': 'Event',
      eventStatus: 'https://schema.org/EventPostponed',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      organizer: { '@type': 'Organization', name: 'Thư viện tỉnh Thanh Hóa' },
    });
    expect(event!.location).toHaveLength(2);
  });

  it('list the week day by day, highlighting the opening and marking past events', () => {
    const html = read(utcBuild, 'lich-su-kien/index.html');
    for (let day = 2; day <= 8; day += 1) expect(html).toContain(`id="ngay-2023-10-0${day}"`);
    expect(html).toMatch(/agenda-item--opening[^>]*>[\s\S]*?Lễ khai mạc/);
    expect(html).toMatch(/agenda-item--past[^"]*"\s+data-huyen="thanh-hoa"/);
    expect((html.match(/href="\/su-kien\/trien-lam-sach\/"/g) ?? []).length).toBe(3);
  });
});

describe('event checks', () => {
  it('fail the build for an event outside the week and warn about one organiser’s overlapping events', () => {
    const root = makeSiteRoot(path.join(FIXTURES_DIR, 'site/content'));
    const event = (start: string, end: string) =>
      `---\ntitle: Sự kiện thử\ndescription: Thử.\nstart: ${start}\nend: ${end}\nvenue: Hội trường\naddress: Số 2\ndistrict: Nga Sơn\nunit: so-giao-duc-dao-tao\nactivities: [1]\nformat: trực tiếp\n---\nThử.\n`;
    writeFileSync(path.join(root, 'content/su-kien/trung-gio.md'), event('2023-10-02 08:00', '2023-10-02 10:00'));
    const overlapping = buildSite(root, { BUILD_NOW: NOW });
    expect(overlapping.status).toBe(0);
    expect(overlapping.output).toContain('Cảnh báo: content/su-kien/le-khai-mac.md:4: start — cần giờ không trùng với sự kiện khác của cùng đơn vị, nhận được 02/10/2023 07:30–09:30 (trùng giờ với content/su-kien/trung-gio.md)');

    writeFileSync(path.join(root, 'content/su-kien/ngoai-tuan.md'), event('2023-10-10 08:00', '2023-10-10 10:00'));
    const outside = buildSite(root, { BUILD_NOW: NOW });
    expect(outside.status).not.toBe(0);
    expect(outside.output).toContain('content/su-kien/ngoai-tuan.md:4: start — cần thời điểm trong Tuần lễ (02/10/2023 – 08/10/2023), nhận được "2023-10-10 08:00"');
    expect(outside.output).toContain('content/su-kien/ngoai-tuan.md:5: end — cần thời điểm trong Tuần lễ (02/10/2023 – 08/10/2023)');
  });
});
