import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersForPath } from '../../lib/deploy/security-headers.ts';
import { nginxAvailable, startNginxHttp, type Nginx } from '../helpers/nginx.ts';
import { buildSite, FIXTURES_DIR, listFiles, makeSiteRoot, PROJECT_DIR } from '../helpers/site-build.ts';

const BUILD_NOW = '2023-10-05T20:00:00+07:00';
const PREFIX = '/hoc-tap-suot-doi/';
/** The live site folder both files of deploy/nginx/ name, to be replaced on the server. */
const LIVE_DIR = '/srv/tuan-le/current';

/** A file of deploy/nginx/ as it would be installed, serving `siteDir` on `port` of 127.0.0.1. */
function installedConfig(file: string, siteDir: string, port: number): string {
  const text = readFileSync(path.join(PROJECT_DIR, 'deploy/nginx', file), 'utf8');
  if (!text.includes(LIVE_DIR) || !/^\s*listen 80;$/m.test(text)) throw new Error(`${file}: không còn chỗ THAY cho thư mục trang hoặc cổng`);
  return text
    .replaceAll(LIVE_DIR, siteDir)
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:80;\n/m, '');
}

function build(env: Record<string, string>): string {
  const result = buildSite(makeSiteRoot(path.join(FIXTURES_DIR, 'site/content')), { BUILD_NOW, ...env });
  if (result.status !== 0) throw new Error(`Không build được trang mẫu:\n${result.output}`);
  return result.outDir;
}

type Cache = 'short' | 'fingerprinted' | 'revalidate';

const CACHE_CONTROL: Record<Cache, string> = {
  short: 'max-age=300',
  fingerprinted: 'public, max-age=31536000, immutable',
  revalidate: 'no-cache',
};

interface Case {
  what: string;
  /** Site path, without the path prefix. */
  sitePath: string;
  type: string;
  cache: Cache;
}

/** One file of each kind the server must get right, picked from the built site. */
function cases(siteDir: string): Case[] {
  const files = listFiles(siteDir);
  const first = (pattern: RegExp): string => {
    const file = files.find((name) => pattern.test(name));
    if (!file) throw new Error(`Bản build không có tệp ${pattern}`);
    return `/${file}`;
  };
  return [
    { what: 'the home page', sitePath: '/', type: 'text/html; charset=utf-8', cache: 'short' },
    { what: 'a story', sitePath: '/tin-tuc/thu-vien-so/', type: 'text/html; charset=utf-8', cache: 'short' },
    { what: 'the search page (its own location in nginx-headers.conf)', sitePath: '/tim-kiem/', type: 'text/html; charset=utf-8', cache: 'short' },
    { what: 'a partner embed (its own location in nginx-headers.conf)', sitePath: '/doi-tac/nhung/tat-ca/', type: 'text/html; charset=utf-8', cache: 'short' },
    { what: 'the main feed', sitePath: '/feed.xml', type: 'application/rss+xml; charset=utf-8', cache: 'short' },
    { what: "a unit's feed", sitePath: first(/^don-vi\/[^/]+\/feed\.xml$/), type: 'application/rss+xml; charset=utf-8', cache: 'short' },
    { what: 'the week calendar', sitePath: '/lich-su-kien/tuan-le.ics', type: 'text/calendar; charset=utf-8', cache: 'short' },
    { what: "an event's calendar", sitePath: first(/^su-kien\/[^/]+\/su-kien\.ics$/), type: 'text/calendar; charset=utf-8', cache: 'short' },
    { what: 'the feed list', sitePath: '/feeds.opml', type: 'text/x-opml; charset=utf-8', cache: 'short' },
    { what: 'the sitemap', sitePath: '/sitemap.xml', type: 'application/xml; charset=utf-8', cache: 'short' },
    { what: 'the news sitemap', sitePath: '/news-sitemap.xml', type: 'application/xml; charset=utf-8', cache: 'short' },
    { what: 'the stylesheet', sitePath: '/css/site.css', type: 'text/css; charset=utf-8', cache: 'short' },
    { what: 'a script bundle', sitePath: '/js/search.js', type: 'application/javascript; charset=utf-8', cache: 'short' },
    { what: 'the Pagefind entry', sitePath: '/pagefind/pagefind-entry.json', type: 'application/json; charset=utf-8', cache: 'revalidate' },
    { what: 'the Pagefind library', sitePath: '/pagefind/pagefind.js', type: 'application/javascript; charset=utf-8', cache: 'revalidate' },
    { what: 'the Pagefind worker, under the search policy', sitePath: '/pagefind/pagefind-worker.js', type: 'application/javascript; charset=utf-8', cache: 'revalidate' },
    { what: "Pagefind's WebAssembly", sitePath: first(/^pagefind\/wasm\.[^/]+\.pagefind$/), type: 'application/octet-stream', cache: 'revalidate' },
    { what: 'the Pagefind meta index', sitePath: first(/^pagefind\/pagefind\.[^/]+\.pf_meta$/), type: 'application/octet-stream', cache: 'fingerprinted' },
    { what: 'a Pagefind index chunk', sitePath: first(/^pagefind\/index\/[^/]+\.pf_index$/), type: 'application/octet-stream', cache: 'fingerprinted' },
    { what: 'a Pagefind fragment', sitePath: first(/^pagefind\/fragment\/[^/]+\.pf_fragment$/), type: 'application/octet-stream', cache: 'fingerprinted' },
    { what: 'a Pagefind filter', sitePath: first(/^pagefind\/filter\/[^/]+\.pf_filter$/), type: 'application/octet-stream', cache: 'fingerprinted' },
    { what: 'an encoded photo (AVIF)', sitePath: first(/^img\/[^/]+\.avif$/), type: 'image/avif', cache: 'fingerprinted' },
    { what: 'an encoded photo (JPEG)', sitePath: first(/^img\/[^/]+\.jpeg$/), type: 'image/jpeg', cache: 'fingerprinted' },
    { what: 'a share card', sitePath: first(/^bo-nhan-dien\/chia-se\/[0-9a-f]+\.jpg$/), type: 'image/jpeg', cache: 'fingerprinted' },
    { what: 'a banner of the kit (not fingerprinted)', sitePath: first(/^bo-nhan-dien\/chu-de\/[^/]+\.png$/), type: 'image/png', cache: 'short' },
  ];
}

