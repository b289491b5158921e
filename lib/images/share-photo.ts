import path from 'node:path';
import { statSync } from 'node:fs';
import { encodePhoto } from './eleventy-img.ts';
import { PHOTO_CACHE_DIR, PHOTO_URL_PATH, SHARE_WIDTH, type SharePhoto } from './photos.ts';

/**
 * Encodes (or finds in .cache/img) the JPEG used for Open Graph cards and feed
 * enclosures. Smaller originals are kept at their own width. PictureLibrary
 * asks once per version of a photo.
 */
export async function sharePhoto(sourcePath: string): Promise<SharePhoto> {
  const stats = await encodePhoto(sourcePath, {
    formats: ['jpeg'],
    widths: [SHARE_WIDTH],
    outputDir: PHOTO_CACHE_DIR,
    urlPath: PHOTO_URL_PATH,
  });
  const jpeg = stats.jpeg!.at(-1)!;
  const file = path.join(PHOTO_CACHE_DIR, path.basename(jpeg.outputPath));
  return { url: jpeg.url, file, width: jpeg.width, height: jpeg.height, bytes: statSync(file).size };
}
