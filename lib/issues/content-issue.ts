import { z } from 'zod';
import { suggestClosest } from '../text/suggest.ts';
import { EditorError } from './editor-error.ts';

// Zod's own fallback messages (rare: most fields carry their own) in Vietnamese.
z.config(z.locales.vi());

/**
 * What a custom check of a content field (lib/content/fields.ts) expected, in
 * Vietnamese, passed through zod's `params`: read back here into
 * "field — cần …, nhận được …".
 */
export interface ExpectedParams {
  expected: string;
  hint?: string;
}

/** One problem in one content file, as a journalist should read it. */
export interface ContentIssue {
  /** Path relative to the project, e.g. content/tin-tuc/khai-mac.md */
  file: string;
  /** Front-matter field (`districts.0`, `image.alt`), or a word for the whole file. */
  field: string;
  expected: string;
  got: string;
  hint?: string;
  line?: number;
  /** Errors stop the build; warnings and notes are shown. */
  severity: 'error' | 'warning' | 'info';
}

/** A short, readable rendering of a value a journalist wrote. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'không có (thiếu trường này)';
  if (value === null || value === '') return 'để trống';
  if (typeof value === 'string') {
    const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `"${short}"`;
  }
  if (value instanceof Date) return value.toISOString();
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    // A single value written where a list is allowed ("districts: Hoằng Hóa") is item 0.
    if (typeof current === 'string' && key === 0) continue;
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : 'front matter';
}

/** Known field names of a (possibly refined or transformed) object schema. */
export function fieldsOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodPipe) return fieldsOf(schema.in as z.ZodType);
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  return [];
}

/** Turns a zod failure into one issue per problem, each naming field, expectation and value. */
export function issuesFromZod(
  file: string,
  error: z.ZodError,
  input: unknown,
  knownFields: readonly string[],
  lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const close = issue.path.length === 0 ? suggestClosest(key, knownFields) : undefined;
        issues.push({
          file,
          line: lineOf(path),
          field: fieldName(path),
          expected: 'chỉ các trường đã quy định (trường này không được biết đến)',
          got: describeValue(valueAt(input, path)),
          hint: close ? `có phải "${close}"?` : undefined,
          severity: 'error',
        });
      }
      continue;
    }
    const params = (issue as { params?: Partial<ExpectedParams> }).params;
    issues.push({
      file,
      line: lineOf(issue.path),
      field: fieldName(issue.path),
      expected: params?.expected ?? issue.message,
      got: describeValue(valueAt(input, issue.path)),
      hint: params?.hint,
      severity: 'error',
    });
  }
  return issues;
}

/**
 * @example formatIssue({ file: 'content/tin-tuc/a.md', field: 'unit', expected: 'mã đơn vị', got: '"bao-th"', hint: 'có phải "bao-thanh-hoa"?', severity: 'error' })
 * // 'content/tin-tuc/a.md: unit — cần mã đơn vị, nhận được "bao-th" (có phải "bao-thanh-hoa"?)'
 */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return `${where}: ${describeIssue(issue)}`;
}

/** An issue without its file: `field — cần …, nhận được … (hint)`. */
export function describeIssue(issue: ContentIssue): string {
  const hint = issue.hint ? ` (${issue.hint})` : '';
  if (issue.severity === 'info') return `${issue.field} — ${issue.expected}: ${issue.got}${hint}`;
  return `${issue.field} — cần ${issue.expected}, nhận được ${issue.got}${hint}`;
}

/** Thrown by the build when content has errors: lists every one of them at once. */
export class ContentValidationError extends EditorError {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    const files = new Set(errors.map((issue) => issue.file)).size;
    super(
      [`Nội dung có ${errors.length} lỗi trong ${files} tệp, cần sửa trước khi xuất bản:`, ...errors.map((issue) => `  • ${formatIssue(issue)}`)].join('\n'),
    );
    this.name = 'ContentValidationError';
    this.issues = issues;
  }
}