function fileOf(siteDir: string, sitePath: string): string {
  return path.join(siteDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
}

/** The recommended security headers of a URL, each as the module defines it. */
function expectSecurityHeaders(response: Response, urlPath: string, pathPrefix: string): void {
  const expected = headersForPath(urlPath, pathPrefix);
  expect(Object.keys(expected)).toEqual(expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']));
  for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${urlPath} ${name}`).toBe(value);
}

async function get(nginx: Nginx, urlPath: string): Promise<{ response: Response; body: Buffer }> {
  const response = await fetch(`${nginx.url}${urlPath}`, { headers: { 'accept-encoding': 'gzip' }, redirect: 'manual' });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

const variants = [
  { file: 'tuan-le.conf', pathPrefix: '/' },
  { file: 'tuan-le-thu-muc-con.conf', pathPrefix: PREFIX },
];

describe.runIf(nginxAvailable())('deploy/nginx/, in a real nginx serving a built site', () => {
  const servers = new Map<string, { nginx: Nginx; siteDir: string }>();

  beforeAll(async () => {
    for (const { file, pathPrefix } of variants) {
      // PATH_PREFIX writes links with the prefix, files still at the root of the output.
      const siteDir = build(pathPrefix === '/' ? {} : { PATH_PREFIX: pathPrefix });
      const nginx = await startNginxHttp((port) => installedConfig(file, siteDir, port));
      servers.set(file, { nginx, siteDir });
    }
  });

  afterAll(async () => {
    for (const { nginx } of servers.values()) await nginx.stop();
  });

  describe.each(variants)('$file (site under $pathPrefix)', ({ file, pathPrefix }) => {
    const url = (sitePath: string): string => `${pathPrefix.replace(/\/$/, '')}${sitePath}`;

    it('serves each kind of file with its type, cache policy and security headers, byte for byte', async () => {
      const { nginx, siteDir } = servers.get(file)!;
      for (const { what, sitePath, type, cache } of cases(siteDir)) {
        const { response, body } = await get(nginx, url(sitePath));
        expect(response.status, what).toBe(200);
        expect(response.headers.get('content-type'), what).toBe(type);
        expect(response.headers.get('cache-control'), what).toBe(CACHE_CONTROL[cache]);
        // `expires` writes Expires beside max-age and no-cache; the fingerprinted files carry Cache-Control alone.
        expect(response.headers.has('expires'), what).toBe(cache !== 'fingerprinted');
        expectSecurityHeaders(response, url(sitePath), pathPrefix);
        expect(body.equals(readFileSync(fileOf(siteDir, sitePath))), what).toBe(true);
      }
    });

    it('compresses pages, feeds and calendars on the fly (the build writes no .gz or .br)', async () => {
      const { nginx, siteDir } = servers.get(file)!;
      expect(listFiles(siteDir).filter((name) => /\.(gz|br)$/.test(name))).toEqual([]);
      for (const sitePath of ['/tin-tuc/thu-vien-so/', '/feed.xml', '/lich-su-kien/tuan-le.ics', '/sitemap.xml']) {
        const { response } = await get(nginx, url(sitePath));
        expect(response.headers.get('content-encoding'), sitePath).toBe('gzip');
        expect(response.headers.get('vary'), sitePath).toBe('Accept-Encoding');
      }
    });

    it('names a type for every kind of file the build writes', async () => {
      const { nginx, siteDir } = servers.get(file)!;
      const byExtension = new Map<string, string>();
      for (const name of listFiles(siteDir)) {
        const extension = path.extname(name);
        if (extension && !byExtension.has(extension) && !['.conf'].includes(extension)) byExtension.set(extension, `/${name}`);
      }
      expect(byExtension.size).toBeGreaterThan(15);
      const binary = new Set(['.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter']);
      for (const [extension, sitePath] of byExtension) {
        const { response } = await get(nginx, url(sitePath));
        expect(response.status, sitePath).toBe(200);
        const type = response.headers.get('content-type');
        if (binary.has(extension)) expect(type, sitePath).toBe('application/octet-stream');
        else expect(type, sitePath).not.toBe('application/octet-stream');
      }
    });

    it('serves a .wasm file as application/wasm (Pagefind 1.6 names its own wasm.*.pagefind)', async () => {
      const { nginx, siteDir } = servers.get(file)!;
      writeFileSync(path.join(siteDir, 'pagefind/thu.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
      const { response } = await get(nginx, url('/pagefind/thu.wasm'));
      expect(response.headers.get('content-type')).toBe('application/wasm');
    });

    it("answers a missing page with the site's 404 page, status 404 and the security headers", async () => {
      const { nginx, siteDir } = servers.get(file)!;
      for (const sitePath of ['/khong-co-trang-nay/', '/tin-tuc/khong-co-bai-nay/', '/img/khong-co-anh-400.avif']) {
        const { response, body } = await get(nginx, url(sitePath));
        expect(response.status, sitePath).toBe(404);
        expect(response.headers.get('content-type'), sitePath).toBe('text/html; charset=utf-8');
        expect(body.toString('utf8'), sitePath).toBe(readFileSync(path.join(siteDir, '404.html'), 'utf8'));
        expectSecurityHeaders(response, url(sitePath), pathPrefix);
      }
    });

    it('keeps the header files of the build to the server', async () => {
      const { nginx } = servers.get(file)!;
      for (const sitePath of ['/nginx-headers.conf', '/_headers']) {
        const { response } = await get(nginx, url(sitePath));
        expect(response.status, sitePath).toBe(404);
      }
    });

    it('redirects a folder without its slash, with a relative Location', async () => {
      const { nginx } = servers.get(file)!;
      const { response } = await get(nginx, url('/tin-tuc'));
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe(url('/tin-tuc/'));
      if (pathPrefix !== '/') {
        const bare = await get(nginx, pathPrefix.replace(/\/$/, ''));
        expect(bare.response.status).toBe(301);
        expect(bare.response.headers.get('location')).toBe(pathPrefix);
      }
    });

    it('serves pages whose links carry the path prefix', async () => {
      const { nginx } = servers.get(file)!;
      const { body } = await get(nginx, url('/'));
      const html = body.toString('utf8');
      expect(html).toContain(`href="${url('/css/site.css')}"`);
      const { response } = await get(nginx, url('/css/site.css'));
      expect(response.status).toBe(200);
    });
  });
});
