import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataReviewNotes, reviewNotes } from '../../lib/campaign/review-notes.ts';
import { formatIssue } from '../../lib/issues/content-issue.ts';

describe('review notes', () => {
  it('are warnings naming the line, its field and what to do', () => {
    const text = 'title: Tuần lễ\nurl: https://x.example # KIỂM TRA: thay địa chỉ tạm\n# KIỂM TRA: thêm khẩu hiệu của năm\n  - id: ubnd-cac-xa # KIỂM TRA: chọn đơn vị\n';
    expect(reviewNotes(text, 'data/site.yaml').map(formatIssue)).toEqual([
      'data/site.yaml:2: url — cần thay địa chỉ tạm, nhận được ghi chú KIỂM TRA chưa xóa (xóa ghi chú khi đã xong)',
      'data/site.yaml:3: KIỂM TRA — cần thêm khẩu hiệu của năm, nhận được ghi chú KIỂM TRA chưa xóa (xóa ghi chú khi đã xong)',
      'data/site.yaml:4: id — cần chọn đơn vị, nhận được ghi chú KIỂM TRA chưa xóa (xóa ghi chú khi đã xong)',
    ]);
    expect(reviewNotes(text, 'x').every((issue) => issue.severity === 'warning')).toBe(true);
  });

  it('are found in NFD text and in Markdown comments; a file without one has none', () => {
    expect(reviewNotes('Nội dung\n<!-- KIỂM TRA: viết lại -->\n'.normalize('NFD'), 'content/trang/a.md')).toMatchObject([{ line: 2, expected: 'viết lại' }]);
    expect(reviewNotes('title: Kiểm tra sức khỏe\n# kiểm tra: chữ thường không phải ghi chú\n', 'a')).toEqual([]);
  });

  it('are read from every YAML file of a data folder, in name order', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tuan-le-notes-'));
    writeFileSync(path.join(dir, 'units.yaml'), '- id: a # KIỂM TRA: b\n');
    writeFileSync(path.join(dir, 'site.yaml'), 'url: x # KIỂM TRA: c\n');
    writeFileSync(path.join(dir, 'ke-hoach.txt'), '# KIỂM TRA: not YAML\n');
    expect(dataReviewNotes(dir).map((issue) => issue.file)).toEqual(['data/site.yaml', 'data/units.yaml']);
  });
});
