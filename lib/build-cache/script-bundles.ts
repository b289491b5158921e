import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { moveIntoPlace, temporaryFolderFor } from './cache-folder.ts';

/** Where bundles are kept between builds (git-ignored, like .cache/img). */
export const SCRIPT_CACHE_DIR = '.cache/js';

const BUNDLE_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  // Pagefind is loaded at run time from the search bundle, never bundled.
  external: ['*/pagefind/pagefind.js'],
  logLevel: 'error',
} as const;

const bundlerVersion = (): string => (createRequire(import.meta.url)('esbuild/package.json') as { version: string }).version;

/** What a set of bundles is made from: every source file's name and bytes, the bundler's version and options. */
function bundleKey(sourceDir: string, entries: readonly string[]): string {
  const hash = createHash('sha256').update(JSON.stringify({ bundler: bundlerVersion(), options: BUNDLE_OPTIONS, entries }));
  for (const name of readdirSync(sourceDir).sort()) hash.update(`\0${name}\0`).update(readFileSync(path.join(sourceDir, name)));
  return hash.digest('hex').slice(0, 32);
}

/**
 * The entry scripts of `sourceDir`, each bundled with what it imports and
 * minified, as files in the cache by entry name. Bundles are kept by content:
 * a build whose scripts did not change reuses them without starting esbuild.
 */
export async function bundledScripts(sourceDir: string, entries: readonly string[], cacheDir = SCRIPT_CACHE_DIR): Promise<Record<string, string>> {
  const dir = path.resolve(cacheDir, bundleKey(sourceDir, entries));
  const files = Object.fromEntries(entries.map((name) => [name, path.join(dir, name)]));
  if (Object.values(files).every((file) => existsSync(file))) return files;
  // Loaded when needed: most builds bundle nothing.
  const { build } = await import('esbuild');
  const temporary = temporaryFolderFor(dir);
  await build({ ...BUNDLE_OPTIONS, external: [...BUNDLE_OPTIONS.external], entryPoints: entries.map((name) => path.join(sourceDir, name)), outdir: temporary });
  // A damaged entry (a bundle deleted by hand) is replaced.
  rmSync(dir, { recursive: true, force: true });
  moveIntoPlace(temporary, dir);
  return files;
}
