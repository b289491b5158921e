import ICAL from 'ical.js';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { agendaFilters, agendaPage, buildAgenda } from '../../lib/calendar/agenda.ts';
import { icsRenderer, renderIcs } from '../../lib/calendar/ics.ts';
import { icsText } from '../../lib/calendar/ics-text.ts';
import { googleCalendarUrl, mapUrl } from '../../lib/calendar/links.ts';
import type { EventEntry } from '../../lib/content/entry.ts';
import { requireVietnamTime } from '../../lib/time/vietnam-time.ts';

const at = (text: string) => requireVietnamTime(text, 'test');
const plan = { start: at('2023-10-02'), end: at('2023-10-08'), opening: { date: at('2023-10-02'), time: null, place: null } };

/** A calendar property read as TEXT (RFC 5545 §3.3.11): ical.js leaves X-WR-* and NAME, which it does not know, as written. */
function icalText(calendar: ICAL.Component, name: string): string {
  const text = (ICAL.design.icalendar.value as Record<string, { fromICAL: (value: string) => string }>).text!;
  return text.fromICAL(calendar.getFirstPropertyValue(name) as string);
}

function event(overrides: Partial<EventEntry>): EventEntry {
  return {
    kind: 'event', slug: 'su-kien', url: '/su-kien/su-kien/', file: 'content/su-kien/su-kien.md', sourcePath: '/x',
    title: 'Sự kiện', description: 'Mô tả', start: at('2023-10-03 08:00'), end: at('2023-10-03 10:00'), allDay: false,
    venue: 'Hội trường', address: 'Số 1', district: { slug: 'nga-son', name: 'Nga Sơn', kind: 'huyện', fullName: 'huyện Nga Sơn' },
    unit: { id: 'so-gd', name: 'Sở GD&ĐT', short: 'Sở GD' }, activities: [1], format: 'trực tiếp', status: 'dự kiến',
    draft: false, tags: [], ...overrides,
  } as EventEntry;
}

describe('agenda', () => {
  it('puts a multi-day event on each of its days with "Ngày n/m", all-day first, and marks the opening and the past', () => {
    const fair = event({ slug: 'hoi-cho', allDay: true, start: at('2023-10-03'), end: at('2023-10-05') });
    const talk = event({ slug: 'toa-dam' });
    const opening = event({ slug: 'khai-mac', title: 'Lễ khai mạc Tuần lễ', start: at('2023-10-02 07:30'), end: at('2023-10-02 09:30') });
    const days = buildAgenda([talk, fair, opening], plan, at('2023-10-03 12:00'));
    expect(days).toHaveLength(7);
    expect(days[1]!.items.map((item) => [item.event.slug, item.dayLabel, item.isPast])).toEqual([
      ['hoi-cho', 'Ngày 1/3', false],
      ['toa-dam', undefined, true],
    ]);
    expect(days[3]!.items.map((item) => item.dayLabel)).toEqual(['Ngày 3/3']);
    expect(days[0]!.items[0]).toMatchObject({ isOpening: true, isPast: true });
  });
});

describe('agenda filters', () => {
  const activity = (id: number) => ({ id, title: `HĐ ${id}`, shortName: `Hoạt động số ${id}`, text: '' });
  const activities = [1, 2, 3, 4].map(activity);
  const place = (slug: string, name: string) => ({ slug, name, kind: 'huyện' as const, fullName: `huyện ${name}` });
  const events = [
    event({ slug: 'a', district: place('nga-son', 'Nga Sơn'), unit: { id: 'thu-vien', name: 'Thư viện tỉnh', short: 'Thư viện' }, activities: [activities[2]!] }),
    event({ slug: 'b', district: place('dong-son', 'Đông Sơn'), activities: [activities[0]!, activities[2]!] }),
    event({ slug: 'c', district: place('nga-son', 'Nga Sơn'), unit: { id: 'doan', name: 'Đoàn Thanh niên', short: 'Đoàn' }, activities: [activities[0]!] }),
  ];

  it('offers each place and organiser once, in Vietnamese order, and only the activities some event is part of, in the plan’s order', () => {
    const filters = agendaFilters(events, activities);
    // Đ sorts after D and before E, not after Z as code points would put it.
    expect(filters.districts.map((district) => district.slug)).toEqual(['dong-son', 'nga-son']);
    expect(filters.units.map((unit) => unit.id)).toEqual(['doan', 'so-gd', 'thu-vien']);
    expect(filters.activities.map((covered) => covered.id)).toEqual([1, 3]);
    expect(filters.formats).toEqual([
      { label: 'trực tiếp', slug: 'truc-tiep' },
      { label: 'trực tuyến', slug: 'truc-tuyen' },
      { label: 'kết hợp', slug: 'ket-hop' },
    ]);
  });

  it('gives the calendar page the week day by day with its filters', () => {
    const page = agendaPage(events, { plan, activities }, at('2023-10-03 12:00'));
    expect(page.days).toHaveLength(7);
    expect(page.days[1]!.items.map((item) => item.event.slug)).toEqual(['a', 'b', 'c']);
    expect(page.activities.map((covered) => covered.id)).toEqual([1, 3]);
  });
});

