import path from 'node:path';

/** Responsive photo settings: three widths in AVIF, WebP and JPEG (the fallback every phone reads). */
export const PHOTO_FORMATS = ['avif', 'webp', 'jpeg'] as const;
export const PHOTO_WIDTHS = [400, 800, 1200] as const;
/** A story photo spans the text column (max 46rem) or the screen on phones. */
export const PHOTO_SIZES = '(min-width: 50rem) 46rem, 100vw';

/**
 * The `src` that lets the image transform find a photo from any page:
 * a path from the content folder, starting with "/".
 *
 * @example photoSource('/site/content', '/site/content/tin-tuc/khai-mac.jpg') === '/tin-tuc/khai-mac.jpg'
 */
export function photoSource(contentDir: string, photoPath: string): string {
  return `/${path.relative(path.resolve(contentDir), photoPath).split(path.sep).map(encodeURIComponent).join('/')}`;
}
