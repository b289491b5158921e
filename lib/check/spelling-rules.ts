import { districtsField } from '../content/entry.ts';
import type { ContentFile } from '../content/load.ts';
import type { ContentIssue } from '../issues/content-issue.ts';
import type { ReferenceData } from '../content/reference.ts';
import { slugify } from '../text/slug.ts';
import { hasNoMarks, sameSpelling } from '../text/spelling.ts';

/** A place or unit written with marks that name it only after folding them ("Hoàng Hóa" for Hoằng Hóa). */
function nearMiss(written: string, accepted: readonly string[]): boolean {
  return !hasNoMarks(written) && !accepted.some((form) => sameSpelling(written, form));
}

/** The values written in a field that may hold one value or a list, with their paths. */
function writtenValues(data: Record<string, unknown>, field: string): { value: string; path: (string | number)[] }[] {
  const raw = data[field];
  if (Array.isArray(raw)) return raw.flatMap((value, index) => (typeof value === 'string' ? [{ value, path: [field, index] }] : []));
  return typeof raw === 'string' ? [{ value: raw, path: [field] }] : [];
}

/**
 * Districts and units recognised only by folding their marks: taken as the
 * place or unit they fold to, with a warning naming its spelling, since a
 * wrong tone can be another word. Read from the front matter as written, so
 * the warning shows even when another field of the file is wrong.
 */
export function spellingIssues(file: ContentFile, reference: ReferenceData): ContentIssue[] {
  if (!file.data || file.kind === 'page') return [];
  const issues: ContentIssue[] = [];
  const warn = (path: (string | number)[], value: string, expected: string, hint: string) =>
    issues.push({ file: file.file, line: file.lineOf(path), field: path.join('.'), expected, got: `"${value}"`, hint, severity: 'warning' });
  for (const { value, path } of writtenValues(file.data, districtsField(file.kind))) {
    const district = reference.districts.find((candidate) => candidate.slug === slugify(value));
    if (district && nearMiss(value, [district.name, district.fullName])) warn(path, value, `tên viết đúng dấu "${district.name}"`, `đã hiểu là ${district.fullName}; sửa lại cho đúng chính tả`);
  }
  for (const { value, path } of writtenValues(file.data, 'unit')) {
    const unit = reference.units.find((candidate) => candidate.id !== value && slugify(candidate.name) === slugify(value));
    if (unit && nearMiss(value, [unit.name, unit.short])) warn(path, value, `mã đơn vị "${unit.id}" (${unit.name})`, `đã hiểu là ${unit.name}; nên ghi mã ${unit.id}`);
  }
  return issues;
}
