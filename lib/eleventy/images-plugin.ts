import type UserConfig from '@11ty/eleventy/UserConfig';
import { eleventyImageTransformPlugin } from '@11ty/eleventy-img';
import { PHOTO_FORMATS, PHOTO_SIZES, PHOTO_WIDTHS } from '../images/photos.ts';

/**
 * Every <img> in the output (lead photos from layouts, photos in story bodies)
 * becomes a <picture> with AVIF/WebP/JPEG at several widths, width/height set
 * and lazy loading. A missing file fails the build (the checker names it first).
 */
export function imagesPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPlugin(eleventyImageTransformPlugin, {
    formats: [...PHOTO_FORMATS],
    widths: [...PHOTO_WIDTHS],
    failOnError: true,
    sharpAvifOptions: { effort: 2 },
    htmlOptions: {
      imgAttributes: { loading: 'lazy', decoding: 'async', sizes: PHOTO_SIZES },
    },
  });
}
