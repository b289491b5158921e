import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { moveIntoPlace, temporaryFolderFor } from '../build-cache/cache-folder.ts';
import { fileStamp } from '../build-cache/file-stamp.ts';
import { FONT_FILES, RENDERER_VERSION } from './render.ts';

/** Where rendered banners are kept between builds (git-ignored, like .cache/img). */
export const BANNER_CACHE_DIR = '.cache/banners';

const digestsByStamp = new Map<string, string>();

/** sha256 of a font file, recomputed only when its size or time changes. */
function fontDigest(file: string): string {
  const id = `${file}:${fileStamp(file)}`;
  let digest = digestsByStamp.get(id);
  if (!digest) {
    digest = createHash('sha256').update(readFileSync(file)).digest('hex');
    digestsByStamp.set(id, digest);
  }
  return digest;
}

/** JSON with object keys sorted, so the same content always hashes the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, inner]) => `${JSON.stringify(key)}:${stableJson(inner)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Digests of the font files every render uses. */
function fontDigests(): string[] {
  return Object.values(FONT_FILES).map(fontDigest);
}

/**
 * The content hash a render is cached under: what is drawn, in which format,
 * with which font files and which version of the renderer.
 *
 * @example contentKey({ format: 'story', design: { text: 'Học để biết' } }) // '3f9c…' (64 hex digits)
 */
export function contentKey(input: unknown, fonts: readonly string[] = fontDigests()): string {
  return createHash('sha256').update(stableJson({ renderer: RENDERER_VERSION, fonts, input })).digest('hex');
}

/** A render in the cache: its files by name (absolute paths) and what was recorded about it. */
export interface CachedEntry<Meta> {
  key: string;
  dir: string;
  files: Record<string, string>;
  meta: Meta;
  /** True when it came from an earlier build. */
  reused: boolean;
}

interface StoredMeta<Meta> {
  files: string[];
  meta: Meta;
}

/**
 * Rendered files on disk by content hash, with counters of what was rendered
 * and what reused. Entries are written to a temporary folder and renamed into
 * place, so a build that stops half-way, or two builds at once, never leave a
 * half-written entry.
 */
export class BannerCache {
  rendered = 0;
  reused = 0;

  private fonts?: readonly string[];

  constructor(readonly dir: string = BANNER_CACHE_DIR) {}

  /**
   * Reads the font files again (each build does: a font may have changed while
   * watching); keys made from now on use them. Returns their digests, one string.
   */
  refreshFonts(): string {
    this.fonts = fontDigests();
    return this.fonts.join();
  }

  /** contentKey with the font digests read once, not for each of thousands of share cards. */
  key(input: unknown): string {
    this.fonts ??= fontDigests();
    return contentKey(input, this.fonts);
  }

  /** The entry for a key: read from disk, or made by `create` and stored. */
  async entry<Meta>(key: string, create: () => Promise<{ files: Record<string, Buffer>; meta: Meta }>): Promise<CachedEntry<Meta>> {
    const dir = path.resolve(this.dir, key);
    const stored = this.read<Meta>(dir);
    if (stored) {
      this.reused++;
      return { key, dir, files: filePaths(dir, stored.files), meta: stored.meta, reused: true };
    }
    const made = await create();
    const temporary = temporaryFolderFor(dir);
    for (const [name, bytes] of Object.entries(made.files)) writeFileSync(path.join(temporary, name), bytes);
    const record: StoredMeta<Meta> = { files: Object.keys(made.files), meta: made.meta };
    writeFileSync(path.join(temporary, 'meta.json'), JSON.stringify(record, null, 2));
    // A damaged entry (files deleted by hand) is replaced.
    if (existsSync(dir) && !this.read(dir)) rmSync(dir, { recursive: true, force: true });
    if (!moveIntoPlace(temporary, dir) && !this.read(dir)) throw new Error(`Bộ nhận diện: không ghi được bộ nhớ đệm ${dir}`);
    this.rendered++;
    return { key, dir, files: filePaths(dir, record.files), meta: made.meta, reused: false };
  }

  private read<Meta>(dir: string): StoredMeta<Meta> | undefined {
    try {
      // A missing meta.json throws too: not in the cache.
      const stored = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as StoredMeta<Meta>;
      return stored.files.every((name) => existsSync(path.join(dir, name))) ? stored : undefined;
    } catch {
      return undefined;
    }
  }
}

function filePaths(dir: string, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, path.join(dir, name)]));
}

/** The cache builds use by default (`.cache/banners/` under the working folder). */
export const defaultBannerCache = new BannerCache();
