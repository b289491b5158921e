import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Puts a file from a build cache into the output: a hard link when both are on
 * the same disk (no bytes copied: thousands of share images cost next to
 * nothing), a copy otherwise. An older file at the target is replaced.
 */
export function publishFile(source: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  rmSync(target, { force: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}
