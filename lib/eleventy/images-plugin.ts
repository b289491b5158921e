import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { AfterBuild } from './after-build.ts';
import { eleventyImageTransformPlugin } from '@11ty/eleventy-img';
import { logStage } from '../site/timing.ts';
import { PHOTO_CACHE_DIR, PHOTO_FORMATS, PHOTO_SIZES, PHOTO_URL_PATH, PHOTO_WIDTHS, referencedPhotos } from '../images/photos.ts';

/**
 * Every <img> in the output (lead photos from layouts, photos in story bodies)
 * becomes a <picture> with AVIF/WebP/JPEG at several widths, width/height set
 * and lazy loading. Encoded files are kept in .cache/img between builds and the
 * ones this build uses are copied to the output, so clean builds stay fast.
 */
export function imagesPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPlugin(eleventyImageTransformPlugin, {
    formats: [...PHOTO_FORMATS],
    widths: [...PHOTO_WIDTHS],
    urlPath: PHOTO_URL_PATH,
    outputDir: PHOTO_CACHE_DIR,
    failOnError: true,
    sharpAvifOptions: { effort: 2 },
    htmlOptions: {
      imgAttributes: { loading: 'lazy', decoding: 'async', sizes: PHOTO_SIZES },
    },
  });

  eleventyConfig.on('eleventy.after', ({ directories, results }: AfterBuild) => {
    const started = performance.now();
    const used = new Set(results.flatMap((result) => (typeof result.content === 'string' ? referencedPhotos(result.content) : [])));
    const target = path.join(directories.output, PHOTO_URL_PATH);
    mkdirSync(target, { recursive: true });
    for (const name of used) {
      const cached = path.join(PHOTO_CACHE_DIR, name);
      if (existsSync(cached)) copyFileSync(cached, path.join(target, name));
    }
    logStage('chép ảnh đã mã hóa', started);
  });
}
