import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import markdownIt from 'markdown-it';
import type { z } from 'zod';
import { bodyPhotoPath } from '../images/photos.ts';
import { fileStamp } from '../site/file-stamp.ts';
import { sanitizeContentHtml, sanitizedAttributes } from '../markdown/sanitize.ts';
import { toNfc, normalizeDeep } from '../text/normalize.ts';
import { slugify } from '../text/slug.ts';
import { urls } from '../site/urls.ts';
import { splitFrontMatter } from './front-matter.ts';
import { describeValue, fieldsOf, issuesFromZod, type ContentIssue } from './issues.ts';
import type { ReferenceData } from './reference.ts';
import { eventSchema, overlaps, pageSchema, profileSchema, storySchema, type Event, type ImageField, type Page, type Profile, type Story } from './schema.ts';

/** Content folders under content/, one per type. The folder decides the type. */
export const CONTENT_FOLDERS = {
  story: 'tin-tuc',
  profile: 'guong-tu-hoc',
  event: 'su-kien',
  page: 'trang',
} as const;

export type ContentKind = keyof typeof CONTENT_FOLDERS;

/** A photo with its file resolved on disk. */
export interface ResolvedImage extends ImageField {
  /** Absolute path of the source photo. */
  path: string;
}

interface EntryMeta {
  slug: string;
  url: string;
  /** Project-relative path, as shown in messages: content/tin-tuc/x.md */
  file: string;
  /** Absolute path of the Markdown file. */
  sourcePath: string;
  /** Absolute paths of the photos placed in the body. */
  bodyPhotos: string[];
}

export type StoryEntry = EntryMeta & { kind: 'story' } & Omit<Story, 'image'> & { image: ResolvedImage };
export type ProfileEntry = EntryMeta & { kind: 'profile' } & Omit<Profile, 'photo'> & { photo: ResolvedImage };
export type EventEntry = EntryMeta & { kind: 'event' } & Omit<Event, 'image'> & { image?: ResolvedImage };
export type PageEntry = EntryMeta & { kind: 'page' } & Page;
export type Entry = StoryEntry | ProfileEntry | EventEntry | PageEntry;

/** An entry's lead photo: a story's or event's image, a profile's portrait. */
export function leadPhoto(entry: Entry | undefined): ResolvedImage | undefined {
  if (!entry || entry.kind === 'page') return undefined;
  return entry.kind === 'profile' ? entry.photo : entry.image;
}

export interface LoadedContent {
  entries: Entry[];
  issues: ContentIssue[];
}

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff']);
// Parsed like the renderer parses it (raw HTML on), so commented-out images are not checked.
const markdownScanner = markdownIt({ html: true });

const schemaCache = new WeakMap<ReferenceData, Map<ContentKind, z.ZodType>>();

/** One schema per type and reference data, built once per build rather than per file. */
function schemaFor(kind: ContentKind, reference: ReferenceData): z.ZodType {
  const cached = schemaCache.get(reference) ?? new Map<ContentKind, z.ZodType>();
  schemaCache.set(reference, cached);
  if (!cached.has(kind)) cached.set(kind, buildSchema(kind, reference));
  return cached.get(kind)!;
}

function buildSchema(kind: ContentKind, reference: ReferenceData): z.ZodType {
  switch (kind) {
    case 'story':
      return storySchema(reference);
    case 'profile':
      return profileSchema(reference);
    case 'event':
      return eventSchema(reference);
    case 'page':
      return pageSchema();
  }
}

function urlFor(kind: ContentKind, slug: string): string {
  switch (kind) {
    case 'story':
      return urls.story(slug);
    case 'profile':
      return urls.profile(slug);
    case 'event':
      return urls.event(slug);
    case 'page':
      return urls.page(slug);
  }
}

/** `khai-mac.md` → khai-mac; `khai-mac/index.md` → khai-mac (a folder with its photos). */
export function slugFromPath(file: string): string {
  const stem = path.basename(file, path.extname(file));
  return slugify(stem === 'index' ? path.basename(path.dirname(file)) : stem);
}

/** Every content Markdown file under the content folders, in a stable order. */
export function contentFiles(contentDir: string): string[] {
  return Object.values(CONTENT_FOLDERS).flatMap((folder) => markdownFiles(path.join(contentDir, folder)));
}

function markdownFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !path.basename(name).startsWith('_'))
    .map((name) => path.join(folder, name))
    .sort();
}

function isLocalSource(src: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|#)/i.test(src);
}

/** `lineOf` is asked only when there is something to report: finding a line means parsing the YAML again. */
function checkImage(file: string, lineOf: () => number | undefined, field: string, image: ImageField, sourceDir: string, issues: ContentIssue[]): ResolvedImage {
  const resolved = path.resolve(sourceDir, image.src);
  if (!isLocalSource(image.src) || !IMAGE_EXTENSIONS.has(path.extname(image.src).toLowerCase())) {
    issues.push({ file, line: lineOf(), field: `${field}.src`, expected: 'tên tệp ảnh (.jpg, .png, .webp) đặt cạnh tệp Markdown', got: describeValue(image.src), severity: 'error' });
  } else if (!existsSync(resolved)) {
    issues.push({ file, line: lineOf(), field: `${field}.src`, expected: 'tệp ảnh có thật, đặt cạnh tệp Markdown', got: describeValue(image.src), hint: 'không tìm thấy tệp', severity: 'error' });
  }
  return { ...image, path: resolved };
}

/** Checks one body photo; returns its file's path. */
function checkBodyImage(file: string, line: number, src: string, alt: string, sourceDir: string, issues: ContentIssue[]): string {
  if (!alt.trim()) {
    issues.push({ file, line, field: 'ảnh trong bài', expected: 'mô tả ảnh (alt), ví dụ ![mô tả](anh.jpg)', got: describeValue(src), severity: 'error' });
  }
  const resolved = bodyPhotoPath(sourceDir, src);
  if (!existsSync(resolved)) {
    issues.push({ file, line, field: 'ảnh trong bài', expected: 'tệp ảnh có thật, đặt cạnh tệp Markdown', got: describeValue(src), hint: 'không tìm thấy tệp', severity: 'error' });
  }
  return resolved;
}

/**
 * Photos used in the body, as Markdown (`![mô tả](anh.jpg "Chú thích")`) or as
 * raw <img>: each that would reach the page must exist and have alt text.
 * Remote and script URLs are not checked: the sanitiser removes them.
 */
function checkBodyImages(file: string, body: string, bodyLine: number, sourceDir: string, issues: ContentIssue[]): string[] {
  const found: string[] = [];
  // Most stories have no photo in the body: skip the parse for them.
  if (!body.includes('](') && !/<img/i.test(body)) return found;
  for (const block of markdownScanner.parse(body, {})) {
    for (const token of block.children ?? []) {
      const src = String(token.attrGet('src') ?? '');
      if (token.type !== 'image' || !isLocalSource(src)) continue;
      found.push(checkBodyImage(file, bodyLine + (block.map?.[0] ?? 0), src, token.content, sourceDir, issues));
    }
  }
  for (const match of body.matchAll(/<img\b[^>]*>/gi)) {
    const { src, alt = '' } = sanitizedAttributes(sanitizeContentHtml(match[0]));
    if (!src) continue;
    const line = bodyLine + body.slice(0, match.index).split('\n').length - 1;
    found.push(checkBodyImage(file, line, src, alt, sourceDir, issues));
  }
  return found;
}

function loadFile(kind: ContentKind, sourcePath: string, projectDir: string, reference: ReferenceData, issues: ContentIssue[]): Entry | undefined {
  const file = path.relative(projectDir, sourcePath).split(path.sep).join('/');
  const split = splitFrontMatter(toNfc(readFileSync(sourcePath, 'utf8')));
  if (!split.ok) {
    issues.push({ file, line: split.line, field: 'front matter', expected: split.message, got: 'nội dung không đọc được', severity: 'error' });
    return undefined;
  }
  const input = normalizeDeep(split.data);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.push({ file, field: 'front matter', expected: 'các trường dạng "tên: giá trị"', got: describeValue(input), severity: 'error' });
    return undefined;
  }
  const issuesBefore = issues.length;
  const schema = schemaFor(kind, reference);
  const result = schema.safeParse(input);
  const sourceDir = path.dirname(sourcePath);
  const bodyPhotos = checkBodyImages(file, split.body, split.bodyLine, sourceDir, issues);
  if (!result.success) {
    issues.push(...issuesFromZod(file, result.error, input, fieldsOf(schema), split.lineOf));
    return undefined;
  }
  const data = result.data as Record<string, unknown>;
  const slug = (data.slug as string | undefined) ?? slugFromPath(sourcePath);
  const meta: EntryMeta = { slug, url: urlFor(kind, slug), file, sourcePath, bodyPhotos: [...new Set(bodyPhotos)] };
  for (const field of ['image', 'photo'] as const) {
    const image = data[field] as ImageField | undefined;
    if (image) data[field] = checkImage(file, () => split.lineOf([field, 'src']), field, image, sourceDir, issues);
  }
  if (issues.length > issuesBefore) return undefined;
  return { ...data, ...meta, kind } as Entry;
}

