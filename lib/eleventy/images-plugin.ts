import { existsSync } from 'node:fs';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { AfterBuild } from './after-build.ts';
import type { ResolvedImage } from '../content/entry.ts';
import { PHOTO_CACHE_DIR, PHOTO_URL_PATH, referencedPhotos } from '../images/photos.ts';
import type { PictureLibrary } from '../images/pictures.ts';
import { publishFile } from '../build-cache/publish-file.ts';
import { timeStage } from '../build-cache/timing.ts';

/** How a lead photo is shown: in the article (first screen: loaded at once) or on a listing card. */
const PLACEMENTS = {
  article: {},
  'article-first': { loading: 'eager', fetchpriority: 'high' },
  card: { sizes: '(min-width: 50rem) 22rem, 100vw' },
} as const;

/**
 * Responsive photos: the build pipeline encodes every photo the content uses
 * (lead photos and photos in bodies) to AVIF/WebP/JPEG at several widths
 * before pages render, kept in .cache/img between builds; templates then
 * write the <picture> markup directly (`picture` filter, and the Markdown
 * renderer for body photos). After the build, the encoded files the pages use
 * are linked into the output.
 */
export function imagesPlugin(eleventyConfig: UserConfig, pictures: PictureLibrary): void {
  eleventyConfig.addFilter('picture', (photo: ResolvedImage, placement: keyof typeof PLACEMENTS = 'article', extra: Record<string, string> = {}) =>
    pictures.html(photo.path, { alt: placement === 'card' ? '' : photo.alt, ...PLACEMENTS[placement], ...extra }),
  );

  eleventyConfig.on('eleventy.after', ({ directories, results }: AfterBuild) =>
    timeStage('chép ảnh đã mã hóa', () => {
      const used = new Set(results.flatMap((result) => (typeof result.content === 'string' ? referencedPhotos(result.content) : [])));
      const target = path.join(directories.output, PHOTO_URL_PATH);
      const cached = [...used].map((name) => path.join(PHOTO_CACHE_DIR, name)).filter((file) => existsSync(file));
      return Promise.all(cached.map((file) => publishFile(file, path.join(target, path.basename(file)))));
    }),
  );
}
