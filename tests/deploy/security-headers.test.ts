import { describe, expect, it } from 'vitest';
import {
  EMBED_CSP,
  EMBED_STYLE,
  HEADER_RULES,
  SEARCH_CSP,
  SITE_CSP,
  contentSecurityPolicy,
  hashSource,
  headersFile,
  headersForPath,
  nginxSnippet,
} from '../../lib/deploy/security-headers.ts';

const CSP = 'Content-Security-Policy';

interface FileRule {
  pattern: string;
  lines: string[];
}

function rulesOf(file: string): FileRule[] {
  const rules: FileRule[] = [];
  for (const line of file.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('/')) rules.push({ pattern: line, lines: [] });
    else rules.at(-1)!.lines.push(line.trim());
  }
  return rules;
}

const matches = (pattern: string, pathname: string) => pathname.startsWith(pattern.replace(/\*$/, ''));

/** What Cloudflare Pages sends: every matching rule in order, `! Name` detaches, a repeated header is joined with a comma. */
function cloudflareHeaders(file: string, pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rulesOf(file).filter((candidate) => matches(candidate.pattern, pathname))) {
    for (const line of rule.lines) {
      if (line.startsWith('!')) {
        delete headers[line.slice(1).trim()];
        continue;
      }
      const [name, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()];
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  return headers;
}

/** What Netlify sends: lines without a colon are skipped, a later matching rule's value replaces an earlier one. */
function netlifyHeaders(file: string, pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rulesOf(file).filter((candidate) => matches(candidate.pattern, pathname))) {
    for (const line of rule.lines.filter((candidate) => candidate.includes(':'))) {
      headers[line.slice(0, line.indexOf(':'))] = line.slice(line.indexOf(':') + 1).trim();
    }
  }
  return headers;
}

describe('the recommended security headers', () => {
  it('allow no inline script or eval anywhere, and WebAssembly only on the search page', () => {
    for (const policy of [SITE_CSP, SEARCH_CSP, EMBED_CSP]) {
      const text = contentSecurityPolicy(policy);
      expect(text).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|data:/);
      // The only other origins named are the video hosts, and only as frames.
      for (const [directive, sources] of Object.entries(policy)) if (directive !== 'frame-src') expect(sources.join(' '), directive).not.toMatch(/https?:/);
      expect(policy['object-src']).toEqual(["'none'"]);
      expect(policy['base-uri']).toEqual(["'self'"]);
    }
    expect(SITE_CSP['script-src']).toEqual(["'self'"]);
    expect(SEARCH_CSP['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(EMBED_CSP['script-src']).toEqual(["'self'"]);
  });

  it('let partners frame the embeds and nothing else, and allow the embeds exactly their own style', () => {
    expect(SITE_CSP['frame-ancestors']).toEqual(["'none'"]);
    // A video embedded in a story (the sanitiser keeps YouTube and Facebook iframes) is allowed, nothing else.
    expect(SITE_CSP['frame-src']).toEqual(['https://www.youtube-nocookie.com', 'https://www.youtube.com', 'https://www.facebook.com']);
    expect(SEARCH_CSP['frame-ancestors']).toEqual(["'none'"]);
    expect(EMBED_CSP['frame-ancestors']).toEqual(['*']);
    expect(EMBED_STYLE).toContain('body{');
    expect(EMBED_CSP['style-src']).toEqual(["'self'", hashSource(EMBED_STYLE)]);
    expect(SITE_CSP['style-src']).toEqual(["'self'"]);
  });

  it('give each path the header set of its most specific folder, below the path prefix', () => {
    expect(headersForPath('/')[CSP]).toBe(contentSecurityPolicy(SITE_CSP));
    expect(headersForPath('/tin-tuc/mot-bai/')[CSP]).toBe(contentSecurityPolicy(SITE_CSP));
    expect(headersForPath('/doi-tac/')[CSP]).toBe(contentSecurityPolicy(SITE_CSP));
    expect(headersForPath('/tim-kiem/')[CSP]).toBe(contentSecurityPolicy(SEARCH_CSP));
    // Pagefind's worker compiles its WebAssembly under its own script's policy.
    expect(headersForPath('/pagefind/pagefind-worker.js')[CSP]).toBe(contentSecurityPolicy(SEARCH_CSP));
    expect(headersForPath('/doi-tac/nhung/tat-ca/')[CSP]).toBe(contentSecurityPolicy(EMBED_CSP));
    expect(headersForPath('/hoc-tap/doi-tac/nhung/tat-ca/', '/hoc-tap/')[CSP]).toBe(contentSecurityPolicy(EMBED_CSP));
    expect(headersForPath('/doi-tac/nhung/tat-ca/', '/hoc-tap/')).toEqual({});
    expect(headersForPath('/tin-tuc/')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('write a _headers file that gives every path the same headers on Cloudflare Pages and on Netlify', () => {
    for (const prefix of ['/', '/hoc-tap-suot-doi/']) {
      const file = headersFile(prefix);
      for (const sitePath of ['', 'tin-tuc/a/', 'tim-kiem/', 'doi-tac/', 'doi-tac/nhung/tat-ca/', 'feed.xml']) {
        const pathname = `${prefix}${sitePath}`;
        expect(cloudflareHeaders(file, pathname), pathname).toEqual(headersForPath(pathname, prefix));
        expect(netlifyHeaders(file, pathname), pathname).toEqual(headersForPath(pathname, prefix));
      }
    }
  });

  it('write an nginx snippet with one nested location per narrower folder, repeating every header', () => {
    const snippet = nginxSnippet('/hoc-tap/');
    expect(snippet).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy(SITE_CSP)}" always;`);
    const locations = [...snippet.matchAll(/^location \^~ (\S+) \{\n((?: {4}.*\n)+)\}$/gm)];
    expect(locations.map((location) => location[1])).toEqual(HEADER_RULES.slice(1).map((rule) => `/hoc-tap${rule.folder}`));
    for (const [, folder, body] of locations) {
      const expected = Object.entries(headersForPath(folder!, '/hoc-tap/')).map(([name, value]) => `    add_header ${name} "${value}" always;`);
      expect(body!.trimEnd().split('\n')).toEqual(expected);
    }
  });
});
