import { describe, expect, it } from 'vitest';
import { photoSource, referencedPhotos } from '../../lib/images/photos.ts';

describe('photo helpers', () => {
  it('finds the encoded photos a page uses, with or without a path prefix', () => {
    const html = '<source srcset="/img/aB_1-400.avif 400w, /img/aB_1-800.avif 800w"><img src="/hoc-tap/img/x-Y_2-400.jpeg"><a href="/img/readme.txt">';
    expect(referencedPhotos(html)).toEqual(['aB_1-400.avif', 'aB_1-800.avif', 'x-Y_2-400.jpeg']);
  });

  it('addresses a photo from the content folder so any page can use it', () => {
    expect(photoSource('/site/content', '/site/content/tin-tuc/khai-mac.jpg')).toBe('/tin-tuc/khai-mac.jpg');
    expect(photoSource('/site/content', '/site/content/tin-tuc/ảnh đẹp.jpg')).toBe('/tin-tuc/%E1%BA%A3nh%20%C4%91%E1%BA%B9p.jpg');
  });
});
