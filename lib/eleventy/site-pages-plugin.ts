import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';

/**
 * The site's own pages (home, listings, sitemap, 404…) live in layouts/pages/
 * and are added as virtual templates, so content/ holds only what journalists
 * write and any site root (a test fixture, a benchmark corpus) gets the same pages.
 */
export function sitePagesPlugin(eleventyConfig: UserConfig, pagesDir: string): void {
  const files = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.njk'));
  for (const file of files.sort()) {
    eleventyConfig.addTemplate(file.split(path.sep).join('/'), readFileSync(path.join(pagesDir, file), 'utf8'));
  }
}
