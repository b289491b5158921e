import { existsSync } from 'node:fs';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { AfterBuild } from './after-build.ts';
import { leadPhoto, photosOf, type ResolvedImage } from '../content/load.ts';
import { PHOTO_CACHE_DIR, PHOTO_URL_PATH, referencedPhotos } from '../images/photos.ts';
import type { PictureLibrary } from '../images/pictures.ts';
import type { BuildState } from './build-state.ts';
import { publishFile } from '../build-cache/publish-file.ts';
import { timeStage } from '../build-cache/timing.ts';

/** How a lead photo is shown: in the article (first screen: loaded at once) or on a listing card. */
const PLACEMENTS = {
  article: {},
  'article-first': { loading: 'eager', fetchpriority: 'high' },
  card: { sizes: '(min-width: 50rem) 22rem, 100vw' },
} as const;

/**
 * Responsive photos: before pages render, every photo the content uses (lead
 * photos and photos in bodies) is encoded to AVIF/WebP/JPEG at several widths,
 * kept in .cache/img between builds; templates then write the <picture> markup
 * directly (`picture` filter, and the Markdown renderer for body photos). After
 * the build, the encoded files the pages use are linked into the output.
 */
export function imagesPlugin(eleventyConfig: UserConfig, { state, pictures }: { state: BuildState; pictures: PictureLibrary }): void {
  eleventyConfig.on('eleventy.before', async () => {
    // Content errors are reported by the content plugin; there is nothing to encode then.
    if (!(await state.whenLoaded())) return undefined;
    const entries = state.entries();
    const leadPhotos = entries.flatMap((entry) => leadPhoto(entry)?.path ?? []);
    return timeStage('mã hóa ảnh (hoặc lấy từ bộ nhớ đệm)', () => pictures.prepare(entries.flatMap(photosOf), leadPhotos));
  });

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
