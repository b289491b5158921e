import { copyFileSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES_DIR } from '../helpers/site-build.ts';

const PHOTO = path.join(FIXTURES_DIR, 'site/content/tin-tuc/anh-chinh.jpg');

describe('photos must decode', () => {
  it('names a corrupt photo with its file and line, and decodes each good photo once per content', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tuan-le-photos-'));
    const good = path.join(dir, 'tot.jpg');
    const bad = path.join(dir, 'hong.jpg');
    copyFileSync(PHOTO, good);
    writeFileSync(bad, readFileSync(PHOTO).subarray(0, 200));
    const cache = path.join(dir, 'photo-check.json');
    const sharp = (await import('sharp')).default;
    const { photoIssues } = await import('../../lib/check/photo-rules.ts');
    const uses = [good, bad].map((photo, index) => ({ path: photo, file: `content/tin-tuc/bai-${index}.md`, line: () => 10 + index, field: 'image.src' }));

    const first = await photoIssues(uses, cache);
    expect(first).toMatchObject([{ file: 'content/tin-tuc/bai-1.md', line: 11, field: 'image.src', got: '"hong.jpg"', severity: 'error' }]);

    // A fresh checkout: same bytes, new file times. The good photo is known by its content, not decoded again.
    const spy = vi.spyOn(sharp.prototype, 'toBuffer');
    utimesSync(good, new Date('2030-01-01'), new Date('2030-01-01'));
    const second = await photoIssues(uses, cache);
    expect(second.map((issue) => issue.file)).toEqual(['content/tin-tuc/bai-1.md']);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
