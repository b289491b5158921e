import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/site-build.ts';

const siteDir = inject('sampleSiteDir');
const htmlFiles = listFiles(siteDir).filter((file) => file.endsWith('.html'));

function targetExists(href: string): boolean {
  const pathname = decodeURIComponent(href.split(/[?#]/)[0]!);
  const file = path.join(siteDir, pathname);
  return pathname.endsWith('/') ? existsSync(path.join(file, 'index.html')) : existsSync(file);
}

describe('the built sample site', () => {
  it('has no broken internal links or image sources', () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      const html = readFileSync(path.join(siteDir, file), 'utf8');
      for (const [, attribute, value] of html.matchAll(/\s(href|src|srcset)="([^"]+)"/g)) {
        const urls = attribute === 'srcset' ? value!.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [value!];
        for (const url of urls) {
          if (url.startsWith('/') && !url.startsWith('//') && !targetExists(url)) broken.push(`${file}: ${url}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('never prints template leftovers', () => {
    for (const file of htmlFiles) {
      const html = readFileSync(path.join(siteDir, file), 'utf8');
      expect(html, file).not.toMatch(/\[object Object\]|>\s*undefined\s*<|="undefined"|NaN/);
    }
  });
});
