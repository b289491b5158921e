import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../lib/issues/content-issue.ts';
import { ContentFileCache, loadContent, slugFromPath } from '../../lib/content/load.ts';
import { loadReferenceData } from '../../lib/content/reference.ts';

const reference = loadReferenceData(path.resolve(import.meta.dirname, '../../data'));

const STORY = `---
title: Bài hợp lệ
lead: Sapo của bài.
published: 2023-10-02 09:00
authors: PV
unit: bao-thanh-hoa
districts: Hà Trung
activities: [1]
image:
  src: anh.jpg
  alt: Mô tả ảnh
  credit: PV
---
Nội dung.
`;

/** A content folder in a temp dir: { 'tin-tuc/a.md': '...' }. */
function site(files: Record<string, string>): { root: string; content: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'tuan-le-load-'));
  const content = path.join(root, 'content');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(content, name)), { recursive: true });
    writeFileSync(path.join(content, name), text);
  }
  return { root, content };
}

describe('loadContent between watch rebuilds', () => {
  it('reuses unchanged files, reads edited ones again, and notices a photo that is gone', () => {
    const { root, content } = site({ 'tin-tuc/a.md': STORY, 'tin-tuc/b.md': STORY.replace('Bài hợp lệ', 'Bài thứ hai'), 'tin-tuc/anh.jpg': 'jpeg' });
    const cache = new ContentFileCache();
    const first = loadContent(root, content, reference, cache).entries;
    const again = loadContent(root, content, reference, cache).entries;
    expect(again[0]).toBe(first[0]);
    expect(again[1]).toBe(first[1]);

    const edited = path.join(content, 'tin-tuc/b.md');
    writeFileSync(edited, STORY.replace('Bài hợp lệ', 'Bài đã sửa'));
    utimesSync(edited, new Date(), new Date(Date.now() + 5000));
    const afterEdit = loadContent(root, content, reference, cache).entries;
    expect(afterEdit[0]).toBe(first[0]);
    expect(afterEdit[1]).toMatchObject({ title: 'Bài đã sửa' });

    rmSync(path.join(content, 'tin-tuc/anh.jpg'));
    const { entries, issues } = loadContent(root, content, reference, cache);
    expect(entries).toEqual([]);
    expect(issues.map((issue) => `${issue.file} ${issue.field}`)).toEqual(['content/tin-tuc/a.md image.src', 'content/tin-tuc/b.md image.src']);
  });
});

