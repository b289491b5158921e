import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { hashSource, headersFile, headersForPath, nginxSnippet } from '../../lib/deploy/security-headers.ts';
import { listFiles } from '../helpers/site-build.ts';

const siteDir = inject('sampleSiteDir');
const htmlFiles = listFiles(siteDir).filter((file) => file.endsWith('.html'));

/** An HTML start tag: name, then attributes whose quoted values may hold `>`. */
const START_TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

interface Tag {
  name: string;
  attributes: Map<string, string>;
  /** Text up to the closing tag, for <script> and <style>. */
  body: string;
}

function tagsOf(html: string): Tag[] {
  return [...html.matchAll(START_TAG)].map((match) => {
    const name = match[1]!.toLowerCase();
    const attributes = new Map([...match[2]!.matchAll(ATTRIBUTE)].map((attribute) => [attribute[1]!.toLowerCase(), attribute[2] ?? attribute[3] ?? attribute[4] ?? '']));
    const start = match.index + match[0].length;
    const body = name === 'script' || name === 'style' ? html.slice(start, html.indexOf(`</${name}>`, start)) : '';
    return { name, attributes, body };
  });
}

/** The URL path a built file answers at (folders end in /). */
function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The sources one directive of a policy allows. */
function sourcesOf(policy: string, directive: string): string[] {
  const found = policy.split(';').map((part) => part.trim().split(/\s+/)).find(([name]) => name === directive);
  return found?.slice(1) ?? [];
}

describe('pages a strict Content-Security-Policy can protect', () => {
  const tagsByFile = new Map(htmlFiles.map((file) => [file, tagsOf(readFileSync(path.join(siteDir, file), 'utf8'))]));

  it('has no inline script: every <script> loads a file, except JSON-LD data', () => {
    const inline = [...tagsByFile].flatMap(([file, tags]) =>
      tags
        .filter((tag) => tag.name === 'script' && !tag.attributes.has('src') && tag.attributes.get('type') !== 'application/ld+json')
        .map((tag) => `${file}: <script>${tag.body.slice(0, 60)}`),
    );
    expect(inline).toEqual([]);
    // Not vacuous: the parser sees the site's own scripts and data blocks.
    const scripts = [...tagsByFile.values()].flat().filter((tag) => tag.name === 'script');
    expect(scripts.filter((tag) => tag.attributes.has('src')).length).toBeGreaterThanOrEqual(2);
    expect(scripts.filter((tag) => tag.attributes.get('type') === 'application/ld+json').length).toBeGreaterThan(10);
  });

  it('has no event handler attributes, javascript: URLs or style attributes', () => {
    const found = [...tagsByFile].flatMap(([file, tags]) =>
      tags.flatMap((tag) =>
        [...tag.attributes]
          .filter(([name, value]) => /^on/.test(name) || name === 'style' || /^\s*javascript:/i.test(value))
          .map(([name, value]) => `${file}: <${tag.name} ${name}="${value.slice(0, 60)}">`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('has inline <style> only where the page’s policy allows that exact text by its hash', () => {
    const refused = [...tagsByFile].flatMap(([file, tags]) =>
      tags
        .filter((tag) => tag.name === 'style')
        .filter((tag) => !sourcesOf(headersForPath(urlPathOf(file))['Content-Security-Policy']!, 'style-src').includes(hashSource(tag.body)))
        .map((tag) => `${file}: <style>${tag.body.slice(0, 60)}`),
    );
    expect(refused).toEqual([]);
  });

  it('writes the recommended headers for the web server beside the pages', () => {
    expect(readFileSync(path.join(siteDir, '_headers'), 'utf8')).toBe(headersFile('/'));
    expect(readFileSync(path.join(siteDir, 'nginx-headers.conf'), 'utf8')).toBe(nginxSnippet('/'));
  });
});
