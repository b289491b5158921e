import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSlogans, parseSlogans } from '../../lib/banners/slogans.ts';
import { PROJECT_DIR } from '../helpers/site-build.ts';

describe('data/slogans.yaml', () => {
  it('holds the verified quotes with their sources and keeps the unverified ones out', () => {
    const slogans = loadSlogans(path.join(PROJECT_DIR, 'data'));
    const verified = slogans.filter((slogan) => slogan.verified).map((slogan) => slogan.text);
    expect(verified).toEqual(['Về cách học, phải lấy tự học làm cốt.', 'Học để biết, học để làm, học để chung sống, học để tự khẳng định mình.']);
    expect(slogans.filter((slogan) => !slogan.verified)).toHaveLength(3);
    for (const slogan of slogans) expect(slogan.source.length).toBeGreaterThan(5);
  });

  it('names the file, the slogan and the field of every problem', () => {
    const check = () => parseSlogans([{ text: 'Học để biết', source: 'UNESCO', verified: true }, { text: '  ', source: 'X', verified: 'có' }, { text: 'Y', tác_giả: 'Z', verified: false }]);
    expect(check).toThrow(/^data\/slogans\.yaml không hợp lệ/);
    expect(check).toThrow(/khẩu hiệu thứ 2, trường text: cần câu khẩu hiệu, không để trống/);
    expect(check).toThrow(/khẩu hiệu thứ 2, trường verified: cần true \(đã đối chiếu\) hoặc false \(chưa\)/);
    expect(check).toThrow(/khẩu hiệu thứ 3, trường source: cần nguồn của câu/);
    expect(check).toThrow(/khẩu hiệu thứ 3: trường không dùng: tác_giả/);
  });

  it('reads text as NFC', () => {
    const [slogan] = parseSlogans([{ text: 'Học để biết'.normalize('NFD'), source: 'UNESCO', verified: true }]);
    expect(slogan!.text).toBe('Học để biết');
  });
});
