import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, FIXTURES_DIR, listFiles, makeSiteRoot } from '../helpers/site-build.ts';

describe('a malformed content set', () => {
  it('fails the build listing every error with file, field, expectation and value', () => {
    const result = buildSite(makeSiteRoot(path.join(FIXTURES_DIR, 'broken-site/content')), { BUILD_NOW: '2023-10-05T20:00:00+07:00' });
    expect(result.status).not.toBe(0);
    const expected = [
      'content/tin-tuc/sai-nhieu-truong.md:6: unit — cần mã một đơn vị trong data/units.yaml (trường id), nhận được "bao-thanh-hao" (có phải "bao-thanh-hoa"?)',
      'content/tin-tuc/sai-nhieu-truong.md:7: districts.0 — cần tên một trong 27 huyện, thị xã, thành phố trong data/dia-phuong.yaml, nhận được "Hoang Hao" (có phải "Hoằng Hóa"?)',
      'content/tin-tuc/sai-nhieu-truong.md:8: activities.0 — cần số thứ tự một hoạt động trong Kế hoạch (từ 1 đến 9), nhận được 12 (các hoạt động: 1 (Thông tin, tuyên truyền); 2 (Lễ khai mạc);',
      'content/tin-tuc/sai-nhieu-truong.md:11: image.alt — cần mô tả ảnh cho người khiếm thị (alt), không để trống, nhận được để trống',
      'content/tin-tuc/anh-thieu.md:9: image.src — cần tệp ảnh có thật, đặt cạnh tệp Markdown, nhận được "khong-ton-tai.jpg" (không tìm thấy tệp)',
      'content/guong-tu-hoc/khong-dong-y.md:1: consent — cần ghi nhận sự đồng ý của nhân vật',
      'content/su-kien/truc-tuyen-thieu-link.md:1: link — cần đường dẫn tham gia trực tuyến (sự kiện trực tuyến), nhận được không có (thiếu trường này)',
      'content/su-kien/truc-tuyen-thieu-link.md:5: end — cần thời điểm kết thúc không trước thời điểm bắt đầu',
      'content/tin-tuc/trung-duong-dan.md:1: slug — cần đường dẫn không trùng với tệp khác, nhận được "trung-duong-dan" (/tin-tuc/trung-duong-dan/) (trùng với content/tin-tuc/trùng đường dẫn.md',
    ];
    for (const line of expected) expect(result.output).toContain(line);
    expect(result.output).toContain('Nội dung có 10 lỗi trong 6 tệp');
    expect(result.output).not.toContain('Original error stack trace');
    expect(result.output).not.toMatch(/\[11ty\]|Eleventy|ContentValidationError/);
    expect(existsSync(result.outDir) ? listFiles(result.outDir) : []).toEqual([]);
  });
});
