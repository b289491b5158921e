import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { ContentIssue } from '../issues/content-issue.ts';
import { fileStamp } from '../build-cache/file-stamp.ts';

/** Photos found decodable, by content: a photo is decoded again only when its bytes change. */
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

/** What earlier runs found: each photo's stamp and content hash, and the hashes of photos that decode. */
interface Checked {
  files: Record<string, { stamp: string; hash: string }>;
  decodable: string[];
}

function readChecked(cacheFile: string): Checked {
  try {
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as Partial<Checked>;
    return { files: stored.files ?? {}, decodable: stored.decodable ?? [] };
  } catch {
    return { files: {}, decodable: [] };
  }
}

/**
 * Every photo the content uses must decode: a corrupt or truncated file is an
 * error naming the Markdown file and line, found before any page is written
 * (the encoder would otherwise stop the build with its own English message).
 * A photo is decoded once per content: an unchanged file costs a stat, and a
 * fresh checkout (new file times, same bytes, as on CI) a hash, not a decode.
 */
export async function photoIssues(uses: readonly PhotoUse[], cacheFile = CHECKED_FILE): Promise<ContentIssue[]> {
  const checked = readChecked(cacheFile);
  const decodable = new Set(checked.decodable);
  let changed = false;
  const verdicts = new Map<string, Promise<boolean>>();
  for (const use of uses) {
    if (verdicts.has(use.path)) continue;
    let stamp: string;
    try {
      stamp = fileStamp(use.path);
    } catch {
      continue; // A missing photo is reported by the content loader.
    }
    const known = checked.files[use.path];
    if (known?.stamp === stamp && decodable.has(known.hash)) {
      verdicts.set(use.path, Promise.resolve(true));
      continue;
    }
    const hash = createHash('sha256').update(readFileSync(use.path)).digest('hex');
    checked.files[use.path] = { stamp, hash };
    changed = true;
    const verdict = decodable.has(hash) ? Promise.resolve(true) : decodes(use.path);
    verdicts.set(use.path, verdict.then((ok) => (ok && decodable.add(hash), ok)));
  }
  const bad = new Set<string>();
  for (const [photo, verdict] of verdicts) if (!(await verdict)) bad.add(photo);
  if (changed) {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ files: checked.files, decodable: [...decodable].sort() }));
    renameSync(temporary, cacheFile);
  }
  return uses
    .filter((use) => bad.has(use.path))
    .map((use) => ({ file: use.file, line: use.line(), field: use.field, expected: 'tệp ảnh đọc được (JPEG, PNG, WebP…)', got: `"${path.basename(use.path)}"`, hint: 'tệp ảnh hỏng hoặc không phải ảnh; xuất lại ảnh rồi chép vào', severity: 'error' as const }));
}
