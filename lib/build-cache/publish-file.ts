import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Puts a file from a build cache into the output: a hard link when both are on
 * the same disk (no bytes copied: thousands of share images cost next to
 * nothing), a copy otherwise. An older file at the target is replaced. The
 * file system work runs off the main thread, while the build writes feeds.
 */
export async function publishFile(source: string, target: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  await rm(target, { force: true });
  try {
    await link(source, target);
  } catch {
    await copyFile(source, target);
  }
}