describe('calendar links', () => {
  it('builds a map search and a Google Calendar link in UTC, all-day with an exclusive end', () => {
    expect(mapUrl({ venue: 'Thư viện', address: 'Số 1 Lê Lợi' }, 'Thanh Hóa')).toBe('https://www.google.com/maps/search/?api=1&query=Th%C6%B0%20vi%E1%BB%87n%2C%20S%E1%BB%91%201%20L%C3%AA%20L%E1%BB%A3i%2C%20Thanh%20H%C3%B3a%2C%20Vi%E1%BB%87t%20Nam');
    expect(new URL(googleCalendarUrl(event({}), 'https://x.vn/su-kien/su-kien/')).searchParams.get('dates')).toBe('20231003T010000Z/20231003T030000Z');
    const allDay = event({ allDay: true, start: at('2023-10-04'), end: at('2023-10-06') });
    expect(new URL(googleCalendarUrl(allDay, 'https://x.vn/')).searchParams.get('dates')).toBe('20231004/20231007');
  });
});

describe('renderIcs', () => {
  it('escapes text, marks cancellations and keeps a fixed stamp', () => {
    const ics = renderIcs([event({ title: 'Tọa đàm, "số"; nhiều\ndòng', status: 'hủy', statusNote: 'Hủy vì mưa.' })], {
      name: 'Lịch', description: 'Mô tả', pageUrl: 'https://x.vn/', host: 'x.vn', eventUrl: () => 'https://x.vn/su-kien/su-kien/', stampFallback: at('2023-09-25'),
    });
    expect(ics).toContain('UID:su-kien@x.vn');
    expect(ics).toContain('DTSTAMP:20230924T170000Z');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:[HỦY] Tọa đàm\\, "số"\\; nhiều\\ndòng');
    expect(ics.replace(/\r\n /g, '')).toContain('DESCRIPTION:Hủy vì mưa.\\n\\nMô tả');
  });
});

describe('icsRenderer', () => {
  it('writes an event once and reuses it in every calendar that lists it, each calendar valid with its own name', () => {
    const render = icsRenderer({ host: 'x.vn', eventUrl: (item) => `https://x.vn${item.url}`, stampFallback: at('2023-09-25') });
    const talk = event({ slug: 'toa-dam', url: '/su-kien/toa-dam/', title: 'Tọa đàm về tự học trong kỷ nguyên số, dành cho giáo viên và phụ huynh' });
    const fair = event({ slug: 'hoi-cho', url: '/su-kien/hoi-cho/', allDay: true, start: at('2023-10-04'), end: at('2023-10-05') });
    const week = render({ name: 'Cả tuần', description: 'Lịch', pageUrl: 'https://x.vn/lich-su-kien/' }, [talk, fair]);
    const own = render({ name: talk.title, description: 'Lịch', pageUrl: 'https://x.vn/su-kien/toa-dam/' }, [talk]);
    const block = (ics: string, slug: string) => new RegExp(`BEGIN:VEVENT\r\nUID:${slug}@[\\s\\S]*?END:VEVENT\r\n`).exec(ics)?.[0];
    expect(block(own, 'toa-dam')).toBeDefined();
    expect(block(week, 'toa-dam')).toBe(block(own, 'toa-dam'));
    for (const ics of [week, own]) {
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
      // Folded at 75 octets, every line.
      for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    }
    const parsed = ICAL.Component.fromString(week);
    expect(icalText(parsed, 'x-wr-calname')).toBe('Cả tuần');
    const events = parsed.getAllSubcomponents('vevent').map((item) => new ICAL.Event(item));
    expect(events.map((item) => item.uid)).toEqual(['toa-dam@x.vn', 'hoi-cho@x.vn']);
    expect(events[0]!.summary).toBe(talk.title);
    expect(events[1]!.startDate.isDate).toBe(true);
    expect(icalText(ICAL.Component.fromString(own), 'x-wr-calname')).toBe(talk.title);
  });
});

