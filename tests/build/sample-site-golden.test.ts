import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURES_DIR, listFiles } from '../helpers/site-build.ts';

/**
 * The default Thanh Hóa 2023 site, byte for byte: a refactor must not change
 * what readers, partners and search engines receive. The list holds every
 * text output (pages, feeds, calendars, sitemaps, reports, headers) with its
 * SHA-256, in `sha256sum` format so it can be checked by hand
 * (`cd <build> && sha256sum -c tests/fixtures/sample-site.sha256`).
 *
 * A change meant to alter the output rewrites the list with
 * `UPDATE_GOLDEN=1 npx vitest run tests/build/sample-site-golden.test.ts`, and
 * its commit says why the pages changed. Images, fonts and the Pagefind bundle
 * are left out: they are binary encoder output, checked by their own tests.
 */
const GOLDEN = path.join(FIXTURES_DIR, 'sample-site.sha256');
const TEXT_OUTPUT = /\.(html|xml|ics|json|csv|md|txt|opml|conf|webmanifest|js|css|svg)$|(^|\/)_headers$/;

function fingerprint(siteDir: string): string {
  return listFiles(siteDir)
    .filter((file) => TEXT_OUTPUT.test(file) && !file.startsWith('pagefind/'))
    .sort()
    .map((file) => `${createHash('sha256').update(readFileSync(path.join(siteDir, file))).digest('hex')}  ${file}`)
    .join('\n')
    .concat('\n');
}

/** "changed", "new" and "gone" files between two fingerprints. */
function differences(before: string, after: string): string[] {
  const parse = (text: string) => new Map(text.trim().split('\n').map((line) => [line.slice(66), line.slice(0, 64)] as const));
  const old = parse(before);
  const now = parse(after);
  return [
    ...[...now].filter(([file, hash]) => old.has(file) && old.get(file) !== hash).map(([file]) => `đổi: ${file}`),
    ...[...now.keys()].filter((file) => !old.has(file)).map((file) => `mới: ${file}`),
    ...[...old.keys()].filter((file) => !now.has(file)).map((file) => `mất: ${file}`),
  ];
}

describe('the default sample site', () => {
  it('is byte-identical to the recorded output', () => {
    const actual = fingerprint(inject('sampleSiteDir'));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, actual);
    const expected = readFileSync(GOLDEN, 'utf8');
    expect(differences(expected, actual)).toEqual([]);
  });
});
