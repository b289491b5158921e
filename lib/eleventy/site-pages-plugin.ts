import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { LISTING_PAGES, listingPageData } from '../collections/listing-pages.ts';

/**
 * Every site page reads the content (through collections, filters and global
 * data that Eleventy cannot see into): declared as consuming the content's
 * collections, so a preview's incremental rebuild renders it again after any
 * content change, as a full build would.
 */
const PREVIEW_DEPENDENCIES = { eleventyImport: { collections: ['stories'] } };

/**
 * The site's own pages (home, sitemap, 404…) live in layouts/pages/ and are
 * added as virtual templates, so content/ holds only what journalists write
 * and any site root (a test fixture, a benchmark corpus) gets the same pages.
 * The paginated listings (news, profiles, hubs) are one layout,
 * layouts/listing.njk, over the table in lib/collections/listing-pages.ts.
 */
export function sitePagesPlugin(eleventyConfig: UserConfig, pagesDir: string): void {
  const files = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.njk'));
  for (const file of files.sort()) {
    eleventyConfig.addTemplate(file.split(path.sep).join('/'), readFileSync(path.join(pagesDir, file), 'utf8'), PREVIEW_DEPENDENCIES);
  }
  for (const page of LISTING_PAGES) {
    eleventyConfig.addTemplate(page.template, '', { ...listingPageData(page), ...PREVIEW_DEPENDENCIES });
  }
}
