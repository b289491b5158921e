import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../lib/markdown/markdown.ts';
import { sanitizeContentHtml } from '../../lib/markdown/sanitize.ts';

const md = createMarkdown();

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src="anh.jpg" alt="Ảnh" onerror="alert(2)">',
  '<a href="javascript:alert(3)">a</a>',
  '<a href="JaVaScRiPt:alert(4)">b</a>',
  '<a href="java&#x09;script:alert(5)">c</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>',
  '<p onclick="alert(6)" style="position:fixed">p</p>',
  '<iframe src="javascript:alert(7)"></iframe>',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg onload="alert(8)"><script>alert(9)</script></svg>',
  '<style>body{display:none}</style>',
  '<form action="https://evil.example"><input name="q"></form>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<img src="https://tracker.example/pixel.gif" alt="x">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
].join('\n');

describe('content HTML allow-list', () => {
  it('removes scripts, handlers, styles and script URLs', () => {
    const html = sanitizeContentHtml(HOSTILE);
    expect(html).not.toMatch(/<script|onerror|onclick|onload|javascript:|data:|<style|<form|<input|<object|<embed|<meta|style=|<svg|evil\.example|tracker/i);
    expect(html).toContain('<img src="anh.jpg" alt="Ảnh" />');
    expect(html).toContain('<p>p</p>');
  });

  it('keeps the HTML a story needs', () => {
    const html = sanitizeContentHtml(
      '<table><caption>Kết quả</caption><tr><th scope="col">Huyện</th></tr><tr><td colspan="2">Hoằng Hóa</td></tr></table><abbr title="Giáo dục và Đào tạo">GD&amp;ĐT</abbr><iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>',
    );
    expect(html).toContain('<th scope="col">Huyện</th>');
    expect(html).toContain('<td colspan="2">Hoằng Hóa</td>');
    expect(html).toContain('<abbr title="Giáo dục và Đào tạo">');
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video" loading="lazy"></iframe>');
  });

  it('adds rel=noopener to external links opening a new tab', () => {
    expect(sanitizeContentHtml('<a href="https://baothanhhoa.vn" target="_blank">Báo</a>')).toContain('rel="noopener noreferrer"');
  });
});

describe('project Markdown', () => {
  it('neutralises Markdown links with script URLs', () => {
    const html = md.render('[bấm](javascript:alert(1)) và [ảnh](vbscript:x)');
    expect(html).not.toMatch(/href="(javascript|vbscript):/i);
  });

  it('turns a photo on its own line into a captioned figure', () => {
    const html = md.render('![Học sinh đọc sách](doc-sach.jpg "Giờ đọc sách. Ảnh: Hà Phương")');
    expect(html).toBe(
      '<figure><img src="doc-sach.jpg" alt="Học sinh đọc sách" /><figcaption>Giờ đọc sách. Ảnh: Hà Phương</figcaption></figure>\n',
    );
  });

  it('keeps inline images inside their paragraph', () => {
    expect(md.render('Chữ ![biểu tượng](a.png) chữ')).toBe('<p>Chữ <img src="a.png" alt="biểu tượng" /> chữ</p>\n');
  });

  it('outputs NFC whatever the input form', () => {
    const html = md.render('Học tập suốt đời'.normalize('NFD'));
    expect(html).toBe('<p>Học tập suốt đời</p>\n');
    expect(html.normalize('NFC')).toBe(html);
  });

  it('escapes a hostile caption', () => {
    const html = md.render('![a](a.jpg "<script>alert(1)</script>")');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('photos in story bodies', () => {
  it('hands every photo that passed the allow-list to the renderer, text unescaped, with the page it is on', () => {
    const seen: unknown[] = [];
    const withPhotos = createMarkdown({
      bodyPhoto: (image, env) => {
        seen.push({ image, page: (env as { page: string }).page });
        return '<picture>ảnh</picture>';
      },
    });
    const html = withPhotos.render('![Đoàn viên "tự học"](anh/doc-sach.jpg "Chú thích & nguồn")\n\n<img src="khac.jpg" alt="Ảnh <khác>" onerror="x()">\n\n<img src="https://tracker.example/p.gif" alt="x">', { page: 'tin-tuc/a.md' });
    expect(html).toBe('<figure><picture>ảnh</picture><figcaption>Chú thích &amp; nguồn</figcaption></figure>\n<picture>ảnh</picture>\n');
    expect(seen).toEqual([
      { image: { src: 'anh/doc-sach.jpg', alt: 'Đoàn viên "tự học"' }, page: 'tin-tuc/a.md' },
      { image: { src: 'khac.jpg', alt: 'Ảnh <khác>' }, page: 'tin-tuc/a.md' },
    ]);
  });
});

describe('the quick link test before linkify', () => {
  const plain = markdownIt({ linkify: true }).linkify;
  const sampleParagraphs = readdirSync(path.join(import.meta.dirname, '../../content'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) => readFileSync(path.join(import.meta.dirname, '../../content', file), 'utf8').split(/\n\s*\n/));

  it('answers as linkify-it does, for links of every kind and for text without any', () => {
    const texts = [
      'Xem tại https://thanhhoa.gov.vn/tin-tuc nhé.',
      'Trang www.thanhhoa.gov.vn có lịch.',
      'Trang thanhhoa.gov.vn có lịch.',
      'TRANG THANHHOA.GOV.VN CÓ LỊCH',
      '(xem: sogd.thanhhoa.gov.vn)',
      'Liên hệ hoi.khuyenhoc@thanhhoa.gov.vn để đăng ký.',
      'Tải về //cdn.example.com/lich.pdf',
      'mailto:banbientap@baothanhhoa.vn',
      'MAILTO:BANBIENTAP@BAOTHANHHOA.VN',
      'Xem HTTPS://THANHHOA.GOV.VN/LICH',
      'Ảnh: Lê Hợi. Nguồn: Sở Giáo dục và Đào tạo.',
      'ftp://kho.example.org/tai-lieu',
      'пример.рф',
      'xn--80ak6aa92e.com',
      'TP.Thanh Hóa có 1.500 học viên, v.v.',
      'Hòa.Bình đã tham gia.',
      'Khai mạc lúc 8:00 sáng 2/10.',
      'Câu văn bình thường, không có liên kết nào cả.',
      'Kết thúc bằng dấu chấm. Câu tiếp theo.',
      'Số liệu: 2.305 lớp, 47.000 lượt người.',
    ];
    for (const text of [...texts, ...sampleParagraphs]) expect(md.linkify.test(text), text).toBe(plain.test(text));
    // Both kinds occur: the battery checks the skip and the full test.
    expect(texts.filter((text) => plain.test(text)).length).toBeGreaterThanOrEqual(5);
    expect(texts.filter((text) => !plain.test(text)).length).toBeGreaterThanOrEqual(5);
  });
});
