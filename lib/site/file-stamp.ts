import { statSync } from 'node:fs';

/**
 * A file's size and modification time: changes whenever the file does. Build
 * caches (parsed content, encoded photos, font digests) keep a result while
 * the stamp is the same.
 */
export function fileStamp(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${size}:${mtimeMs}`;
}
