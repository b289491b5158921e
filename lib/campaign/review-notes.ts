import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentIssue } from '../issues/content-issue.ts';

/** What `npm run campaign -- new` writes where the editor must decide: "# KIỂM TRA: …" in YAML, "<!-- KIỂM TRA: … -->" in Markdown. */
export const REVIEW_NOTE = 'KIỂM TRA:';

const NOTE = /(?:#|<!--)\s*KIỂM TRA:\s*(.*?)\s*(?:-->)?\s*$/u;
const KEY = /^\s*(?:-\s+)?([\p{L}\p{N}_]+):(?:\s|$)/u;

/**
 * The review notes of one file, as warnings with their line: the field of the
 * line they end (or "KIỂM TRA" for a note on its own line), and the note, written as what to do. A
 * note stays a warning until the editor deletes it, so `npm run check` keeps
 * showing the list the command printed until every point is reviewed.
 *
 * @example reviewNotes('url: https://x.example # KIỂM TRA: địa chỉ tạm\n', 'data/site.yaml')
 * // [{ file: 'data/site.yaml', line: 1, field: 'url', expected: 'địa chỉ tạm', got: 'ghi chú KIỂM TRA chưa xóa', severity: 'warning', … }]
 */
export function reviewNotes(text: string, file: string): ContentIssue[] {
  if (!text.normalize('NFC').includes(REVIEW_NOTE)) return [];
  return text
    .normalize('NFC')
    .split(/\r?\n/u)
    .flatMap((line, index) => {
      const note = NOTE.exec(line);
      if (!note) return [];
      const before = line.slice(0, note.index);
      const field = KEY.exec(before)?.[1] ?? 'KIỂM TRA';
      return [{ file, line: index + 1, field, expected: note[1]!, got: 'ghi chú KIỂM TRA chưa xóa', hint: 'xóa ghi chú khi đã xong', severity: 'warning' as const }];
    });
}

/** The review notes left in the data folder's YAML files (site.yaml, units.yaml, dia-phuong.yaml…), in file order. */
export function dataReviewNotes(dataDir: string): ContentIssue[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => reviewNotes(readFileSync(path.join(dataDir, name), 'utf8'), `data/${name}`));
}
