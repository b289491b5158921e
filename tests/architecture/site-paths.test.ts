import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { urls } from '../../lib/site/urls.ts';

/** Files below a folder, as `folder/relative/path`, with their text. */
function sources(folder: string, extensions: RegExp): { file: string; text: string }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.test(name))
    .map((name) => ({ file: path.join(folder, name).split(path.sep).join('/'), text: readFileSync(path.join(folder, name), 'utf8') }));
}

/** Lines that match, as `file:line: text`; comments and front-matter permalinks (checked against the URL map below) left out. */
function matching(files: { file: string; text: string }[], pattern: RegExp): string[] {
  const skipped = /^(?:\*|\/\*|\/\/|\{#|permalink:)/;
  return files.flatMap(({ file, text }) =>
    text.split('\n').flatMap((line, index) => (pattern.test(line) && !skipped.test(line.trim()) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
  );
}

/** Files copied from static/ as they are: not pages of the URL map. */
const STATIC_FILE = /^\/(?:css|js|fonts)\/|^\/favicon\.svg$/;

describe('site paths', () => {
  it('layouts link to pages, feeds and calendars through the URL map (urls.…), never by a typed path', () => {
    const layouts = sources('layouts', /\.njk$/);
    const typed = layouts.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, index) => {
        if (/^permalink:/.test(line)) return [];
        const paths = [...line.matchAll(/(?:href|src|action)="(\/[^"{]*)|'(\/[^']*)'|"(\/[^"]*)"/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
        return paths.filter((sitePath) => !STATIC_FILE.test(sitePath)).map((sitePath) => `${file}:${index + 1}: ${sitePath}`);
      }),
    );
    expect(typed).toEqual([]);
  });

  it('layouts make no feed, calendar or sitemap path of their own (`{{ item.url }}su-kien.ics`)', () => {
    expect(matching(sources('layouts', /\.njk$/), /\}\}[\w/-]*\.(?:ics|xml|opml)\b|['"][\w/-]*\.(?:ics|xml|opml)['"]/)).toEqual([]);
  });

  it('a site page with a fixed address has one the URL map gives', () => {
    const fixed = new Set(Object.values(urls).filter((url) => url.length === 0).map((url) => (url as () => string)()));
    const permalinks = sources('layouts/pages', /\.njk$/).flatMap(({ file, text }) => [...text.matchAll(/^permalink:\s*(\S+)\s*$/gm)].map((match) => ({ file, permalink: match[1]! })));
    expect(permalinks.length).toBeGreaterThan(10);
    expect(permalinks.filter(({ permalink }) => !fixed.has(permalink))).toEqual([]);
  });

  it('code makes feed, calendar, sitemap and share-card paths only in lib/site/urls.ts', () => {
    const code = sources('lib', /\.(?:ts|mjs)$/).filter(({ file }) => file !== 'lib/site/urls.ts');
    expect(matching(code, /['"`][^'"`]*(?:feed\.xml|[a-z-]\.ics|feeds\.opml|sitemap\.xml|\/chia-se\/|\/nhung\/)/)).toEqual([]);
  });

  it('feeds, calendars and embeds live where shared/URLS.md says', () => {
    expect(urls.feed(urls.home())).toBe('/feed.xml');
    expect(urls.feed(urls.stories())).toBe('/tin-tuc/feed.xml');
    expect(urls.feed(urls.profiles())).toBe('/guong-tu-hoc/feed.xml');
    expect(urls.feed(urls.events())).toBe('/su-kien/feed.xml');
    expect(urls.feed(urls.district('nga-son'))).toBe('/dia-phuong/nga-son/feed.xml');
    expect(urls.weekCalendar()).toBe('/lich-su-kien/tuan-le.ics');
    expect(urls.hubCalendar(urls.unit('bao-thanh-hoa'))).toBe('/don-vi/bao-thanh-hoa/lich.ics');
    expect(urls.eventCalendar(urls.event('khai-mac'))).toBe('/su-kien/khai-mac/su-kien.ics');
    expect(urls.partnerEmbed('tat-ca')).toBe('/doi-tac/nhung/tat-ca/');
    expect([urls.feedList(), urls.sitemap(), urls.newsSitemap()]).toEqual(['/feeds.opml', '/sitemap.xml', '/news-sitemap.xml']);
  });
});
