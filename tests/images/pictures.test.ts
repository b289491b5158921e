import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARE_WIDTH } from '../../lib/images/photos.ts';
import { PictureLibrary } from '../../lib/images/pictures.ts';

const PHOTO = path.resolve(import.meta.dirname, '../../content/tin-tuc/bao-thanh-hoa/dien-dan-thanh-nien.jpg');

describe('responsive photos written from templates', () => {
  it('writes a <picture> with AVIF and WebP sources and a sized, lazy JPEG, escaping attributes', async () => {
    const pictures = new PictureLibrary();
    await pictures.prepare([PHOTO, PHOTO]);
    const html = pictures.html(PHOTO, { alt: 'Đoàn viên "tự học"', title: 'Ảnh <đẹp>' });
    expect(html).toMatch(/^<picture><source type="image\/avif" srcset="\/img\/[^"]+-400\.avif 400w, [^"]+" sizes="[^"]+"><source type="image\/webp"/);
    expect(html).toMatch(/<img src="\/img\/[^"]+-400\.jpeg" loading="lazy" decoding="async" alt="Đoàn viên &quot;tự học&quot;" title="Ảnh &lt;đẹp&gt;" width="\d+" height="\d+"/);
    expect(pictures.html(PHOTO, { alt: 'Đoàn viên "tự học"', title: 'Ảnh <đẹp>' })).toBe(html);
    expect(pictures.html(PHOTO, { alt: '', loading: 'eager' })).toMatch(/<img src="[^"]+" loading="eager"/);
  });

  it('prepares the share JPEG of lead photos only, before rendering', async () => {
    const pictures = new PictureLibrary();
    const BODY_PHOTO = path.resolve(import.meta.dirname, '../../content/tin-tuc/bao-thanh-hoa/khai-mac-tuan-le.jpg');
    await pictures.prepare([PHOTO, BODY_PHOTO], [PHOTO]);
    const share = pictures.share(PHOTO);
    expect(share.url).toMatch(/^\/img\/[^/]+\.jpeg$/);
    expect(share.width).toBeLessThanOrEqual(SHARE_WIDTH);
    expect(share.bytes).toBeGreaterThan(0);
    expect(() => pictures.share(BODY_PHOTO)).toThrow(`Ảnh chia sẻ chưa được chuẩn bị trước khi dựng trang: ${BODY_PHOTO}`);
  });

  it('refuses a photo that was not prepared before rendering, naming it', () => {
    expect(() => new PictureLibrary().html('/khong/co.jpg', { alt: 'x' })).toThrow('Ảnh chưa được chuẩn bị trước khi dựng trang: /khong/co.jpg');
  });
});
