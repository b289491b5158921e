import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveIntoPlace, temporaryFolderFor } from '../../lib/build-cache/cache-folder.ts';

describe('cache entries written beside their place, then moved in', () => {
  it('moves a written folder into place, and keeps the entry another build stored first', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'cache-'));
    const dir = path.join(cache, 'abc123');
    const first = temporaryFolderFor(dir);
    expect(path.dirname(first)).toBe(cache);
    writeFileSync(path.join(first, 'a.txt'), 'bản đầu');
    const second = temporaryFolderFor(dir);
    expect(second).not.toBe(first);
    writeFileSync(path.join(second, 'a.txt'), 'bản sau');

    expect(moveIntoPlace(first, dir)).toBe(true);
    expect(moveIntoPlace(second, dir)).toBe(false);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('bản đầu');
    expect(existsSync(first) || existsSync(second)).toBe(false);
    expect(readdirSync(cache)).toEqual(['abc123']);
  });

});
