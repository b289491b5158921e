import path from 'node:path';
import { urls } from '../site/urls.ts';

/** Responsive photo settings: three widths in AVIF, WebP and JPEG (the fallback every phone reads). */
export const PHOTO_FORMATS = ['avif', 'webp', 'jpeg'] as const;
export const PHOTO_WIDTHS = [400, 800, 1200] as const;
/** A story photo spans the text column (max 46rem) or the screen on phones. */
export const PHOTO_SIZES = '(min-width: 50rem) 46rem, 100vw';

/**
 * The file behind a photo written in a story body (`![mô tả](anh/x.jpg)`):
 * relative to the Markdown file, percent-encoding undone.
 *
 * @example bodyPhotoPath('/site/content/tin-tuc', 'anh/%E1%BA%A3nh.jpg') === '/site/content/tin-tuc/anh/ảnh.jpg'
 */
export function bodyPhotoPath(markdownDir: string, src: string): string {
  let decoded = src;
  try {
    decoded = decodeURI(src);
  } catch {
    // Malformed escapes: keep the text as written; the content check reports the missing file.
  }
  return path.resolve(markdownDir, decoded);
}

/** Where encoded photos are kept between builds: a clean build re-encodes nothing that is unchanged. */
export const PHOTO_CACHE_DIR = '.cache/img';
/** Site folder of the encoded photos (the URL map's `photos`). */
export const PHOTO_URL_PATH = urls.photos();

/**
 * Names of the encoded photos a page refers to (`…/img/<hash>-<width>.<format>`),
 * whatever the path prefix.
 *
 * @example referencedPhotos('<img src="/p/img/ab_C-400.jpeg">') // ['ab_C-400.jpeg']
 */
export function referencedPhotos(html: string): string[] {
  return [...html.matchAll(/\/img\/([A-Za-z0-9_-]+-\d+\.(?:avif|webp|jpeg|png|gif))\b/g)].map((match) => match[1]!);
}

/** A 1200-pixel JPEG of a photo, for social cards and feed enclosures. */
export interface SharePhoto {
  /** Site path, e.g. /img/abc-1200.jpeg */
  url: string;
  /** Encoded file in the photo cache. */
  file: string;
  width: number;
  height: number;
  bytes: number;
}

export const SHARE_WIDTH = 1200;
