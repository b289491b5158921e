import { describe, expect, it } from 'vitest';
import { indexedDocument, strokeD } from '../../lib/search/indexed-document.ts';

describe('the part of a page sent to the search index', () => {
  it('keeps the whole marked element, nested same-named tags included, and drops the rest', () => {
    const html = [
      '<!doctype html><html lang="vi"><head><title>T</title><script type="application/ld+json">{}</script></head><body>',
      '<nav>Điều hướng chính</nav>',
      '<section><div data-pagefind-body><h1>Đoàn Thanh niên</h1><div class="a"><div>Học tập</div></div><span data-pagefind-filter="type">Tin bài</span></div>',
      '<div class="cards"><article class="card">Bài khác</article></div></section>',
      '<footer>Chân trang</footer></body></html>',
    ].join('');
    expect(indexedDocument(html)).toBe(
      '<!doctype html><html lang="vi"><body><div data-pagefind-body><h1>D\u0335oàn Thanh niên</h1><div class="a"><div>Học tập</div></div><span data-pagefind-filter="type">Tin bài</span></div></body></html>',
    );
  });

  it('drops ignored parts, but keeps ignored parts that carry filters, sort keys or meta', () => {
    const html = [
      '<article data-pagefind-body><h1>Tựa</h1><p class="meta" data-pagefind-ignore>Thứ Hai</p>',
      '<div class="prose" data-pagefind-ignore><div><p>Thân bài dài</p></div></div>',
      '<div hidden data-pagefind-ignore><span data-pagefind-filter="type">Tin bài</span></div><p>Sau</p></article>',
    ].join('');
    expect(indexedDocument(html)).toBe(
      '<!doctype html><html lang="vi"><body><article data-pagefind-body><h1>Tựa</h1><div hidden data-pagefind-ignore><span data-pagefind-filter="type">Tin bài</span></div><p>Sau</p></article></body></html>',
    );
  });

  it('works for an article, and leaves pages without a marked element out', () => {
    expect(indexedDocument('<main><article data-pagefind-body class="article"><p>A</p></article><aside>B</aside></main>')).toBe(
      '<!doctype html><html lang="vi"><body><article data-pagefind-body class="article"><p>A</p></article></body></html>',
    );
    expect(indexedDocument('<main><div><p>Trang danh sách</p></div></main>')).toBeUndefined();
    expect(indexedDocument('<div data-pagefind-body><p>không đóng')).toBeUndefined();
  });

  it('writes đ in indexed text as d + stroke, so that d finds it, but leaves filter and meta values as written', () => {
    const html = '<article data-pagefind-body><h1>Đoàn viên đọc sách</h1><img src="/img/a.jpeg" data-pagefind-meta="image[src]" alt="Đường"><p>Con đường</p><div hidden><span data-pagefind-filter="unit">Tỉnh Đoàn</span><span data-pagefind-meta="date">Thứ Hai, 02/10/2023</span></div></article>';
    expect(strokeD(html)).toBe(
      '<article data-pagefind-body><h1>D\u0335oàn viên d\u0335ọc sách</h1><img src="/img/a.jpeg" data-pagefind-meta="image[src]" alt="Đường"><p>Con d\u0335ường</p><div hidden><span data-pagefind-filter="unit">Tỉnh Đoàn</span><span data-pagefind-meta="date">Thứ Hai, 02/10/2023</span></div></article>',
    );
    expect(indexedDocument(html)).toContain('D\u0335oàn viên');
  });
});
