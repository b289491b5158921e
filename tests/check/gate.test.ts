import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../lib/check/gate.ts';
import { formatIssue } from '../../lib/issues/content-issue.ts';
import { parseVietnamTime } from '../../lib/time/vietnam-time.ts';
import { FIXTURES_DIR, makeSiteRoot } from '../helpers/site-build.ts';

const PHOTO = path.join(FIXTURES_DIR, 'site/content/tin-tuc/anh-chinh.jpg');
const NOW = (parseVietnamTime('2023-10-05 20:00') as { value: import('luxon').DateTime }).value;

/** A site root with only the given files (paths under content/), the photo beside each. */
function siteWith(files: Record<string, string>): string {
  const root = makeSiteRoot(mkdtempSync(path.join(tmpdir(), 'tuan-le-empty-')));
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, 'content', file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    copyFileSync(PHOTO, path.join(path.dirname(full), 'anh.jpg'));
  }
  return root;
}

async function gate(root: string) {
  const { issues } = await checkSite({ root, content: path.join(root, 'content'), data: path.join(root, 'data') }, { now: NOW, perPage: 10 });
  return issues.map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

describe('the publishing gate reports every problem of a file at once', () => {
  it('a schema error hides neither personal data, nor links, nor the missing photo behind a missing alt', async () => {
    const root = siteWith({
      'tin-tuc/nhieu-loi.md': [
        '---',
        'title: Nhiều lỗi 🎉',
        'lead: Gọi 0912 345 678 để đăng ký.',
        'published: 2023-10-03 09:00',
        'authors: PV',
        'unit: bao-thanh-hao',
        'districts: Hoàng Hóa',
        'image:',
        '  src: khong-co.jpg',
        '  alt: ""',
        '  credit: PV',
        '---',
        'Thư gửi an.nguyen@gmail.com.',
        '',
        'Xem [bài](/tin-tuc/khong-co/).',
        '',
      ].join('\n'),
    });
    const found = await gate(root);
    const at = (line: number, text: string) => expect(found.some((issue) => issue.includes(`content/tin-tuc/nhieu-loi.md:${line}: `) && issue.includes(text)), `${line} ${text}\n${found.join('\n')}`).toBe(true);
    at(2, 'U+1F389');
    at(3, '"0912 345 678"');
    at(6, 'unit — cần mã một đơn vị');
    at(7, 'tên viết đúng dấu "Hoằng Hóa"');
    at(9, 'image.src — cần tệp ảnh có thật');
    at(10, 'image.alt — cần mô tả ảnh');
    at(13, '"an.nguyen@gmail.com"');
    at(15, '/tin-tuc/khong-co/');
  });

  it('allows a unit’s published contact, and a consented value with a note', async () => {
    const root = siteWith({
      'tin-tuc/lien-he.md': '---\ntitle: Đăng ký lớp học\nlead: Sapo.\npublished: 2023-10-03 09:00\nauthors: PV\nunit: hoi-khuyen-hoc-tinh\ndistricts: Nga Sơn\nimage: { src: anh.jpg, alt: Ảnh, credit: PV }\npersonalDataConsent:\n  - value: 0987.654.321\n    note: Chị Hà đồng ý, văn bản lưu tại Hội\n---\nGọi Hội Khuyến học tỉnh (0237 3 852 111, khuyenhoc@example.vn) hoặc chị Hà: 0987 654 321.\n',
    });
    const units = path.join(root, 'data/units.yaml');
    writeFileSync(units, readFileSync(units, 'utf8').replace('  body: Hội Khuyến học tỉnh\n', '  body: Hội Khuyến học tỉnh\n  phone: 0237 3 852 111\n  email: khuyenhoc@example.vn\n'));
    const found = await gate(root);
    expect(found.filter((issue) => issue.startsWith('error')), found.join('\n')).toEqual([]);
    expect(found, found.join('\n')).toContain('info content/tin-tuc/lien-he.md:13: thông tin cá nhân — đăng số điện thoại theo đồng ý của nhân vật (personalDataConsent): "0987 654 321" (Chị Hà đồng ý, văn bản lưu tại Hội)');
    // Without the unit's contact in data/units.yaml, the same numbers are errors.
    writeFileSync(units, readFileSync(units, 'utf8').replace('  phone: 0237 3 852 111\n  email: khuyenhoc@example.vn\n', ''));
    const without = await gate(root);
    expect(without.filter((issue) => issue.startsWith('error')).map((issue) => issue.replace(/ \(Nghị định.*/, ''))).toEqual([
      'error content/tin-tuc/lien-he.md:13: thông tin cá nhân — cần không đăng số điện thoại của người dân',
      'error content/tin-tuc/lien-he.md:13: thông tin cá nhân — cần không đăng địa chỉ e-mail của người dân',
    ]);
  });

  it('names the field and its line when personalDataConsent is written wrong', async () => {
    const root = siteWith({
      'tin-tuc/dong-y-sai.md': '---\ntitle: Đăng ký lớp học\nlead: Sapo.\npublished: 2023-10-03 09:00\nauthors: PV\nunit: hoi-khuyen-hoc-tinh\ndistricts: Nga Sơn\nimage: { src: anh.jpg, alt: Ảnh, credit: PV }\npersonalDataConsent: 0987 654 321\n---\nGọi chị Hà: 0987 654 321.\n',
    });
    const found = await gate(root);
    expect(found).toContain('error content/tin-tuc/dong-y-sai.md:9: personalDataConsent — cần danh sách các mục value (thông tin được đăng) và note (nơi lưu văn bản đồng ý), nhận được "0987 654 321"');
  });
});
