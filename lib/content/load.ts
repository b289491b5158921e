import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import markdownIt from 'markdown-it';
import type { z } from 'zod';
import { bodyPhotoPath } from '../images/photos.ts';
import { fileStamp } from '../build-cache/file-stamp.ts';
import { sanitizeContentHtml, sanitizedAttributes } from '../markdown/sanitize.ts';
import { toNfc, normalizeDeep } from '../text/normalize.ts';
import { slugify } from '../text/slug.ts';
import { urls } from '../site/urls.ts';
import { splitFrontMatter } from './front-matter.ts';
import { describeValue, fieldsOf, issuesFromZod, type ContentIssue } from '../issues/content-issue.ts';
import type { ReferenceData } from './reference.ts';
import { photosOf, type ContentKind, type Entry, type EntryMeta, type ResolvedImage } from './entry.ts';
import { eventSchema, overlaps, pageSchema, profileSchema, storySchema, type Event, type ImageField, type Page, type Profile, type Story } from './schema.ts';

/** Content folders under content/, one per type. The folder decides the type. */
export const CONTENT_FOLDERS = {
  story: 'tin-tuc',
  profile: 'guong-tu-hoc',
  event: 'su-kien',
  page: 'trang',
} as const satisfies Record<ContentKind, string>;

/**
 * One content file as read, valid or not: the publishing gate runs its text,
 * personal-data and link rules on every file, so a schema error never hides them.
 */
export interface ContentFile {
  kind: ContentKind;
  /** Absolute path of the Markdown file. */
  sourcePath: string;
  /** Project-relative path, as shown in messages. */
  file: string;
  /** The file's text as written (before NFC). */
  source: string;
  /** Front matter as written (NFC), when its YAML could be read. */
  data?: Record<string, unknown>;
  /** The Markdown body and the file line it starts on. */
  body: string;
  bodyLine: number;
  /** The file line of a front-matter field (or of its nearest written parent); line 1 when nothing is written. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Every photo file the file names (lead photo and photos in the body) with the line that names it, looked up when needed. */
  photos: { path: string; line: () => number; field: string }[];
  /** The checked entry, when the file has no error of its own. */
  entry?: Entry;
}

export interface LoadedContent {
  entries: Entry[];
  issues: ContentIssue[];
  files: ContentFile[];
}

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff']);
// Parsed like the renderer parses it (raw HTML on), so commented-out images are not checked.
const markdownScanner = markdownIt({ html: true });

interface Schemas {
  story: ReturnType<typeof storySchema>;
  profile: ReturnType<typeof profileSchema>;
  event: ReturnType<typeof eventSchema>;
  page: ReturnType<typeof pageSchema>;
}

const SCHEMA_BUILDERS: { [K in ContentKind]: (reference: ReferenceData) => Schemas[K] } = {
  story: storySchema,
  profile: profileSchema,
  event: eventSchema,
  page: () => pageSchema(),
};

const schemaCache = new WeakMap<ReferenceData, Partial<Schemas>>();

/** One schema per type and reference data, built once per build rather than per file. */
function schemaFor<K extends ContentKind>(kind: K, reference: ReferenceData): Schemas[K] {
  const cached = schemaCache.get(reference) ?? {};
  schemaCache.set(reference, cached);
  return (cached[kind] ??= SCHEMA_BUILDERS[kind](reference));
}

/** A file's front matter as its type's schema gives it: the type comes from the schema, never from a cast. */
type ParsedContent = { kind: 'story'; data: Story } | { kind: 'profile'; data: Profile } | { kind: 'event'; data: Event } | { kind: 'page'; data: Page };

function parseContent(kind: ContentKind, input: unknown, reference: ReferenceData): ParsedContent | { kind: 'invalid'; error: z.ZodError } {
  const outcome = <T>(result: z.ZodSafeParseResult<T>, parsed: (data: T) => ParsedContent) => (result.success ? parsed(result.data) : { kind: 'invalid' as const, error: result.error });
  switch (kind) {
    case 'story':
      return outcome(schemaFor(kind, reference).safeParse(input), (data) => ({ kind, data }));
    case 'profile':
      return outcome(schemaFor(kind, reference).safeParse(input), (data) => ({ kind, data }));
    case 'event':
      return outcome(schemaFor(kind, reference).safeParse(input), (data) => ({ kind, data }));
    case 'page':
      return outcome(schemaFor(kind, reference).safeParse(input), (data) => ({ kind, data }));
  }
}

