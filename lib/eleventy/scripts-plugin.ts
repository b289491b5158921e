import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { AfterBuild } from './after-build.ts';
import { bundledScripts } from '../build-cache/script-bundles.ts';
import { timeStage } from '../build-cache/timing.ts';

/** The browser scripts pages load (static/js/<name>); each is bundled with what it imports. */
const ENTRY_SCRIPTS = ['search.js', 'calendar.js'];

/**
 * The site's browser scripts, bundled and minified over the copies from
 * static/: one small file per page that needs a script (the search page loads
 * it before the first search, on slow phone links). Bundles are cached in
 * .cache/js by content.
 */
export function scriptsPlugin(eleventyConfig: UserConfig, sourceDir: string): void {
  eleventyConfig.on('eleventy.after', ({ directories }: AfterBuild) =>
    timeStage('gói mã JavaScript', async () => {
      const bundles = await bundledScripts(sourceDir, ENTRY_SCRIPTS);
      const outdir = path.join(directories.output, 'js');
      await mkdir(outdir, { recursive: true });
      // Copied, not linked: the passthrough copy of static/ writes to these same paths on the next build.
      await Promise.all(Object.entries(bundles).map(([name, file]) => copyFile(file, path.join(outdir, name))));
    }),
  );
}
