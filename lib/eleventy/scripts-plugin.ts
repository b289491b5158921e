import { readdirSync } from 'node:fs';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { AfterBuild } from './after-build.ts';
import { filesStamp } from '../site/file-stamp.ts';
import { timeStage } from '../site/timing.ts';

/** The browser scripts pages load (static/js/<name>); each is bundled with what it imports. */
const ENTRY_SCRIPTS = ['search.js', 'calendar.js'];

/**
 * The site's browser scripts, bundled and minified over the copies from
 * static/: one small file per page that needs a script (the search page loads
 * it before the first search, on slow phone links).
 */
export function scriptsPlugin(eleventyConfig: UserConfig, sourceDir: string): void {
  // Sources and bundles as last built: while watching, an unchanged bundle is not built again.
  let built = '';
  eleventyConfig.on('eleventy.after', ({ directories }: AfterBuild) => {
    const outdir = path.join(directories.output, 'js');
    const stamp = () => filesStamp([...readdirSync(sourceDir).map((name) => path.join(sourceDir, name)), ...ENTRY_SCRIPTS.map((name) => path.join(outdir, name))]);
    if (built === stamp()) return undefined;
    return timeStage('gói mã JavaScript', async () => {
      // Loaded when needed: most watch rebuilds bundle nothing.
      const { build } = await import('esbuild');
      await build({
        entryPoints: ENTRY_SCRIPTS.map((name) => path.join(sourceDir, name)),
        outdir,
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2022',
        // Pagefind is loaded at run time from the search bundle, never bundled.
        external: ['*/pagefind/pagefind.js'],
        logLevel: 'error',
      });
      built = stamp();
    });
  });
}
