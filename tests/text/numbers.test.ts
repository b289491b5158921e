import { describe, expect, it } from 'vitest';
import { formatBytes, formatDecimalVi, formatSeconds } from '../../lib/text/numbers.ts';

describe('Vietnamese numbers', () => {
  it('use a decimal comma', () => {
    expect(formatDecimalVi(5.894, 2)).toBe('5,89');
    expect(formatSeconds(2900)).toBe('2,9 s');
    expect(formatSeconds(1380, 2)).toBe('1,38 s');
  });

  it('write file sizes in KB under a megabyte, else MB', () => {
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(2_900_000)).toBe('2,8 MB');
  });
});
