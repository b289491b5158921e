import { describe, expect, it } from 'vitest';
import { bodyPhotoPath, referencedPhotos } from '../../lib/images/photos.ts';

describe('photo helpers', () => {
  it('finds the encoded photos a page uses, with or without a path prefix', () => {
    const html = '<source srcset="/img/aB_1-400.avif 400w, /img/aB_1-800.avif 800w"><img src="/hoc-tap/img/x-Y_2-400.jpeg"><a href="/img/readme.txt">';
    expect(referencedPhotos(html)).toEqual(['aB_1-400.avif', 'aB_1-800.avif', 'x-Y_2-400.jpeg']);
  });

  it('finds the file of a photo written in a story body, percent-encoding undone', () => {
    expect(bodyPhotoPath('/site/content/tin-tuc', 'anh/khai-mac.jpg')).toBe('/site/content/tin-tuc/anh/khai-mac.jpg');
    expect(bodyPhotoPath('/site/content/tin-tuc', '%E1%BA%A3nh%20%C4%91%E1%BA%B9p.jpg')).toBe('/site/content/tin-tuc/ảnh đẹp.jpg');
    expect(bodyPhotoPath('/site/content/tin-tuc', '50%.jpg')).toBe('/site/content/tin-tuc/50%.jpg');
  });
});
