import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * A new, empty folder beside `dir` (a content-addressed cache entry) to write
 * the entry into before it takes its place (see moveIntoPlace).
 */
export function temporaryFolderFor(dir: string): string {
  const temporary = path.join(path.dirname(dir), `.tmp-${path.basename(dir)}-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(temporary, { recursive: true });
  return temporary;
}

/**
 * Renames a fully written temporary folder to `dir`: a build stopped half-way,
 * or two builds at once, never leave a half-written entry. False when another
 * build stored the entry first (same key, same content): its copy is kept and
 * the temporary one dropped.
 */
export function moveIntoPlace(temporary: string, dir: string): boolean {
  try {
    renameSync(temporary, dir);
    return true;
  } catch {
    rmSync(temporary, { recursive: true, force: true });
    return false;
  }
}
