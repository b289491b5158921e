// eleventy-img 6 ships JavaScript without type declarations, so TypeScript reads what it returns as `any`.
// This module is the one place the project crosses that line: it names the fields the project reads.
import eleventyImage, { generateHTML } from '@11ty/eleventy-img';

/** One encoded file, as eleventy-img reports it. */
export interface EncodedPhoto {
  /** Site path, e.g. /img/abc-400.jpeg */
  url: string;
  /** The file written, in the output (cache) folder. */
  outputPath: string;
  width: number;
  height: number;
}

/** The encoded files of one photo by format, narrowest first. */
export type PhotoMetadata = Partial<Record<'avif' | 'webp' | 'jpeg', EncodedPhoto[]>>;

/** Encodes a photo (or finds it in the output folder) with eleventy-img's options. */
export function encodePhoto(sourcePath: string, options: Parameters<typeof eleventyImage>[1]): Promise<PhotoMetadata> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- eleventy-img has no types: its result is typed by PhotoMetadata above.
  return eleventyImage(sourcePath, options);
}

/** eleventy-img's <picture> markup for an encoded photo. */
export function pictureHtml(metadata: PhotoMetadata, attributes: Record<string, string>): string {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-call -- eleventy-img has no types: generateHTML returns the markup as a string.
  return generateHTML(metadata, attributes);
}
