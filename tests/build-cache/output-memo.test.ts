import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputMemo } from '../../lib/build-cache/output-memo.ts';

describe('writing generated files only when their inputs changed', () => {
  it('knows a file made from the same inputs is current, and not when an input changed or the file is gone', async () => {
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'memo-')), 'tin-tuc/feed.xml');
    const memo = new OutputMemo();
    const a = { title: 'A' };
    const b = { title: 'B' };
    expect(memo.isCurrent(target, [a, b, 'thân bài'])).toBe(false);
    await memo.write(target, [a, b, 'thân bài'], 'một');
    expect(memo.isCurrent(target, [a, b, 'thân bài'])).toBe(true);
    expect(memo.isCurrent(target, [a, { title: 'B' }, 'thân bài'])).toBe(false);
    expect(memo.isCurrent(target, [a, b])).toBe(false);
    expect(memo.isCurrent(target, [a, b, 'thân bài đã sửa'])).toBe(false);
    rmSync(target);
    expect(memo.isCurrent(target, [a, b, 'thân bài'])).toBe(false);
  });
});
