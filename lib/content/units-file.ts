import { parseDocument } from 'yaml';
import { z } from 'zod';
import { EditorError } from '../issues/editor-error.ts';
import type { PlanBody } from '../plan/parse-plan.ts';
import { normalizeDeep } from '../text/normalize.ts';
import { slugify } from '../text/slug.ts';
import { suggestClosest } from '../text/suggest.ts';
import type { ContentIssue } from '../issues/content-issue.ts';
import type { District, Unit } from './reference.ts';

export const UNITS_FILE = 'units.yaml';

const unitsFileSchema = z.array(
  z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(1),
    short: z.string().min(1),
    district: z.string().optional(),
    body: z.string().optional(),
    partOf: z.string().optional(),
    // The unit's published contact: may appear in stories and profiles (personal data of private persons may not).
    phone: z.union([z.string(), z.number()]).transform(String).optional(),
    email: z.string().optional(),
  }),
);

/**
 * Reads data/units.yaml against the plan's bodies and the place list. A file
 * that is not a list of units fails with one message; a body or place that
 * does not exist, or a body claimed twice, is an error with its line and the
 * valid choices, and every such row is reported in the same run (a new plan
 * usually renames several bodies at once). The row is kept without that link.
 *
 * @example readUnits('- id: so-gd\n  name: Sở GD\n  short: Sở GD\n  body: Sở Y tế\n', bodies, places).issues[0].hint
 * // 'các cơ quan trong Kế hoạch: Sở Giáo dục và Đào tạo; Sở Văn hóa, Thể thao và Du lịch; …'
 */
export function readUnits(source: string, bodies: readonly PlanBody[], places: readonly District[], file = `data/${UNITS_FILE}`): { units: Unit[]; issues: ContentIssue[] } {
  const document = parseDocument(source);
  if (document.errors.length) throw new EditorError(`${file}:${document.errors[0]!.linePos?.[0]?.line ?? 1}: không đọc được (lỗi YAML): ${document.errors[0]!.message.split('\n')[0]}`);
  const rows = unitsFileSchema.safeParse(normalizeDeep(document.toJS() ?? []));
  if (!rows.success) throw new EditorError(`${file} không hợp lệ: ${z.prettifyError(rows.error)}`);
  const lineAt = (path: (string | number)[]) => {
    const offset = (document.getIn(path, true) as { range?: number[] } | undefined)?.range?.[0];
    return offset === undefined ? 1 : source.slice(0, offset).split('\n').length;
  };
  const issues: ContentIssue[] = [];
  const bodyNames = bodies.map((body) => body.name);
  const allBodies = `các cơ quan trong Kế hoạch: ${bodyNames.join('; ')}`;
  const bodyId = (index: number, id: string, field: 'body' | 'partOf', name: string): number | undefined => {
    const found = bodies.find((body) => body.slug === slugify(name));
    if (found) return found.id;
    const close = suggestClosest(name, bodyNames);
    issues.push({
      file,
      line: lineAt([index, field]),
      field: `${field} (đơn vị ${id})`,
      expected: 'tên một cơ quan trong mục "Tổ chức thực hiện" của Kế hoạch',
      got: `"${name}"`,
      hint: close ? `có phải "${close}"? ${allBodies}` : allBodies,
      severity: 'error',
    });
    return undefined;
  };
  const units = rows.data.map((row, index): Unit => {
    const district = row.district === undefined ? undefined : places.find((candidate) => candidate.slug === slugify(row.district!));
    if (row.district !== undefined && !district) {
      const close = suggestClosest(row.district, places.map((place) => place.name));
      issues.push({ file, line: lineAt([index, 'district']), field: `district (đơn vị ${row.id})`, expected: 'tên một địa phương trong data/dia-phuong.yaml', got: `"${row.district}"`, ...(close ? { hint: `có phải "${close}"?` } : {}), severity: 'error' });
    }
    return {
      id: row.id,
      name: row.name,
      short: row.short,
      district: district?.slug,
      body: row.body === undefined ? undefined : bodyId(index, row.id, 'body', row.body),
      partOf: row.partOf === undefined ? undefined : bodyId(index, row.id, 'partOf', row.partOf),
      contacts: [row.phone, row.email].filter((contact): contact is string => Boolean(contact)),
    };
  });
  for (const body of bodies) {
    const claimed = units.map((unit, index) => ({ unit, index })).filter(({ unit }) => unit.body === body.id);
    for (const { unit, index } of claimed.slice(1)) {
      issues.push({ file, line: lineAt([index, 'body']), field: `body (đơn vị ${unit.id})`, expected: `một đơn vị cho mỗi cơ quan ("${body.name}" đã là đơn vị ${claimed[0]!.unit.id})`, got: `"${body.name}" lần nữa`, hint: 'đơn vị thực hiện nhiệm vụ của cơ quan đó ghi partOf thay cho body', severity: 'error' });
      unit.body = undefined;
    }
  }
  return { units, issues };
}