describe('calendar text', () => {
  const NAME = 'Lịch tuần lễ, huyện Nga Sơn; nhóm A\\B\nđọc sách 📚 — tên rất dài để dòng phải gập qua nhiều lần, có dấu tiếng Việt ở chỗ gập';
  const DESCRIPTION = 'Mô tả, có; dấu \\ và\r\ndòng mới';
  const info = { name: NAME, description: DESCRIPTION, pageUrl: 'https://x.vn/', host: 'x.vn', eventUrl: () => 'https://x.vn/su-kien/su-kien/', stampFallback: at('2023-09-25') };
  const hostile = event({ title: 'Tọa đàm, "số"; A\\B\nhai dòng', description: 'Mô tả; có, dấu \\ phẩy', venue: 'Hội trường A, tầng 2', address: 'Số 1; phố B\\C', format: 'trực tiếp' });
  const ics = renderIcs([hostile], info);
  const unfolded = ics.replace(/\r\n /g, '');

  it('escapes backslash, semicolon, comma and line breaks in a TEXT value (RFC 5545 §3.3.11)', () => {
    expect(icsText('Hội thảo, tọa đàm; A\\B\nbuổi chiều')).toBe('Hội thảo\\, tọa đàm\\; A\\\\B\\nbuổi chiều');
    expect(icsText('a\r\nb\rc')).toBe('a\\nb\\nc');
    expect(icsText('Tuần lễ học tập suốt đời 2023 — Thanh Hóa')).toBe('Tuần lễ học tập suốt đời 2023 — Thanh Hóa');
  });

  it('writes the calendar’s name and description escaped, like every event property', () => {
    const escapedName = 'Lịch tuần lễ\\, huyện Nga Sơn\\; nhóm A\\\\B\\nđọc sách 📚';
    expect(unfolded).toContain(`\r\nNAME:${escapedName}`);
    expect(unfolded).toContain(`\r\nX-WR-CALNAME:${escapedName}`);
    expect(unfolded).toContain('\r\nX-WR-CALDESC:Mô tả\\, có\\; dấu \\\\ và\\ndòng mới\r\n');
    expect(unfolded).toContain('\r\nSUMMARY:Tọa đàm\\, "số"\\; A\\\\B\\nhai dòng\r\n');
    expect(unfolded).toContain('\r\nLOCATION:Hội trường A\\, tầng 2\\, Số 1\\; phố B\\\\C\r\n');
  });

  it('ends every line with CRLF, the last one too, folded at 75 octets without splitting a character', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.split('\r\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(2);
  });

  it('reads back exactly in node-ical', () => {
    const parsed = ical.sync.parseICS(ics);
    const calendar = parsed.vcalendar as unknown as Record<string, string>;
    expect(calendar['WR-CALNAME']).toBe(NAME);
    expect(calendar.name).toBe(NAME);
    expect(calendar['WR-CALDESC']).toBe(DESCRIPTION.replace('\r\n', '\n'));
    const item = Object.values(parsed).find((value): value is ical.VEvent => value?.type === 'VEVENT')!;
    expect(item.summary).toBe(hostile.title);
    expect(item.location).toBe(`${hostile.venue}, ${hostile.address}`);
    expect(item.description).toMatch(/^Mô tả; có, dấu \\ phẩy\n\nĐơn vị tổ chức: Sở GD&ĐT\. Hình thức: trực tiếp\.\n\n/);
  });

  it('reads back exactly in ical.js (X-WR-* and NAME read as TEXT, which ical.js leaves to the application)', () => {
    const calendar = ICAL.Component.fromString(ics);
    const text = (name: string) => icalText(calendar, name);
    expect(text('x-wr-calname')).toBe(NAME);
    expect(text('name')).toBe(NAME);
    expect(text('x-wr-caldesc')).toBe(DESCRIPTION.replace('\r\n', '\n'));
    const item = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(item.summary).toBe(hostile.title);
    expect(item.location).toBe(`${hostile.venue}, ${hostile.address}`);
    expect(item.description.startsWith('Mô tả; có, dấu \\ phẩy\n\n')).toBe(true);
  });
});
