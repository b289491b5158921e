import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Entry } from '../content/entry.ts';
import type { ContentFile } from '../content/load.ts';
import type { ContentIssue } from '../issues/content-issue.ts';
import { isPublic } from '../content/visibility.ts';
import type { SiteContent } from '../collections/site-content.ts';
import { urls } from '../site/urls.ts';
import { internalLinks } from './internal-links.ts';

/** Site paths that are not content but may be linked to. */
const SITE_PAGES = [
  ...[urls.home, urls.stories, urls.profiles, urls.calendar, urls.plan, urls.search, urls.kit, urls.partners, urls.report].map((url) => url()),
  ...[urls.home, urls.stories, urls.profiles, urls.events].map((folder) => urls.feed(folder())),
  urls.feedList(),
  urls.sitemap(),
];

const LAYOUTS_DIR = path.resolve(import.meta.dirname, '../../layouts');
let layoutIds: Set<string> | undefined;

/** Every fixed `id="…"` the layouts write: anchors that exist on the pages they lay out. */
function layoutAnchors(): Set<string> {
  if (!layoutIds) {
    const files = readdirSync(LAYOUTS_DIR, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.njk'));
    layoutIds = new Set(files.flatMap((name) => [...readFileSync(path.join(LAYOUTS_DIR, name), 'utf8').matchAll(/\sid="([a-z][a-z0-9-]*)"/g)].map((match) => match[1]!)));
  }
  return layoutIds;
}

/** Anchors a body writes itself (`<h3 id="…">`, `<a id="…">`): the sanitiser keeps ids. */
function bodyAnchors(file: ContentFile | undefined): string[] {
  return file ? [...file.body.matchAll(/\sid=["']([^"']+)["']/g)].map((match) => match[1]!) : [];
}

/** The site's pages and feeds a content link may point to, and who checks a fragment on them. */
export interface LinkTargets {
  known: Set<string>;
  notYetPublic: Map<string, Entry>;
  fileByUrl: Map<string, ContentFile>;
}

export function linkTargets(files: readonly ContentFile[], site: SiteContent, now: Parameters<typeof isPublic>[1]): LinkTargets {
  const known = new Set([...SITE_PAGES, ...site.sitemap.flatMap(({ url }) => [url, urls.feed(url), urls.hubCalendar(url)]), ...site.events.map((event) => urls.eventCalendar(event.url))]);
  const entries = files.flatMap((file) => (file.entry ? [file.entry] : []));
  return {
    known,
    notYetPublic: new Map(entries.filter((entry) => !isPublic(entry, now)).map((entry) => [entry.url, entry])),
    fileByUrl: new Map(files.flatMap((file) => (file.entry ? [[file.entry.url, file] as const] : []))),
  };
}

/**
 * Links from a body to pages of the site: the page must exist and be public
 * when the linking page is, and a #fragment must name an anchor on it.
 */
export function linkIssues(file: ContentFile, pageUrl: string, targets: LinkTargets, now: Parameters<typeof isPublic>[1]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const link of internalLinks(file.body, pageUrl)) {
    const target = link.target.endsWith('/') || /\.[a-z]+$/.test(link.target) ? link.target : `${link.target}/`;
    const line = file.bodyLine + link.line - 1;
    const at = { file: file.file, line, field: 'liên kết', got: link.sample, severity: 'error' as const };
    const hidden = targets.notYetPublic.get(target);
    if (hidden && (!file.entry || isPublic(file.entry, now))) {
      issues.push({ ...at, expected: 'liên kết tới trang đã công bố', hint: `${hidden.file} chưa công bố` });
    } else if (!hidden && !targets.known.has(target)) {
      issues.push({ ...at, expected: 'liên kết tới một trang có trên trang tin', hint: 'không có trang này' });
    } else if (link.fragment && !layoutAnchors().has(link.fragment) && !bodyAnchors(targets.fileByUrl.get(target)).includes(link.fragment)) {
      issues.push({ ...at, expected: 'liên kết tới một vị trí có trên trang', hint: `trang ${target} không có vị trí #${link.fragment}` });
    }
  }
  return issues;
}
