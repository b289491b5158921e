import { describe, expect, it } from 'vitest';
import { cleanQuery, containsExactly, hasMarks, queryVariants } from '../../static/js/query-variants.js';

describe('query variants for đ', () => {
  it('tries each word starting with d with đ too, original first', () => {
    expect(queryVariants('doan thanh nien')).toEqual(['doan thanh nien', 'đoan thanh nien']);
    expect(queryVariants('Duong doi')).toEqual(['Duong doi', 'Đuong doi', 'Duong đoi', 'Đuong đoi']);
    expect(queryVariants('học tập')).toEqual(['học tập']);
  });

  it('bounds the number of searches', () => {
    expect(queryVariants('d1 d2 d3 d4 d5')).toHaveLength(8);
  });

  it('cleans the query to NFC with single spaces', () => {
    expect(cleanQuery('  học   tập '.normalize('NFD'))).toBe('học tập');
    expect(queryVariants('   ')).toEqual([]);
  });

  it('knows an exactly spelled query', () => {
    expect(hasMarks('đội')).toBe(true);
    expect(hasMarks('doi')).toBe(false);
    expect(containsExactly('Đội tuyển của trường', 'đội')).toBe(true);
    expect(containsExactly('Học tập suốt đời', 'đội')).toBe(false);
  });
});
