import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DateTime } from 'luxon';
import { buildSiteContent } from '../collections/site-content.ts';
import type { ContentIssue } from '../content/issues.ts';
import { CONTENT_FOLDERS, contentFiles, loadContent, type Entry } from '../content/load.ts';
import type { ReferenceData } from '../content/reference.ts';
import { isPublic, publishTime } from '../content/visibility.ts';
import { urls } from '../site/urls.ts';
import { formatDateTimeVi } from '../time/vietnam-time.ts';
import { internalLinks } from './internal-links.ts';
import { findPersonalData } from './personal-data.ts';
import { findInvisible, findMojibake, firstNonNfcLine } from './text-quality.ts';

export interface CheckOptions {
  root: string;
  contentDir: string;
  reference: ReferenceData;
  now: DateTime;
  perPage: number;
}

/** Site paths that are not content but may be linked to. */
const SITE_PAGES = [
  ...[urls.home, urls.stories, urls.profiles, urls.calendar, urls.plan, urls.search, urls.kit, urls.partners, urls.report].map((url) => url()),
  '/feed.xml',
  '/feeds.opml',
  '/sitemap.xml',
];

function bodyOf(source: string): { body: string; offset: number } {
  const match = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? { body: source.slice(match[0].length), offset: match[0].split('\n').length - 1 } : { body: source, offset: 0 };
}

/**
 * Everything `npm run check` reports, without building the site: the build's
 * own validation plus the newsroom's checks (links, encodings, invisible
 * characters, personal data in profiles, unit folders, embargoes).
 */
export function checkContent({ root, contentDir, reference, now, perPage }: CheckOptions): { entries: Entry[]; issues: ContentIssue[] } {
  const { entries, issues } = loadContent(root, contentDir, reference);
  const site = buildSiteContent(entries, reference, now, perPage);
  const known = new Set([...SITE_PAGES, ...site.sitemap.flatMap(({ url }) => [url, `${url}feed.xml`, `${url}lich.ics`]), ...site.events.map((event) => `${event.url}su-kien.ics`)]);
  const bySource = new Map(entries.map((entry) => [entry.sourcePath, entry]));
  const notYetPublic = new Map(entries.filter((entry) => !isPublic(entry, now)).map((entry) => [entry.url, entry]));
  const unitIds = new Set(reference.units.map((unit) => unit.id));

  for (const sourcePath of contentFiles(contentDir)) {
    const file = path.relative(root, sourcePath).split(path.sep).join('/');
    const source = readFileSync(sourcePath, 'utf8');
    const entry = bySource.get(sourcePath);

    const nonNfc = firstNonNfcLine(source);
    if (nonNfc) issues.push({ file, line: nonNfc, field: 'văn bản', expected: 'chữ Unicode dựng sẵn (NFC)', got: 'chữ tổ hợp (NFD), thường do dán từ PDF hoặc máy Mac', hint: 'trang tự chuyển sang NFC; nên lưu lại tệp ở dạng NFC', severity: 'warning' });
    for (const finding of findMojibake(source)) {
      issues.push({ file, line: finding.line, field: 'văn bản', expected: 'chữ Unicode', got: `"${finding.sample}"`, hint: `có vẻ là chữ mã ${finding.encoding} cũ; hãy chuyển mã (ví dụ bằng Unikey) rồi dán lại`, severity: 'error' });
    }
    for (const finding of findInvisible(source)) {
      issues.push({ file, line: finding.line, field: 'văn bản', expected: 'không có ký tự ẩn', got: finding.character, hint: `gần "${finding.sample}"`, severity: 'warning' });
    }
    if (!entry) continue;

    const { body, offset } = bodyOf(source);
    if (entry.kind === 'profile') {
      for (const finding of findPersonalData(source)) {
        issues.push({ file, line: finding.line, field: 'thông tin cá nhân', expected: `không đăng ${finding.kind} của người dân`, got: `"${finding.sample}"`, hint: 'xóa hoặc thay bằng đầu mối của đơn vị', severity: 'error' });
      }
    }
    for (const link of internalLinks(body, entry.url)) {
      const target = link.target.endsWith('/') || /\.[a-z]+$/.test(link.target) ? link.target : `${link.target}/`;
      const hidden = notYetPublic.get(target);
      if (hidden && isPublic(entry, now)) {
        issues.push({ file, line: offset + link.line, field: 'liên kết', expected: 'liên kết tới trang đã công bố', got: link.sample, hint: `${hidden.file} chưa công bố`, severity: 'error' });
      } else if (!hidden && !known.has(target)) {
        issues.push({ file, line: offset + link.line, field: 'liên kết', expected: 'liên kết tới một trang có trên trang tin', got: link.sample, hint: 'không có trang này', severity: 'error' });
      }
    }
    const folder = path.relative(path.join(contentDir, CONTENT_FOLDERS[entry.kind]), path.dirname(sourcePath)).split(path.sep)[0];
    if (entry.kind !== 'page' && folder && unitIds.has(folder) && folder !== entry.unit.id) {
      issues.push({ file, field: 'unit', expected: `đơn vị của thư mục (${folder})`, got: `"${entry.unit.id}"`, hint: 'chuyển tệp sang thư mục của đơn vị đăng hoặc sửa trường unit', severity: 'error' });
    }
    const release = publishTime(entry);
    if (!entry.draft && release && release > now) {
      issues.push({ file, field: 'published', expected: 'hẹn giờ công bố', got: formatDateTimeVi(release), hint: 'chưa xuất hiện trên trang cho đến lúc đó', severity: 'info' });
    }
  }
  return { entries, issues };
}
