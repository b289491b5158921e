import { describe, expect, inject, it } from 'vitest';
import { htmlProblems } from '../helpers/html-validate.ts';
import { listFiles } from '../helpers/site-build.ts';

const siteDir = inject('sampleSiteDir');

describe('html-validate', () => {
  it('passes on every page of the sample site, with the project’s rules (.htmlvalidate.mjs)', async () => {
    const pages = listFiles(siteDir).filter((file) => file.endsWith('.html'));
    // Every kind of page is among them: the 404 page, embeds, search, calendar, listings and their later pages, hubs, the report.
    expect(pages).toEqual(
      expect.arrayContaining([
        '404.html',
        'index.html',
        'tim-kiem/index.html',
        'lich-su-kien/index.html',
        'tin-tuc/trang-2/index.html',
        'doi-tac/nhung/tat-ca/index.html',
        'ke-hoach/index.html',
        'ke-hoach/hoat-dong/1/index.html',
        'dia-phuong/hoang-hoa/index.html',
        'don-vi/bao-thanh-hoa/index.html',
        'chu-de/tu-hoc/index.html',
        'bao-cao/index.html',
        'bo-nhan-dien/index.html',
      ]),
    );
    expect(await htmlProblems(siteDir, pages)).toEqual([]);
  });
});
