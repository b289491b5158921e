import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsOf, formatIssue, issuesFromZod } from '../../lib/issues/content-issue.ts';
import { loadReferenceData } from '../../lib/content/reference.ts';
import { eventSchema, profileSchema, storySchema } from '../../lib/content/schema.ts';
import { isoDateTime } from '../../lib/time/vietnam-time.ts';
import type { z } from 'zod';

const reference = loadReferenceData(path.resolve(import.meta.dirname, '../../data'));

const story = {
  title: 'Khai mạc Tuần lễ',
  lead: 'Sáng 2/10, UBND tỉnh khai mạc Tuần lễ.',
  published: '2023-10-02 10:15',
  authors: 'Lê Hợi',
  unit: 'bao-thanh-hoa',
  districts: ['Thanh Hóa', 'hoang-hoa'],
  activities: [2, '1'],
  image: { src: 'a.jpg', alt: 'Đại biểu bấm nút khai mạc', credit: 'Lê Hợi' },
};

function problems(schema: z.ZodType, input: Record<string, unknown>): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return issuesFromZod('content/tin-tuc/x.md', result.error, input, fieldsOf(schema)).map(formatIssue);
}

describe('story schema', () => {
  it('accepts a valid story and types its fields', () => {
    const parsed = storySchema(reference).parse(story);
    expect(isoDateTime(parsed.published)).toBe('2023-10-02T10:15:00+07:00');
    expect(parsed.authors).toEqual(['Lê Hợi']);
    expect(parsed.districts.map((d) => d.slug)).toEqual(['thanh-hoa', 'hoang-hoa']);
    expect(parsed.unit.name).toBe('Báo Thanh Hóa');
    // Resolved to the plan's activities, as districts and units are.
    expect(parsed.activities.map((activity) => activity.id)).toEqual([2, 1]);
    expect(parsed.activities[0]).toBe(reference.activities.find((activity) => activity.id === 2));
    expect(parsed.draft).toBe(false);
  });

  it('names the field, what was expected and what was given, with a suggestion', () => {
    const messages = problems(storySchema(reference), { ...story, unit: 'bao-thanh-hao', districts: ['Hoang Hao'] });
    expect(messages).toContain(
      'content/tin-tuc/x.md: unit — cần mã một đơn vị trong data/units.yaml (trường id), nhận được "bao-thanh-hao" (có phải "bao-thanh-hoa"?)',
    );
    expect(messages.find((m) => m.includes('districts.0'))).toMatch(/data\/dia-phuong\.yaml, nhận được "Hoang Hao" \(có phải "Hoằng Hóa"\?\)/);
  });

  it('rejects an unknown plan activity, listing the valid ones with their titles', () => {
    const messages = problems(storySchema(reference), { ...story, activities: [12] });
    expect(messages[0]).toMatch(/activities\.0 — cần số thứ tự một hoạt động trong Kế hoạch \(từ 1 đến 9\), nhận được 12 \(các hoạt động: 1 \(Thông tin, tuyên truyền\); 2 \(Lễ khai mạc\);.*; 9 \(Cuộc thi công dân số\)/);
  });

  it('reports every problem at once, including missing alt text and misspelt fields', () => {
    const { image, authors, ...rest } = story;
    const messages = problems(storySchema(reference), {
      ...rest,
      autor: authors,
      image: { ...image, alt: '' },
      published: '2/10/2023',
    });
    expect(messages.some((m) => m.includes('image.alt — cần mô tả ảnh'))).toBe(true);
    expect(messages.some((m) => m.includes('authors — ') && m.includes('thiếu trường này'))).toBe(true);
    expect(messages.some((m) => m.includes('autor — ') && m.includes('có phải "authors"?'))).toBe(true);
    expect(messages.some((m) => m.includes('published — cần ngày giờ dạng 2023-10-02 09:30') && m.includes('"2/10/2023"'))).toBe(true);
  });

  it('wants a time with the publish date, and an update after publication', () => {
    expect(problems(storySchema(reference), { ...story, published: '2023-10-02' })[0]).toMatch(/published — cần cả giờ/);
    expect(problems(storySchema(reference), { ...story, updated: '2023-10-01 08:00' })[0]).toMatch(/updated — cần thời điểm cập nhật sau giờ đăng/);
  });
});

describe('profile schema', () => {
  const profile = {
    name: 'Lê Thị Hồng',
    birthYear: 1957,
    district: 'Hoằng Hóa',
    occupation: 'Nông dân',
    quote: 'Học không bao giờ là muộn.',
    photo: { src: 'a.jpg', alt: 'Bà Hồng đọc sách', credit: 'Hội Khuyến học' },
    unit: 'hoi-khuyen-hoc-tinh',
    consent: { date: '2023-09-20', note: 'Đồng ý bằng văn bản' },
    published: '2023-10-03 08:00',
  };

  it('is published in the campaign’s year', () => {
    expect(problems(profileSchema(reference), { ...profile, published: '2024-01-05 08:00' })[0]).toMatch(/published — cần ngày giờ trong năm 2023/u);
  });

  it('accepts a profile with recorded consent', () => {
    expect(profileSchema(reference).parse(profile).district.fullName).toBe('huyện Hoằng Hóa');
  });

  it('refuses a profile without consent', () => {
    const { consent: _consent, ...withoutConsent } = profile;
    expect(problems(profileSchema(reference), withoutConsent)[0]).toMatch(/consent — cần ghi nhận sự đồng ý của nhân vật/);
    expect(problems(profileSchema(reference), { ...profile, consent: false })[0]).toMatch(/consent — cần ghi nhận sự đồng ý.*nhận được false/);
  });

  it('needs a birth year or an age', () => {
    const { birthYear: _year, ...withoutAge } = profile;
    expect(problems(profileSchema(reference), withoutAge)[0]).toMatch(/birthYear — cần năm sinh \(birthYear\) hoặc tuổi \(age\)/);
    expect(problems(profileSchema(reference), { ...withoutAge, age: 66 })).toEqual([]);
  });
});

describe('event schema', () => {
  const event = {
    title: 'Lễ khai mạc',
    description: 'Lễ khai mạc cấp tỉnh.',
    start: '2023-10-02 07:30',
    end: '2023-10-02 09:30',
    venue: 'Cung Văn hóa Thiếu nhi tỉnh',
    address: 'Số 1 Đại lộ Lê Lợi, TP Thanh Hóa',
    district: 'Thanh Hóa',
    unit: 'so-giao-duc-dao-tao',
    activities: [2],
    format: 'trực tiếp',
  };

  it('accepts timed and all-day events', () => {
    expect(isoDateTime(eventSchema(reference).parse(event).start)).toBe('2023-10-02T07:30:00+07:00');
    expect(eventSchema(reference).parse({ ...event, allDay: true, start: '2023-10-04', end: '2023-10-06' }).allDay).toBe(true);
  });

  it('needs a link for online and hybrid events', () => {
    expect(problems(eventSchema(reference), { ...event, format: 'trực tuyến' })[0]).toMatch(/link — cần đường dẫn tham gia trực tuyến/);
    expect(problems(eventSchema(reference), { ...event, format: 'kết hợp', link: 'javascript:alert(1)' })[0]).toMatch(/link — cần địa chỉ web bắt đầu bằng https:\/\//);
  });

  it('rejects an unknown format, an end before the start and mixed all-day times', () => {
    expect(problems(eventSchema(reference), { ...event, format: 'online' })[0]).toMatch(/format — cần một trong: trực tiếp, trực tuyến, kết hợp, nhận được "online"/);
    expect(problems(eventSchema(reference), { ...event, end: '2023-10-02 06:00' })[0]).toMatch(/end — cần thời điểm kết thúc không trước thời điểm bắt đầu/);
    expect(problems(eventSchema(reference), { ...event, allDay: true })[0]).toMatch(/start — cần chỉ ngày/);
  });

  it('reports dates out of the week with the file’s other problems, in one run', () => {
    const messages = problems(eventSchema(reference), { ...event, start: '2022-10-03 07:30', end: '2022-10-03 09:30', activities: [12] });
    expect(messages).toEqual([
      expect.stringMatching(/^content\/tin-tuc\/x\.md: start — cần thời điểm trong Tuần lễ \(02\/10\/2023 – 08\/10\/2023\), nhận được "2022-10-03 07:30"$/u),
      expect.stringMatching(/: end — cần thời điểm trong Tuần lễ/u),
      expect.stringMatching(/: activities\.0 — cần số thứ tự một hoạt động trong Kế hoạch \(từ 1 đến 9\), nhận được 12 \(các hoạt động: 1 \(/u),
    ]);
  });
});

describe('content of another year', () => {
  it('is an error for a story or profile published outside the campaign’s year, reported with the other problems', () => {
    expect(problems(storySchema(reference), { ...story, published: '2022-10-02 10:15', unit: 'khong-co' })).toEqual([
      'content/tin-tuc/x.md: published — cần ngày giờ trong năm 2023 (năm của Tuần lễ 02/10/2023 – 08/10/2023), nhận được "2022-10-02 10:15"',
      expect.stringMatching(/^content\/tin-tuc\/x\.md: unit — cần mã một đơn vị trong data\/units\.yaml \(trường id\), nhận được "khong-co" \(có: so-giao-duc-dao-tao, hoi-khuyen-hoc-tinh, .*\)$/u),
    ]);
    expect(problems(storySchema(reference), { ...story, published: '2023-09-22 16:30' })).toEqual([]);
  });
});
