import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishFile } from '../../lib/build-cache/publish-file.ts';

describe('publishing a cached file to the output', () => {
  it('links the cached file into a new folder and replaces an older output file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'publish-'));
    const source = path.join(dir, 'cache.png');
    const target = path.join(dir, 'out/bo-nhan-dien/chia-se/a.png');
    writeFileSync(source, 'mới');
    await publishFile(source, target);
    expect(readFileSync(target, 'utf8')).toBe('mới');
    expect(statSync(target).ino).toBe(statSync(source).ino);

    const other = path.join(dir, 'other.png');
    writeFileSync(other, 'khác');
    await publishFile(other, target);
    expect(readFileSync(target, 'utf8')).toBe('khác');
    expect(readFileSync(source, 'utf8')).toBe('mới');
  });
});
