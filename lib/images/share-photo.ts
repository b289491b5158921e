import path from 'node:path';
import { statSync } from 'node:fs';
import eleventyImage from '@11ty/eleventy-img';
import { fileStamp } from '../site/file-stamp.ts';
import { PHOTO_CACHE_DIR, PHOTO_URL_PATH, SHARE_WIDTH, type SharePhoto } from './photos.ts';

/**
 * Encodes (once, cached) the JPEG used for Open Graph cards and feed enclosures.
 * Smaller originals are kept at their own width.
 */
export function sharePhoto(sourcePath: string): Promise<SharePhoto> {
  const key = `${sourcePath}\0${fileStamp(sourcePath)}`;
  let photo = known.get(key);
  if (!photo) {
    photo = encode(sourcePath);
    known.set(key, photo);
  }
  return photo;
}

/** Share photos already looked up, by photo and version: each page's head and each feed asks again. */
const known = new Map<string, Promise<SharePhoto>>();

async function encode(sourcePath: string): Promise<SharePhoto> {
  const stats = await eleventyImage(sourcePath, {
    formats: ['jpeg'],
    widths: [SHARE_WIDTH],
    outputDir: PHOTO_CACHE_DIR,
    urlPath: PHOTO_URL_PATH,
  });
  const jpeg = stats.jpeg!.at(-1)!;
  const file = path.join(PHOTO_CACHE_DIR, path.basename(jpeg.outputPath));
  return { url: jpeg.url, file, width: jpeg.width, height: jpeg.height, bytes: statSync(file).size };
}