describe('loadContent', () => {
  it('loads valid entries with slug, URL and resolved photo', () => {
    const { root, content } = site({ 'tin-tuc/bai-hop-le.md': STORY, 'tin-tuc/anh.jpg': 'jpeg' });
    const { entries, issues } = loadContent(root, content, reference);
    expect(issues).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({ kind: 'story', slug: 'bai-hop-le', url: '/tin-tuc/bai-hop-le/', file: 'content/tin-tuc/bai-hop-le.md' });
    expect(entry?.kind === 'story' && entry.image.path).toBe(path.join(content, 'tin-tuc/anh.jpg'));
  });

  it('reports every broken file in one pass and keeps the valid ones', () => {
    const { root, content } = site({
      'tin-tuc/tot.md': STORY,
      'tin-tuc/anh.jpg': 'jpeg',
      'tin-tuc/sai-don-vi.md': STORY.replace('unit: bao-thanh-hoa', 'unit: bao-thanh-hao'),
      'tin-tuc/thieu-anh.md': STORY.replace('src: anh.jpg', 'src: khong-co.jpg'),
      'tin-tuc/yaml-hong.md': STORY.replace('lead: Sapo của bài.', 'lead: "Sapo chưa đóng ngoặc'),
      'tin-tuc/khong-front-matter.md': 'Chỉ có nội dung.',
      'tin-tuc/anh-trong-bai.md': `${STORY}\n![](anh.jpg)\n\n<img src="mat.jpg" alt="Ảnh mất">\n`,
      'guong-tu-hoc/chua-dong-y.md': `---\nname: Lê Văn A\nage: 70\ndistrict: Hậu Lộc\noccupation: Nông dân\nquote: Học mãi.\nphoto: {src: anh.jpg, alt: Ảnh, credit: PV}\nunit: hoi-khuyen-hoc-tinh\npublished: 2023-10-03 08:00\n---\nBài.\n`,
      'guong-tu-hoc/anh.jpg': 'jpeg',
    });
    const { entries, issues } = loadContent(root, content, reference);
    expect(entries.map((entry) => entry.slug)).toEqual(['tot']);
    const lines = issues.map(formatIssue);
    expect(lines).toContain(
      'content/tin-tuc/sai-don-vi.md:6: unit — cần mã một đơn vị trong data/units.yaml (trường id), nhận được "bao-thanh-hao" (có phải "bao-thanh-hoa"?)',
    );
    expect(lines).toContain('content/tin-tuc/thieu-anh.md:10: image.src — cần tệp ảnh có thật, đặt cạnh tệp Markdown, nhận được "khong-co.jpg" (không tìm thấy tệp)');
    expect(lines.find((line) => line.startsWith('content/tin-tuc/yaml-hong.md:'))).toMatch(/front matter — cần YAML hợp lệ/);
    expect(lines.find((line) => line.startsWith('content/tin-tuc/khong-front-matter.md'))).toMatch(/front matter — cần khối front matter/);
    expect(lines).toContain('content/tin-tuc/anh-trong-bai.md:16: ảnh trong bài — cần mô tả ảnh (alt), ví dụ ![mô tả](anh.jpg), nhận được "anh.jpg"');
    expect(lines).toContain('content/tin-tuc/anh-trong-bai.md:18: ảnh trong bài — cần tệp ảnh có thật, đặt cạnh tệp Markdown, nhận được "mat.jpg" (không tìm thấy tệp)');
    expect(lines.find((line) => line.startsWith('content/guong-tu-hoc/chua-dong-y.md'))).toMatch(/consent — cần ghi nhận sự đồng ý/);
    expect(new Set(issues.map((issue) => issue.file)).size).toBe(6);
  });

  it('refuses two files with the same address, naming both', () => {
    const { root, content } = site({
      'tin-tuc/doan-thanh-nien.md': STORY,
      'tin-tuc/Đoàn Thanh Niên.md': STORY,
      'tin-tuc/anh.jpg': 'jpeg',
    });
    const { issues } = loadContent(root, content, reference);
    const lines = issues.map(formatIssue);
    expect(lines).toHaveLength(2);
    expect(lines.find((line) => line.startsWith('content/tin-tuc/doan-thanh-nien.md'))).toMatch(/slug — .*trùng với content\/tin-tuc\/Đoàn Thanh Niên\.md/);
    expect(lines.find((line) => line.startsWith('content/tin-tuc/Đoàn Thanh Niên.md'))).toMatch(/trùng với content\/tin-tuc\/doan-thanh-nien\.md/);
  });

  it('normalises decomposed text to NFC', () => {
    const nfd = STORY.replace('Bài hợp lệ', 'Bài hợp lệ'.normalize('NFD'));
    const { root, content } = site({ 'tin-tuc/nfd.md': nfd, 'tin-tuc/anh.jpg': 'jpeg' });
    const [entry] = loadContent(root, content, reference).entries;
    expect(entry?.kind === 'story' && entry.title).toBe('Bài hợp lệ');
  });
});

describe('slugFromPath', () => {
  it('uses the file name, or the folder of an index.md', () => {
    expect(slugFromPath('content/tin-tuc/Khai mạc Tuần lễ.md')).toBe('khai-mac-tuan-le');
    expect(slugFromPath('content/tin-tuc/khai-mac/index.md')).toBe('khai-mac');
  });
});
