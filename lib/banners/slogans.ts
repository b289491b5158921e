import { EditorError } from '../issues/editor-error.ts';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { normalizeDeep } from '../text/normalize.ts';

export const SLOGANS_FILE = 'slogans.yaml';

const sloganSchema = z.strictObject({
  text: z.string({ error: 'câu khẩu hiệu (chữ)' }).trim().min(1, { error: 'câu khẩu hiệu, không để trống' }),
  source: z.string({ error: 'nguồn của câu (chữ)' }).trim().min(1, { error: 'nguồn của câu, không để trống' }),
  verified: z.boolean({ error: 'true (đã đối chiếu) hoặc false (chưa)' }),
});

const slogansFileSchema = z.array(sloganSchema, { error: 'một danh sách khẩu hiệu (mỗi mục bắt đầu bằng "- text: …")' });

export type Slogan = z.output<typeof sloganSchema>;

/**
 * Checks the slogans file: every problem in one error, naming the file, the
 * slogan's number and the field.
 *
 * @example parseSlogans([{ text: 'Học để biết', source: 'UNESCO', verified: true }]) // [{ text: 'Học để biết', … }]
 */
export function parseSlogans(raw: unknown, file = `data/${SLOGANS_FILE}`): Slogan[] {
  const result = slogansFileSchema.safeParse(normalizeDeep(raw ?? []));
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const [index, field] = issue.path;
    const where = typeof index === 'number' ? `khẩu hiệu thứ ${index + 1}${field === undefined ? '' : `, trường ${String(field)}`}` : 'cả tệp';
    const message = issue.code === 'unrecognized_keys' ? `trường không dùng: ${issue.keys.join(', ')} (chỉ có text, source, verified)` : `cần ${issue.message}`;
    return `  - ${where}: ${message}`;
  });
  throw new EditorError(`${file} không hợp lệ:\n${lines.join('\n')}`);
}

/** Reads and checks data/slogans.yaml of a site. */
export function loadSlogans(dataDir: string): Slogan[] {
  const file = path.join(dataDir, SLOGANS_FILE);
  const shown = `data/${SLOGANS_FILE}`;
  if (!existsSync(file)) throw new EditorError(`Thiếu ${shown}: bộ nhận diện cần danh sách khẩu hiệu (text, source, verified)`);
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new EditorError(`${shown} không đọc được (lỗi YAML): ${(error as Error).message}`);
  }
  return parseSlogans(raw, shown);
}
