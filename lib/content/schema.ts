import type { DateTime } from 'luxon';
import { ZONE } from '../time/vietnam-time.ts';
import { z } from 'zod';
import { activityRef, date, dateOrDateTime, dateTime, districtRef, image, oneOrMany, personalDataConsent, slug, text, unitRef, webUrl } from './fields.ts';
import type { ReferenceData } from './reference.ts';

/**
 * One schema per content type: the single source of both its runtime check
 * and its TypeScript type. Objects are strict so that a misspelt field
 * (`autor:`) is reported instead of silently ignored.
 */

const common = {
  slug: slug.optional(),
  draft: z.boolean({ error: 'true hoặc false' }).default(false),
  tags: oneOrMany(text('tên chủ đề, không để trống')).default([]),
};

/** "02/10/2023 – 08/10/2023": the plan's week, as messages name it. */
function weekText(reference: ReferenceData): string {
  return `${reference.plan.start.startOf('day').toFormat('dd/MM/yyyy')} – ${reference.plan.end.endOf('day').toFormat('dd/MM/yyyy')}`;
}

/**
 * When a story or profile is published: in the campaign's year. One of another
 * year is most likely left over from the campaign the folder was copied from.
 * Checked on the field, so it is reported with the file's other problems.
 */
function publishedIn(reference: ReferenceData) {
  const { year } = reference.campaign;
  const expected = `ngày giờ trong năm ${year} (năm của Tuần lễ ${weekText(reference)})`;
  return dateTime.refine((value) => value.setZone(ZONE).year === year, { error: expected, params: { expected } });
}

export function storySchema(reference: ReferenceData) {
  return z
    .strictObject({
      ...common,
      title: text('tiêu đề bài viết'),
      lead: text('đoạn sapo (tóm tắt đầu bài), không để trống'),
      published: publishedIn(reference),
      updated: dateTime.optional(),
      authors: oneOrMany(text('tên tác giả'), 'ít nhất một tác giả'),
      unit: unitRef(reference),
      districts: oneOrMany(districtRef(reference), `ít nhất một ${reference.places.wording.kinds}`),
      activities: oneOrMany(activityRef(reference)).default([]),
      image,
      corrections: z.array(z.strictObject({ date: dateTime, text: text('nội dung đính chính') })).default([]),
      personalDataConsent,
    })
    .superRefine((story, ctx) => {
      if (story.updated && story.updated < story.published) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: 'thời điểm cập nhật sau giờ đăng', params: { expected: 'thời điểm cập nhật sau giờ đăng (published)' } });
      }
    });
}

export function profileSchema(reference: ReferenceData) {
  return z
    .strictObject({
      ...common,
      name: text('họ và tên'),
      birthYear: z.number({ error: 'năm sinh (số có 4 chữ số)' }).int().min(1900).max(reference.campaign.year).optional(),
      age: z.number({ error: 'tuổi (số)' }).int().min(5).max(120).optional(),
      district: districtRef(reference),
      occupation: text('nghề nghiệp hoặc công việc'),
      quote: text('một câu nói ngắn của nhân vật'),
      photo: image,
      unit: unitRef(reference),
      consent: z.strictObject(
        { date, note: z.string().trim().optional() },
        { error: 'ghi nhận sự đồng ý của nhân vật: consent với ngày (date) và ghi chú (note); không có đồng ý thì không được đăng' },
      ),
      published: publishedIn(reference),
      activities: oneOrMany(activityRef(reference)).default([]),
      personalDataConsent,
    })
    .superRefine((profile, ctx) => {
      if (profile.birthYear === undefined && profile.age === undefined) {
        ctx.addIssue({ code: 'custom', path: ['birthYear'], message: 'năm sinh', params: { expected: 'năm sinh (birthYear) hoặc tuổi (age)' } });
      }
    });
}

export const EVENT_FORMATS = {
  'trực tiếp': 'truc-tiep',
  'trực tuyến': 'truc-tuyen',
  'kết hợp': 'ket-hop',
} as const;

/** An event's status as written in front matter: going ahead (default), postponed, cancelled. */
export const EVENT_STATUSES = ['dự kiến', 'hoãn', 'hủy'] as const;

export function eventSchema(reference: ReferenceData) {
  const weekStart = reference.plan.start.startOf('day');
  const weekEnd = reference.plan.end.endOf('day');
  // On the fields, not in the refinement below: a refinement does not run while another field has an error, and a new campaign's editor needs every date out of the new week in one run.
  const expected = `thời điểm trong Tuần lễ (${weekText(reference)})`;
  const inWeek = dateOrDateTime.refine((time) => !time?.value || (time.value >= weekStart && time.value <= weekEnd), { error: expected, params: { expected } });
  return z
    .strictObject({
      ...common,
      title: text('tên sự kiện'),
      description: text('mô tả ngắn một hai câu'),
      start: inWeek,
      end: inWeek,
      allDay: z.boolean({ error: 'true hoặc false' }).default(false),
      venue: text('nơi tổ chức'),
      address: text('địa chỉ'),
      district: districtRef(reference),
      unit: unitRef(reference),
      activities: oneOrMany(activityRef(reference), 'ít nhất một hoạt động của Kế hoạch'),
      format: z.enum(Object.keys(EVENT_FORMATS) as [keyof typeof EVENT_FORMATS, ...(keyof typeof EVENT_FORMATS)[]], {
        error: 'một trong: trực tiếp, trực tuyến, kết hợp',
      }),
      link: webUrl.optional(),
      image: image.optional(),
      status: z.enum(EVENT_STATUSES, { error: 'một trong: dự kiến, hoãn, hủy' }).default('dự kiến'),
      statusNote: z.string().trim().optional(),
      updated: dateTime.optional(),
    })
    .superRefine((event, ctx) => {
      const issue = (path: string, expected: string) => ctx.addIssue({ code: 'custom', path: [path], message: expected, params: { expected } });
      if (event.format !== 'trực tiếp' && !event.link) issue('link', `đường dẫn tham gia trực tuyến (sự kiện ${event.format})`);
      for (const key of ['start', 'end'] as const) {
        if (event.allDay && !event[key].dateOnly) issue(key, 'chỉ ngày (sự kiện cả ngày, allDay: true), dạng 2023-10-04');
        if (!event.allDay && event[key].dateOnly) issue(key, 'cả giờ, dạng 2023-10-04 08:00 (hoặc ghi allDay: true)');
      }
      if (event.end.value < event.start.value) issue('end', 'thời điểm kết thúc không trước thời điểm bắt đầu');
    })
    .transform(({ start, end, ...rest }) => ({ ...rest, start: start.value, end: end.value }));
}

/** Two events of one organiser at overlapping times: likely a typo in a date or time. */
export function overlaps(a: { start: DateTime; end: DateTime; allDay: boolean }, b: { start: DateTime; end: DateTime; allDay: boolean }): boolean {
  const endOf = (event: typeof a) => (event.allDay ? event.end.endOf('day') : event.end);
  return a.start < endOf(b) && b.start < endOf(a);
}

export function pageSchema() {
  return z.strictObject({
    slug: common.slug,
    draft: common.draft,
    title: text('tiêu đề trang'),
    description: z.string().trim().optional(),
  });
}

export type Story = z.output<ReturnType<typeof storySchema>>;
export type Profile = z.output<ReturnType<typeof profileSchema>>;
export type Event = z.output<ReturnType<typeof eventSchema>>;
export type Page = z.output<ReturnType<typeof pageSchema>>;
export type ImageField = z.output<typeof image>;
