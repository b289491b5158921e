import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listingDate } from '../../lib/content/entry.ts';
import { loadContent } from '../../lib/content/load.ts';
import { loadReferenceData } from '../../lib/content/reference.ts';
import { isPublic } from '../../lib/content/visibility.ts';
import { loadSettings } from '../../lib/site/settings.ts';
import { readIndexedPages } from '../helpers/search-index.ts';
import { PROJECT_DIR } from '../helpers/site-build.ts';

const siteDir = inject('sampleSiteDir');
const pages = readIndexedPages(siteDir);
const urls = pages.map((page) => page.url);
const reference = loadReferenceData(path.join(PROJECT_DIR, 'data'));
const settings = loadSettings(path.join(PROJECT_DIR, 'data'), {});
const entries = loadContent(PROJECT_DIR, path.join(PROJECT_DIR, 'content'), reference).entries;

describe('the search index built with the site', () => {
  it('holds every public story, profile and event, the plan, and every activity and body hub', () => {
    for (const entry of entries.filter((candidate) => candidate.kind !== 'page' && isPublic(candidate, settings.now))) {
      expect(urls, entry.file).toContain(entry.url);
    }
    expect(urls).toContain('/ke-hoach/');
    for (const activity of reference.activities) expect(urls).toContain(`/ke-hoach/hoat-dong/${activity.id}/`);
    expect(urls).toContain('/don-vi/so-giao-duc-dao-tao/');
    expect(urls).toContain('/don-vi/uy-ban-nhan-dan-huyen-thi-xa-thanh-pho/');
  });

  it('never holds drafts or embargoed items', () => {
    const hidden = entries.filter((entry) => !isPublic(entry, settings.now));
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const entry of hidden) {
      expect(urls).not.toContain(entry.url);
      const title = entry.kind === 'profile' ? entry.name : entry.title;
      expect(pages.filter((page) => page.content.includes(title))).toEqual([]);
    }
  });

  it('leaves out navigation, footers, listings and the search page', () => {
    for (const page of pages) {
      expect(page.content).not.toContain('Bỏ qua, đến nội dung chính');
      expect(page.content).not.toContain('Điều hướng chính');
      expect(page.content).not.toContain('Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh Thanh Hóa.');
    }
    for (const url of ['/', '/tin-tuc/', '/guong-tu-hoc/', '/lich-su-kien/', '/tim-kiem/', '/bao-cao/']) expect(urls).not.toContain(url);
    expect(urls.some((url) => url.startsWith('/chu-de/') || url.startsWith('/dia-phuong/'))).toBe(false);
  });

  it('gives every page a date to sort by and Vietnamese filter values', () => {
    for (const page of pages) {
      expect(page.meta.type, page.url).toBeTruthy();
      expect(page.meta.date, page.url).toMatch(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{2}\/\d{2}\/\d{4}/);
    }
    // Newest first: every indexed page once; entries in the order of their dates, hubs by the day they show.
    const order = JSON.parse(readFileSync(path.join(siteDir, 'pagefind/thu-tu-ngay.json'), 'utf8')) as string[];
    expect([...order].sort()).toEqual(pages.map((page) => page.id).sort());
    const ordered = order.map((id) => pages.find((page) => page.id === id)!);
    const entryTimes = ordered.flatMap((page) => {
      const entry = entries.find((candidate) => candidate.url === page.url);
      const when = entry && listingDate(entry);
      return when ? [when.toMillis()] : [];
    });
    expect(entryTimes.length).toBeGreaterThan(40);
    expect(entryTimes).toEqual([...entryTimes].sort((a, b) => b - a));
    const days = ordered.map((page) => /(\d{2})\/(\d{2})\/(\d{4})/.exec(page.meta.date!)!.slice(1).reverse().join('-'));
    expect(days).toEqual([...days].sort().reverse());
    const story = pages.find((page) => page.url === '/tin-tuc/khai-mac-tuan-le-hoc-tap-suot-doi-2023/')!;
    expect(story.filters).toMatchObject({ type: ['Tin bài'], unit: ['Báo Thanh Hóa'], district: ['Thành phố Thanh Hóa'] });
    expect(story.filters.activity).toContain('Hoạt động 2: Lễ khai mạc');
    expect(story.meta.image).toMatch(/^\/img\/[^/]+-400\.jpeg$/);
    expect(story.meta.date).toBe('Thứ Hai, 02/10/2023 10:15');
  });

  it('indexes what a reader searches for: title, sapo, facts and the whole body, the headline weighted above the body', () => {
    const story = entries.find((entry) => entry.url === '/tin-tuc/khai-mac-tuan-le-hoc-tap-suot-doi-2023/')!;
    const indexed = pages.find((page) => page.url === story.url)!;
    expect(story.kind).toBe('story');
    if (story.kind !== 'story') return;
    expect(indexed.content).toContain(story.title);
    expect(indexed.content).toContain(story.lead);
    const body = readFileSync(path.join(PROJECT_DIR, story.file), 'utf8').split(/^---$/m)[2]!;
    const bodySentence = body.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).find((paragraph) => paragraph && !/^[#!<]/.test(paragraph))!;
    expect(bodySentence.length).toBeGreaterThan(40);
    expect(indexed.content).toContain(bodySentence.slice(0, 40));
    const event = pages.find((page) => page.url.startsWith('/su-kien/'))!;
    const eventEntry = entries.find((entry) => entry.url === event.url)!;
    if (eventEntry.kind === 'event') expect(event.content).toContain(eventEntry.venue);
  });

  it('stores text in NFC', () => {
    for (const page of pages) expect(page.content).toBe(page.content.normalize('NFC'));
  });
});
