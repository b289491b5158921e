import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURES_DIR, makeSiteRoot, readOutput, type BuildResult } from '../helpers/site-build.ts';

/**
 * The sample plan made two-tier, with the opening place in its own sub-item:
 * units report to the department by 14/10, the department to the ministry and
 * the province by 20/10. Built after the week, before the units' deadline.
 */
function twoTierRoot(): string {
  const root = makeSiteRoot(path.join(FIXTURES_DIR, 'site/content'));
  const file = path.join(root, 'data/ke-hoach.txt');
  const edits: [string, string][] = [
    ['trong đó Lễ khai mạc Tuần lễ tổ chức vào ngày 02/10/2023.\n', 'trong đó Lễ khai mạc Tuần lễ tổ chức vào ngày 02/10/2023.\n\n3. Địa điểm khai mạc: Cung Văn hóa Thiếu nhi tỉnh, thành phố Thanh Hóa.\n'],
    [
      'kết thúc Tuần lễ, báo cáo kết quả bằng văn bản (qua Sở Giáo dục và Đào tạo) trước ngày **17/10/2023** để tổng hợp báo cáo Bộ Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh./.',
      'kết thúc Tuần lễ, gửi báo cáo kết quả bằng văn bản về Sở Giáo dục và Đào tạo trước ngày 14/10/2023. Sở Giáo dục và Đào tạo tổng hợp, báo cáo Bộ Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh trước ngày 20/10/2023./.',
    ],
  ];
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`the sample plan no longer has: ${from}`);
    text = text.replace(from, to);
  }
  writeFileSync(file, text);
  return root;
}

describe('a two-tier plan: each reader sees the deadline of their level', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite(twoTierRoot(), { BUILD_NOW: '2023-10-12T10:00:00+07:00' });
  });

  it('builds, printing the plan’s remaining gaps as warnings with file and line', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('Cảnh báo: data/ke-hoach.txt:3: số văn bản — cần số và ký hiệu văn bản');
    expect(build.output).not.toContain('địa điểm Lễ khai mạc');
  });

  it('home page: the units’ deadline, then the department’s to the ministry', () => {
    const html = readOutput(build.outDir, '/');
    const second = 'Sở Giáo dục và Đào tạo tổng hợp, báo cáo Bộ Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh trước ngày 20/10/2023.';
    expect(html).toContain(`Tuần lễ đã khép lại. Các đơn vị gửi báo cáo kết quả trước ngày 14/10/2023. ${second}`);
    expect(html).toContain(`trước ngày <strong><time datetime="2023-10-14">14/10/2023</time></strong>. ${second}</p>`);
  });

  it('/bao-cao/ and the report file: the units’ deadline first, the second tier after it', () => {
    expect(readOutput(build.outDir, '/bao-cao/')).toContain('Các đơn vị gửi báo cáo bằng văn bản trước ngày <strong>14/10/2023</strong>. Sở Giáo dục và Đào tạo tổng hợp, báo cáo Bộ Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh trước ngày 20/10/2023.</p>');
    expect(readOutput(build.outDir, '/bao-cao/bao-cao-ket-qua.md')).toContain('Hạn gửi báo cáo: trước ngày 14/10/2023. Sở Giáo dục và Đào tạo tổng hợp, báo cáo Bộ Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh trước ngày 20/10/2023.');
  });

  it('/ke-hoach/: both deadlines with who reports to whom, and the opening place from its sub-item', () => {
    const html = readOutput(build.outDir, '/ke-hoach/');
    expect(html).toContain('Trước ngày <time datetime="2023-10-14">14/10/2023</time>, về Sở Giáo dục và Đào tạo<br>Trước ngày <time datetime="2023-10-20">20/10/2023</time>, Sở Giáo dục và Đào tạo báo cáo Bộ Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh</dd>');
    expect(html).toContain(', tại Cung Văn hóa Thiếu nhi tỉnh, thành phố Thanh Hóa</dd>');
  });
});
