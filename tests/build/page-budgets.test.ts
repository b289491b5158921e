import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PAGE_BUDGETS, scriptsOf, storyPageBytes, unsizedImages } from '../../lib/bench/page-budgets.ts';
import { listFiles } from '../helpers/site-build.ts';

const siteDir = inject('sampleSiteDir');
const htmlFiles = listFiles(siteDir).filter((file) => file.endsWith('.html'));
const pagesUnder = (folder: string) => htmlFiles.filter((file) => file.startsWith(`${folder}/`) && !file.includes('/trang-') && file.split('/').length === 3);

describe('page budgets on the built sample site', () => {
  it('keeps every story page (HTML and CSS, gzip) under 40 KB', () => {
    const stories = pagesUnder('tin-tuc');
    expect(stories.length).toBeGreaterThan(10);
    for (const file of stories) {
      const bytes = storyPageBytes(siteDir, `/${path.dirname(file)}/`);
      expect(bytes, file).toBeLessThan(PAGE_BUDGETS.storyBytes);
      expect(bytes, file).toBeGreaterThan(3 * 1024);
    }
  });

  it('sends no JavaScript with story and profile pages', () => {
    for (const file of [...pagesUnder('tin-tuc'), ...pagesUnder('guong-tu-hoc')]) {
      expect(scriptsOf(readFileSync(path.join(siteDir, file), 'utf8')), file).toEqual([]);
    }
    // The check sees scripts where there are some.
    expect(scriptsOf(readFileSync(path.join(siteDir, 'tim-kiem/index.html'), 'utf8')).length).toBeGreaterThan(0);
  });

  it('gives every image on every page its width and height', () => {
    let images = 0;
    for (const file of htmlFiles) {
      const html = readFileSync(path.join(siteDir, file), 'utf8');
      images += (html.match(/<img\b/g) ?? []).length;
      expect(unsizedImages(html), file).toEqual([]);
    }
    expect(images).toBeGreaterThan(50);
  });
});