/** Two files must not publish to the same address: both are named. */
function checkUniqueUrls(entries: Entry[], issues: ContentIssue[]): void {
  const byUrl = new Map<string, Entry>();
  for (const entry of entries) {
    const other = byUrl.get(entry.url);
    if (!other) {
      byUrl.set(entry.url, entry);
      continue;
    }
    for (const [self, clash] of [[other, entry], [entry, other]] as const) {
      issues.push({
        file: self.file,
        field: 'slug',
        expected: 'đường dẫn không trùng với tệp khác',
        got: `"${self.slug}" (${self.url})`,
        hint: `trùng với ${clash.file}; đổi tên tệp hoặc ghi trường slug khác`,
        severity: 'error',
      });
    }
  }
}

/** Warns when one organiser has two events at overlapping times. */
function checkOverlaps(entries: Entry[], issues: ContentIssue[]): void {
  const events = entries.filter((entry): entry is EventEntry => entry.kind === 'event' && entry.status !== 'hủy' && !entry.allDay);
  for (const [index, event] of events.entries()) {
    for (const other of events.slice(index + 1)) {
      if (event.unit.id !== other.unit.id || !overlaps(event, other)) continue;
      issues.push({
        file: event.file,
        field: 'start',
        expected: 'giờ không trùng với sự kiện khác của cùng đơn vị',
        got: `${event.start.toFormat('dd/MM/yyyy HH:mm')}–${event.end.toFormat('HH:mm')}`,
        hint: `trùng giờ với ${other.file}`,
        severity: 'warning',
      });
    }
  }
}

/** What one content file gave last time, kept while the file and its photos are unchanged. */
interface CachedFile {
  stamp: string;
  entry: Entry | undefined;
  issues: ContentIssue[];
}

/**
 * Parsed content files by path, reused between builds (watch mode): a file is
 * read again only when its size or modification time changed or a photo it
 * uses is gone. Valid for one set of reference data: make a new one when
 * units, districts or the plan change.
 */
export class ContentFileCache {
  private files = new Map<string, CachedFile>();

  load(sourcePath: string, parse: (issues: ContentIssue[]) => Entry | undefined): CachedFile {
    const stamp = fileStamp(sourcePath);
    const cached = this.files.get(sourcePath);
    if (cached?.stamp === stamp && photosOf(cached.entry).every((photo) => existsSync(photo))) return cached;
    const issues: ContentIssue[] = [];
    const fresh = { stamp, entry: parse(issues), issues };
    this.files.set(sourcePath, fresh);
    return fresh;
  }
}

/** Files of every photo an entry shows: its lead photo and the photos in its body. */
export function photosOf(entry: Entry | undefined): string[] {
  if (!entry) return [];
  const lead = leadPhoto(entry);
  return lead ? [lead.path, ...entry.bodyPhotos] : entry.bodyPhotos;
}

/**
 * Reads and checks every content file. Never stops at the first problem:
 * returns all valid entries and every issue found, for the build to report at once.
 */
export function loadContent(projectDir: string, contentDir: string, reference: ReferenceData, cache = new ContentFileCache()): LoadedContent {
  const issues: ContentIssue[] = [];
  const entries: Entry[] = [];
  for (const [kind, folder] of Object.entries(CONTENT_FOLDERS) as [ContentKind, string][]) {
    for (const sourcePath of markdownFiles(path.join(contentDir, folder))) {
      const loaded = cache.load(sourcePath, (fileIssues) => loadFile(kind, sourcePath, projectDir, reference, fileIssues));
      issues.push(...loaded.issues);
      if (loaded.entry) entries.push(loaded.entry);
    }
  }
  checkUniqueUrls(entries, issues);
  checkOverlaps(entries, issues);
  return { entries, issues };
}
