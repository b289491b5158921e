import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { ContentIssue } from '../content/issues.ts';
import { fileStamp } from '../site/file-stamp.ts';

/** Photos found decodable, by path and stamp: a photo is decoded again only when it changes. */
const CHECKED_FILE = '.cache/photo-check.json';

/** A photo to decode, and where the content names it. */
export interface PhotoUse {
  path: string;
  file: string;
  /** Looked up only for a photo that does not decode. */
  line: () => number;
  field: string;
}

async function decodes(photo: string): Promise<boolean> {
  try {
    // Same reader and strictness as the photo encoder: what decodes here encodes there. Shrink-on-load keeps it quick.
    await sharp(photo).resize(32, 32, { fit: 'inside' }).raw().toBuffer();
    return true;
  } catch {
    return false;
  }
}

function readChecked(cacheFile: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/**
 * Every photo the content uses must decode: a corrupt or truncated file is an
 * error naming the Markdown file and line, found before any page is written
 * (the encoder would otherwise stop the build with its own English message).
 */
export async function photoIssues(uses: readonly PhotoUse[], cacheFile = CHECKED_FILE): Promise<ContentIssue[]> {
  const checked = readChecked(cacheFile);
  const fresh: Record<string, string> = {};
  const verdicts = new Map<string, Promise<boolean>>();
  for (const use of uses) {
    if (verdicts.has(use.path)) continue;
    let stamp: string;
    try {
      stamp = fileStamp(use.path);
    } catch {
      continue; // A missing photo is reported by the content loader.
    }
    verdicts.set(
      use.path,
      checked[use.path] === stamp
        ? Promise.resolve(true)
        : decodes(use.path).then((ok) => {
            if (ok) fresh[use.path] = stamp;
            return ok;
          }),
    );
  }
  const bad = new Set<string>();
  for (const [photo, verdict] of verdicts) if (!(await verdict)) bad.add(photo);
  if (Object.keys(fresh).length > 0) {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ ...checked, ...fresh }));
    renameSync(temporary, cacheFile);
  }
  return uses
    .filter((use) => bad.has(use.path))
    .map((use) => ({ file: use.file, line: use.line(), field: use.field, expected: 'tệp ảnh đọc được (JPEG, PNG, WebP…)', got: `"${path.basename(use.path)}"`, hint: 'tệp ảnh hỏng hoặc không phải ảnh; xuất lại ảnh rồi chép vào', severity: 'error' as const }));
}
