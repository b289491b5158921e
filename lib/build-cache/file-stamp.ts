import { existsSync, statSync } from 'node:fs';

/**
 * A file's size and modification time: changes whenever the file does. Build
 * caches (parsed content, encoded photos, font digests) keep a result while
 * the stamp is the same.
 */
export function fileStamp(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${size}:${mtimeMs}`;
}

/** One stamp for several files, a missing file included as such: changes when any of them does. */
export function filesStamp(files: readonly string[]): string {
  return files.map((file) => `${file}:${existsSync(file) ? fileStamp(file) : '-'}`).join('|');
}
