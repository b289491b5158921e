import type { DateTime } from 'luxon';
import { z } from 'zod';
import { suggestClosest } from '../text/suggest.ts';
import { slugify } from '../text/slug.ts';
import { parseVietnamTime } from '../time/vietnam-time.ts';
import type { PlanActivity } from '../plan/parse-plan.ts';
import { PLACES_FILE } from '../places/place-list.ts';
import type { ExpectedParams } from '../issues/content-issue.ts';
import type { District, ReferenceData, Unit } from './reference.ts';

/*
 * Zod field types shared by the content schemas. Each custom check reports
 * what it expected in Vietnamese through `params` (ExpectedParams), which
 * lib/issues/content-issue.ts turns into "field — cần …, nhận được …".
 */

type Ctx = { addIssue: (issue: { code: 'custom'; message: string; params: ExpectedParams; input?: unknown }) => void };

function fail(ctx: Ctx, expected: string, hint?: string): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message: expected, params: hint ? { expected, hint } : { expected } });
  return z.NEVER;
}

/** Non-empty text, trimmed. */
export const text = (what = 'chữ, không để trống') =>
  z.string({ error: what }).trim().min(1, { error: what });

/** A list written either as one value or as a YAML list; `atLeastOne` makes an empty list an error. */
export function oneOrMany<T extends z.ZodType>(item: T, atLeastOne?: string) {
  const list = atLeastOne ? z.array(item).min(1, { error: atLeastOne }) : z.array(item);
  return z.preprocess((value) => (value === undefined || value === null || Array.isArray(value) ? value : [value]), list);
}

/** A Vietnam wall-clock date-time such as `2023-10-02 09:30`. */
export const dateTime = z.unknown().transform((value, ctx): DateTime => {
  const parsed = parseVietnamTime(value);
  if (!parsed.ok) return fail(ctx, 'ngày giờ dạng 2023-10-02 09:30 (giờ Việt Nam)');
  if (parsed.dateOnly) return fail(ctx, 'cả giờ, dạng 2023-10-02 09:30', 'chỉ có ngày, thiếu giờ');
  return parsed.value;
});

/** A date or a date-time; keeps whether a time was written. */
export const dateOrDateTime = z.unknown().transform((value, ctx): { value: DateTime; dateOnly: boolean } => {
  const parsed = parseVietnamTime(value);
  if (!parsed.ok) return fail(ctx, 'ngày dạng 2023-10-02 hoặc ngày giờ dạng 2023-10-02 09:30');
  return { value: parsed.value, dateOnly: parsed.dateOnly };
});

/** A calendar date such as `2023-09-20` (a time is allowed and ignored). */
export const date = z.unknown().transform((value, ctx): DateTime => {
  const parsed = parseVietnamTime(value);
  if (!parsed.ok) return fail(ctx, 'ngày dạng 2023-09-20');
  return parsed.value.startOf('day');
});

/** Slug written by hand, e.g. to keep a published URL. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'đường dẫn chữ thường không dấu, nối bằng gạch ngang (ví dụ khai-mac-tuan-le)',
});

/** An http(s) address (meeting links, sources). */
export const webUrl = z.string().trim().refine((value) => /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(value), {
  error: 'địa chỉ web bắt đầu bằng https://',
});

/** A photo next to the Markdown file, with alt text and credit. */
export const image = z.strictObject({
  src: text('tên tệp ảnh đặt cạnh tệp Markdown (ví dụ anh-khai-mac.jpg)'),
  alt: text('mô tả ảnh cho người khiếm thị (alt), không để trống'),
  credit: text('tên tác giả hoặc nguồn ảnh, không để trống'),
  caption: z.string().trim().optional(),
});

export function districtRef(reference: ReferenceData) {
  const names = reference.districts.map((district) => district.name);
  const bySlug = new Map(reference.districts.map((district) => [district.slug, district]));
  return z.unknown().transform((value, ctx): District => {
    const wanted = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    const found = bySlug.get(slugify(wanted));
    if (found) return found;
    const close = suggestClosest(wanted, names);
    return fail(ctx, `tên một trong ${reference.districts.length} ${reference.places.wording.kinds} trong data/${PLACES_FILE}`, close ? `có phải "${close}"?` : shortList(names));
  });
}

/** The valid values, when few enough to read in a message: a new campaign's editor sees what to write instead. */
function shortList(values: readonly string[], limit = 12): string | undefined {
  return values.length > 0 && values.length <= limit ? `có: ${values.join(', ')}` : undefined;
}

export function unitRef(reference: ReferenceData) {
  const ids = reference.units.map((unit) => unit.id);
  // The first unit of a name wins, as in data/units.yaml's order.
  const byNameSlug = new Map([...reference.units].reverse().map((unit) => [slugify(unit.name), unit]));
  return z.unknown().transform((value, ctx): Unit => {
    const wanted = typeof value === 'string' ? value.trim() : '';
    const found = reference.units.find((unit) => unit.id === wanted) ?? byNameSlug.get(slugify(wanted));
    if (found) return found;
    const close = suggestClosest(wanted, ids);
    return fail(ctx, 'mã một đơn vị trong data/units.yaml (trường id)', close ? `có phải "${close}"?` : shortList(ids, 20));
  });
}

/**
 * A plan activity written by its number, resolved to the plan's activity as
 * districts and units are: consumers read its number and short name from the
 * entry, never looking the number up again.
 */
export function activityRef(reference: ReferenceData) {
  const ids = reference.activities.map((activity) => activity.id);
  const byId = new Map(reference.activities.map((activity) => [activity.id, activity]));
  // "1 (Thông tin, tuyên truyền), 2 (Lễ khai mạc)": the numbers alone mean nothing to a journalist who does not have the plan open.
  const valid = reference.activities.map((activity) => `${activity.id} (${activity.shortName})`).join('; ');
  return z.unknown().transform((value, ctx): PlanActivity => {
    const id = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    const found = byId.get(id);
    if (found) return found;
    return fail(ctx, `số thứ tự một hoạt động trong Kế hoạch (từ ${ids[0]} đến ${ids.at(-1)})`, `các hoạt động: ${valid}`);
  });
}

/** Personal data a story or profile publishes deliberately, with the person's consent: each value and where the consent is kept. */
export const personalDataConsent = z
  .array(
    z.strictObject({
      value: z.union([z.string(), z.number()], { error: 'số điện thoại, e-mail hoặc địa chỉ được phép đăng' }).transform(String),
      note: text('nơi lưu văn bản đồng ý của nhân vật'),
    }),
    { error: 'danh sách các mục value (thông tin được đăng) và note (nơi lưu văn bản đồng ý)' },
  )
  .default([]);
