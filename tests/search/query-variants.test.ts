import { describe, expect, it } from 'vitest';
import { cleanQuery, containsExactly, finishedWords, hasMarks, pagefindQuery, restoreD } from '../../static/js/query-variants.js';

describe('Vietnamese queries against the index', () => {
  it('writes đ in a query the way the index does, and restores it in text from the index', () => {
    expect(pagefindQuery('Đoàn  thanh niên')).toBe('D\u0335oàn thanh niên');
    expect(pagefindQuery('doan thanh nien')).toBe('doan thanh nien');
    expect(restoreD('D\u0335oàn viên và con d\u0335ường')).toBe('Đoàn viên và con đường');
    expect(restoreD(pagefindQuery('đời đời') as string)).toBe('đời đời');
  });

  it('cleans the query to NFC with single spaces', () => {
    expect(cleanQuery('  học   tập '.normalize('NFD'))).toBe('học tập');
    expect(pagefindQuery('   ')).toBe('');
  });

  it('knows an exactly spelled query', () => {
    expect(hasMarks('đội')).toBe(true);
    expect(hasMarks('doi')).toBe(false);
    expect(containsExactly('Đội tuyển của trường', 'đội')).toBe(true);
    expect(containsExactly('Học tập suốt đời', 'đội')).toBe(false);
    // A phrase query's quotes are not letters of its words.
    expect(containsExactly('Cô giáo Lê Thị Hồng kể', '"Lê Thị Hồng"')).toBe(true);
    expect(containsExactly('Cô giáo Lê Thị Hông kể', '"Lê Thị Hồng"')).toBe(false);
    // Pagefind excerpts mark matches; restored, d + stroke inside a mark reads đ.
    expect(restoreD('<mark>d\u0335ến</mark> tối')).toBe('<mark>đến</mark> tối');
  });

  it('names only the finished words of a query being typed, as the index spells them', () => {
    expect(finishedWords('thư')).toBe('');
    expect(finishedWords('  thư')).toBe('');
    expect(finishedWords('thư ')).toBe('thư');
    expect(finishedWords('"Đoàn thanh ni')).toBe('D\u0335oàn thanh');
    expect(finishedWords('ky  nang so'.normalize('NFD'))).toBe('ky nang');
  });
});