/** The entry of a valid file: its parsed front matter, address, and the files of its photos. */
function entryOf(parsed: ParsedContent, meta: EntryMeta, photoPath: (field: 'image' | 'photo', image: ImageField) => string): Entry {
  const resolved = (field: 'image' | 'photo', image: ImageField): ResolvedImage => ({ ...image, path: photoPath(field, image) });
  switch (parsed.kind) {
    case 'story':
      return { ...parsed.data, image: resolved('image', parsed.data.image), ...meta, kind: parsed.kind };
    case 'profile':
      return { ...parsed.data, photo: resolved('photo', parsed.data.photo), ...meta, kind: parsed.kind };
    case 'event': {
      const { image, ...rest } = parsed.data;
      return image ? { ...parsed.data, image: resolved('image', image), ...meta, kind: parsed.kind } : { ...rest, ...meta, kind: parsed.kind };
    }
    case 'page':
      return { ...parsed.data, ...meta, kind: parsed.kind };
  }
}

/** The address a content file of a type publishes to. */
export function urlFor(kind: ContentKind, slug: string): string {
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

/** Checks a photo field's file; returns its path. `lineOf` is asked only when there is something to report: finding a line means parsing the YAML again. */
function checkImage(file: string, lineOf: () => number | undefined, field: string, src: string, sourceDir: string, issues: ContentIssue[]): string {
  const resolved = path.resolve(sourceDir, src);
  if (!isLocalSource(src) || !IMAGE_EXTENSIONS.has(path.extname(src).toLowerCase())) {
    issues.push({ file, line: lineOf(), field: `${field}.src`, expected: 'tên tệp ảnh (.jpg, .png, .webp) đặt cạnh tệp Markdown', got: describeValue(src), severity: 'error' });
  } else if (!existsSync(resolved)) {
    issues.push({ file, line: lineOf(), field: `${field}.src`, expected: 'tệp ảnh có thật, đặt cạnh tệp Markdown', got: describeValue(src), hint: 'không tìm thấy tệp', severity: 'error' });
  }
  return resolved;
}

/** Checks one body photo; returns its file's path. */
function checkBodyImage(file: string, line: number, src: string, alt: string, sourceDir: string, issues: ContentIssue[]): { path: string; line: number } {
  if (!alt.trim()) {
    issues.push({ file, line, field: 'ảnh trong bài', expected: 'mô tả ảnh (alt), ví dụ ![mô tả](anh.jpg)', got: describeValue(src), severity: 'error' });
  }
  const resolved = bodyPhotoPath(sourceDir, src);
  if (!existsSync(resolved)) {
    issues.push({ file, line, field: 'ảnh trong bài', expected: 'tệp ảnh có thật, đặt cạnh tệp Markdown', got: describeValue(src), hint: 'không tìm thấy tệp', severity: 'error' });
  }
  return { path: resolved, line };
}

/**
 * Photos used in the body, as Markdown (`![mô tả](anh.jpg "Chú thích")`) or as
 * raw <img>: each that would reach the page must exist and have alt text.
 * Remote and script URLs are not checked: the sanitiser removes them.
 */
function checkBodyImages(file: string, body: string, bodyLine: number, sourceDir: string, issues: ContentIssue[]): { path: string; line: number }[] {
  const found: { path: string; line: number }[] = [];
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

/** Front matter written as fields (`name: value`), not a list or a single value. */
function isFieldMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The file a photo field names as written (`image:` or `photo:`): checked even if another field is wrong. */
function writtenImageSrc(input: Record<string, unknown>, field: 'image' | 'photo'): string | undefined {
  const value = input[field];
  return isFieldMap(value) && typeof value.src === 'string' ? value.src : undefined;
}

function loadFile(kind: ContentKind, sourcePath: string, projectDir: string, reference: ReferenceData, issues: ContentIssue[]): ContentFile {
  const file = path.relative(projectDir, sourcePath).split(path.sep).join('/');
  const source = readFileSync(sourcePath, 'utf8');
  const split = splitFrontMatter(toNfc(source));
  const base = { kind, sourcePath, file, source };
  if (!split.ok) {
    issues.push({ file, line: split.line ?? 1, field: 'front matter', expected: split.message, got: 'nội dung không đọc được', severity: 'error' });
    return { ...base, body: split.body ?? source, bodyLine: split.bodyLine ?? 1, lineOf: () => split.line ?? 1, photos: [] };
  }
  const lineOf = (fieldPath: readonly PropertyKey[]) => split.lineOf(fieldPath) ?? 1;
  const read: ContentFile = { ...base, body: split.body, bodyLine: split.bodyLine, lineOf, photos: [] };
  const input = normalizeDeep(split.data);
  if (!isFieldMap(input)) {
    issues.push({ file, line: 1, field: 'front matter', expected: 'các trường dạng "tên: giá trị"', got: describeValue(input), severity: 'error' });
    return read;
  }
  const data = input;
  const issuesBefore = issues.length;
  const sourceDir = path.dirname(sourcePath);
  // Photos are looked for whatever else is wrong: a missing alt must not hide a missing file.
  const photos = new Map<'image' | 'photo', string>();
  for (const field of ['image', 'photo'] as const) {
    const src = writtenImageSrc(data, field);
    if (src !== undefined) photos.set(field, checkImage(file, () => lineOf([field, 'src']), field, src, sourceDir, issues));
  }
  const bodyPhotos = checkBodyImages(file, split.body, split.bodyLine, sourceDir, issues);
  read.photos = [
    ...[...photos].map(([field, photoPath]) => ({ path: photoPath, line: () => lineOf([field, 'src']), field: `${field}.src` })),
    ...bodyPhotos.map((photo) => ({ path: photo.path, line: () => photo.line, field: 'ảnh trong bài' })),
  ];
  const parsed = parseContent(kind, input, reference);
  if (parsed.kind === 'invalid') {
    issues.push(...issuesFromZod(file, parsed.error, input, fieldsOf(schemaFor(kind, reference)), lineOf));
    return { ...read, data };
  }
  if (issues.length > issuesBefore) return { ...read, data };
  const slug = parsed.data.slug ?? slugFromPath(sourcePath);
  const meta: EntryMeta = { slug, url: urlFor(kind, slug), file, sourcePath, bodyPhotos: [...new Set(bodyPhotos.map((photo) => photo.path))], body: split.body };
  // The photo files were found from the fields as written (before the schema trimmed them), like the checks above.
  return { ...read, data, entry: entryOf(parsed, meta, (field, image) => photos.get(field) ?? path.resolve(sourceDir, image.src)) };
}

/** Two files must not publish to the same address: both are named. */
function checkUniqueUrls(files: ContentFile[], issues: ContentIssue[]): void {
  const byUrl = new Map<string, Entry>();
  const lineOf = new Map(files.map((file) => [file.entry, file.lineOf]));
  for (const { entry } of files) {
    if (!entry) continue;
    const other = byUrl.get(entry.url);
    if (!other) {
      byUrl.set(entry.url, entry);
      continue;
    }
    for (const [self, clash] of [[other, entry], [entry, other]] as const) {
      issues.push({
        file: self.file,
        line: lineOf.get(self)?.(['slug']) ?? 1,
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
function checkOverlaps(files: ContentFile[], issues: ContentIssue[]): void {
  const events = files.flatMap(({ entry }) => (entry?.kind === 'event' && entry.status !== 'hủy' && !entry.allDay ? [entry] : []));
  const lineOf = new Map(files.map((file) => [file.entry, file.lineOf]));
  for (const [index, event] of events.entries()) {
    for (const other of events.slice(index + 1)) {
      if (event.unit.id !== other.unit.id || !overlaps(event, other)) continue;
      issues.push({
        file: event.file,
        line: lineOf.get(event)?.(['start']) ?? 1,
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
  read: ContentFile;
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

  load(sourcePath: string, parse: (issues: ContentIssue[]) => ContentFile): CachedFile {
    const stamp = fileStamp(sourcePath);
    const cached = this.files.get(sourcePath);
    if (cached?.stamp === stamp && photosOf(cached.read.entry).every((photo) => existsSync(photo))) return cached;
    const issues: ContentIssue[] = [];
    const fresh = { stamp, read: parse(issues), issues };
    this.files.set(sourcePath, fresh);
    return fresh;
  }
}

/**
 * Reads and checks every content file. Never stops at the first problem:
 * returns all valid entries and every issue found, for the build to report at once.
 */
export function loadContent(projectDir: string, contentDir: string, reference: ReferenceData, cache = new ContentFileCache()): LoadedContent {
  const issues: ContentIssue[] = [];
  const files: ContentFile[] = [];
  for (const [kind, folder] of Object.entries(CONTENT_FOLDERS) as [ContentKind, string][]) {
    for (const sourcePath of markdownFiles(path.join(contentDir, folder))) {
      const loaded = cache.load(sourcePath, (fileIssues) => loadFile(kind, sourcePath, projectDir, reference, fileIssues));
      issues.push(...loaded.issues);
      files.push(loaded.read);
    }
  }
  checkUniqueUrls(files, issues);
  checkOverlaps(files, issues);
  return { entries: files.flatMap((file) => file.entry ?? []), issues, files };
}
