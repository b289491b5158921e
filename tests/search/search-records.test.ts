import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteContent } from '../../lib/collections/site-content.ts';
import type { EventEntry, StoryEntry } from '../../lib/content/entry.ts';
import { loadContent } from '../../lib/content/load.ts';
import { loadReferenceData } from '../../lib/content/reference.ts';
import { isPublic } from '../../lib/content/visibility.ts';
import { indexedBody, withBody } from '../../lib/search/indexed-body.ts';
import { entryRecord, indexedText, searchRecords } from '../../lib/search/search-records.ts';
import { loadSettings } from '../../lib/site/settings.ts';
import { parseVietnamTime } from '../../lib/time/vietnam-time.ts';
import { PROJECT_DIR } from '../helpers/site-build.ts';

const reference = loadReferenceData(path.join(PROJECT_DIR, 'data'));
const settings = loadSettings(path.join(PROJECT_DIR, 'data'), {});
const entries = loadContent(PROJECT_DIR, path.join(PROJECT_DIR, 'content'), reference).entries;
const site = buildSiteContent(entries, reference, settings.now, settings.perPage);
const context = { thumbnail: (photo: { path: string }) => `/img/${path.basename(photo.path)}` };
const story = site.stories.find((entry) => entry.url === '/tin-tuc/khai-mac-tuan-le-hoc-tap-suot-doi-2023/')!;

/** Text of the searchable part of a record, without the hidden filters and meta. */
const searchable = (html: string) => html.replace(/<div hidden data-pagefind-ignore>.*?<\/div>/, '');

describe('search records built from the content', () => {
  it('writes đ as d + stroke in searchable text and escapes it', () => {
    expect(indexedText('Đoàn <b>&')).toBe('D\u0335oàn &lt;b&gt;&amp;');
  });

  it('gives a story its title as heading, sapo, caption and byline, its filters and meta, and its body weighted below them', () => {
    const { html: withSlot, markdown, ...rest } = entryRecord(story, reference, context);
    // The body is rendered in where the index thread puts it: the document as Pagefind reads it.
    expect(markdown).toBe(story.body);
    const record = { ...rest, html: withBody(withSlot, markdown) };
    expect(record.url).toBe(story.url);
    expect(record.html).toContain(`<h1 data-pagefind-weight="10">${indexedText(story.title)}</h1>`);
    expect(record.html).toContain(`<p data-pagefind-weight="5">${indexedText(story.lead)}</p>`);
    // Every body paragraph, in the body's own (lower) weight.
    const paragraphs = story.body.split(/\n\s*\n/).map((text) => text.trim()).filter((text) => /^[^#!<>|*-]/.test(text) && !/[[*_`]/.test(text));
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const text of paragraphs) expect(record.html).toContain(`<p>${indexedText(text.replace(/\s*\n\s*/g, '\n'))}</p>`);
    expect(record.html).toContain(indexedText(story.authors.join(', ')));
    expect(record.html).toMatch(/<img src="\/img\/[^"]+" alt="" data-pagefind-meta="image\[src\]">/);
    expect(record.html).toContain('<span data-pagefind-filter="type">Tin bài</span>');
    expect(record.html).toContain('<span data-pagefind-filter="unit">Báo Thanh Hóa</span>');
    expect(record.html).toContain('<span data-pagefind-filter="district">Thành phố Thanh Hóa</span>');
    expect(record.html).toContain('<span data-pagefind-meta="date">Thứ Hai, 02/10/2023 10:15</span>');
    expect(record.html).toMatch(/^<!doctype html><html lang="vi"><body><div data-pagefind-body>/);
    // Filter values keep đ as written; searchable text never has it.
    expect(searchable(record.html)).not.toMatch(/[đĐ]/);
    expect(record.date.toISO()).toBe(story.published.toISO());
  });

  it('indexes the rendered body as bare tags: headings below the headline, no photos, links or raw HTML', () => {
    const html = indexedBody('## Đọc\n\nMột *câu* [liên kết](https://vi.wikipedia.org).\n\n![ảnh](a.jpg "Chú thích")\n\n| Điểm | Máy |\n|---|---|\n| Trung Lý | 12 |\n\n> Trích <script>alert(1)</script>');
    expect(html).toContain('<p data-pagefind-weight="2">D\u0335ọc</p>');
    expect(html).toContain('<p>Một <em>câu</em> liên kết.</p>');
    expect(html).toContain('<figcaption>Chú thích</figcaption>');
    expect(html).toContain('<td>Trung Lý</td>');
    expect(html).toContain('<blockquote>');
    expect(html).not.toMatch(/<img|<a\b|<script|href|[đĐ]/);
    expect(indexedBody('  \n')).toBe('');
  });

  it('escapes whatever a journalist writes', () => {
    const hostile: StoryEntry = { ...story, title: '<script>alert(1)</script> "Đọc"', lead: '<img src=x onerror=alert(1)>' };
    const { html } = entryRecord(hostile, reference, context);
    expect(html).not.toMatch(/<script|<img src=x/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;D\u0335ọc&quot;');
  });

  it('dates an all-day event by its day and says when it is cancelled', () => {
    const event = site.events[0]!;
    const day = parseVietnamTime('2023-10-04');
    if (!day.ok) throw new Error('date');
    const allDay: EventEntry = { ...event, allDay: true, start: day.value, end: day.value, status: 'hủy', statusNote: 'Do mưa bão' };
    const { html } = entryRecord(allDay, reference, context);
    expect(html).toContain('<span data-pagefind-meta="date">Thứ Tư, 04/10/2023</span>');
    expect(html).toContain('Thời gian: Thứ Tư, 04/10/2023 (cả ngày)');
    expect(html).toContain(indexedText(' · Đã hủy'));
    expect(html).toContain(indexedText('Do mưa bão'));
  });

  it('holds every public entry, the Plan, its nine activities and the unit hubs, once each, and no draft or embargoed entry', () => {
    const records = searchRecords(site, reference, context);
    const urls = records.map((record) => record.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const entry of entries.filter((candidate) => candidate.kind !== 'page' && isPublic(candidate, settings.now))) expect(urls, entry.file).toContain(entry.url);
    const hidden = entries.filter((entry) => !isPublic(entry, settings.now));
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const entry of hidden) expect(urls).not.toContain(entry.url);
    expect(urls).toContain('/ke-hoach/');
    for (const activity of reference.activities) expect(urls).toContain(`/ke-hoach/hoat-dong/${activity.id}/`);
    expect(urls.filter((url) => url.startsWith('/don-vi/')).length).toBe(new Set(site.organisationPages.map((page) => page.baseUrl)).size);
    expect(urls.some((url) => url.startsWith('/chu-de/') || url.startsWith('/dia-phuong/') || url.includes('/trang-'))).toBe(false);
    const plan = records.find((record) => record.url === '/ke-hoach/')!;
    for (const body of reference.plan.bodies) expect(plan.html).toContain(indexedText(body.tasks[0]!));
  });
});
