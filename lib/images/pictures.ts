import { fileStamp } from '../build-cache/file-stamp.ts';
import { escapeHtml } from '../text/html.ts';
import { encodePhoto, pictureHtml, type PhotoMetadata } from './eleventy-img.ts';
import { PHOTO_CACHE_DIR, PHOTO_FORMATS, PHOTO_SIZES, PHOTO_URL_PATH, PHOTO_WIDTHS, type SharePhoto } from './photos.ts';
import { sharePhoto } from './share-photo.ts';

/** Attributes of the <img> inside a <picture>; alt is required, the rest are optional. */
export interface PictureAttributes {
  alt: string;
  sizes?: string;
  loading?: 'lazy' | 'eager';
  [attribute: string]: string | undefined;
}

const ENCODING = {
  formats: [...PHOTO_FORMATS],
  widths: [...PHOTO_WIDTHS],
  urlPath: PHOTO_URL_PATH,
  outputDir: PHOTO_CACHE_DIR,
  sharpAvifOptions: { effort: 2 },
};

/**
 * Responsive photos written straight into the templates: every photo the content
 * uses is encoded (AVIF, WebP, JPEG at three widths, kept in .cache/img) before
 * rendering starts, so a page only looks its markup up. No page is parsed again
 * after rendering to find its images.
 */
export class PictureLibrary {
  private photos = new Map<string, { version: string; metadata: PhotoMetadata; share?: SharePhoto }>();
  /** Markup already written, by photo and attributes: listings show the same photos thousands of times. */
  private markup = new Map<string, string>();

  /**
   * Encodes (or finds in the cache) every photo given, and the share JPEG of
   * the lead photos among them; already known, unchanged photos cost one stat.
   */
  prepare(sourcePaths: Iterable<string>, leadPhotos: Iterable<string> = []): Promise<void> {
    return this.encode(sourcePaths, new Set(leadPhotos));
  }

  private async encode(sourcePaths: Iterable<string>, leadPhotos: ReadonlySet<string>): Promise<void> {
    const wanted = [...new Set([...sourcePaths, ...leadPhotos])].map((sourcePath) => ({ sourcePath, version: fileStamp(sourcePath) }));
    await Promise.all(
      wanted.map(async ({ sourcePath, version }) => {
        let photo = this.photos.get(sourcePath);
        if (photo?.version !== version) {
          photo = { version, metadata: await encodePhoto(sourcePath, ENCODING) };
          this.photos.set(sourcePath, photo);
          this.markup.clear();
        }
        if (leadPhotos.has(sourcePath) && !photo.share) photo.share = await sharePhoto(sourcePath);
      }),
    );
  }

  /**
   * The <picture> for a prepared photo: AVIF and WebP sources, a JPEG <img>
   * with width and height, lazy-loaded unless told otherwise.
   */
  html(sourcePath: string, attributes: PictureAttributes): string {
    const key = `${sourcePath}\0${Object.entries(attributes).flat().join('\0')}`;
    const known = this.markup.get(key);
    if (known !== undefined) return known;
    const html = this.render(sourcePath, attributes);
    this.markup.set(key, html);
    return html;
  }

  /** A prepared lead photo's JPEG for social cards and feed enclosures. */
  share(sourcePath: string): SharePhoto {
    const share = this.photo(sourcePath).share;
    if (!share) throw new Error(`Ảnh chia sẻ chưa được chuẩn bị trước khi dựng trang: ${sourcePath}`);
    return share;
  }

  /** Address of a prepared photo's smallest JPEG: the one a <picture> falls back to, and the search results' thumbnail. */
  thumbnail(sourcePath: string): string {
    return this.metadata(sourcePath).jpeg![0]!.url;
  }

  private render(sourcePath: string, attributes: PictureAttributes): string {
    const { alt, sizes = PHOTO_SIZES, loading = 'lazy', ...rest } = attributes;
    const extra = Object.fromEntries(Object.entries(rest).flatMap(([name, value]) => (value === undefined ? [] : [[name, escapeHtml(value)]])));
    return pictureHtml(this.metadata(sourcePath), { loading, decoding: 'async', alt, ...extra, sizes });
  }

  private metadata(sourcePath: string): PhotoMetadata {
    return this.photo(sourcePath).metadata;
  }

  private photo(sourcePath: string) {
    const photo = this.photos.get(sourcePath);
    if (!photo) throw new Error(`Ảnh chưa được chuẩn bị trước khi dựng trang: ${sourcePath}`);
    return photo;
  }
}
