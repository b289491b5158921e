import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATE_ORDER_FILE } from '../../lib/search/date-order.ts';
import { readIndexPages } from '../../lib/search/read-index.ts';
import { SEARCH_BUNDLE_DIR, writeSearchIndexInBackground } from '../../lib/search/search-index.ts';
import { SEARCH_PAGES_PER_PART } from '../../lib/site/settings.ts';
import { parseVietnamTime } from '../../lib/time/vietnam-time.ts';

const at = (text: string) => {
  const parsed = parseVietnamTime(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
};
const record = (url: string, title: string, date: string) => ({
  url,
  html: `<!doctype html><html lang="vi"><body><div data-pagefind-body><h1>${title}</h1><p>Học tập suốt đời.</p><div hidden data-pagefind-ignore><span data-pagefind-filter="type">Tin bài</span></div></div></body></html>`,
  date: at(date),
});

describe('writing the search index on its own thread', () => {
  it('writes every record, with the newest-first order', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'chi-muc-'));
    await writeSearchIndexInBackground(out, [record('/tin-tuc/cu/', 'Tin cũ', '2023-10-02 08:00'), record('/tin-tuc/moi/', 'Tin mới', '2023-10-04 08:00')], SEARCH_PAGES_PER_PART);
    const pages = readIndexPages(path.join(out, SEARCH_BUNDLE_DIR));
    expect(pages.map((page) => page.url).sort()).toEqual(['/tin-tuc/cu/', '/tin-tuc/moi/']);
    expect(pages.find((page) => page.url === '/tin-tuc/moi/')!.meta.title).toBe('Tin mới');
    const order = JSON.parse(readFileSync(path.join(out, SEARCH_BUNDLE_DIR, DATE_ORDER_FILE), 'utf8')) as string[];
    expect(order.map((id) => pages.find((page) => page.id === id)!.url)).toEqual(['/tin-tuc/moi/', '/tin-tuc/cu/']);
  });

  it('writes an archive too big for one index in parts, newest first, and removes parts a later write no longer has', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'chi-muc-'));
    const records = [record('/tin-tuc/cu/', 'Tin cũ', '2023-10-02 08:00'), record('/tin-tuc/moi/', 'Tin mới', '2023-10-04 08:00')];
    await writeSearchIndexInBackground(out, records, 1);
    const bundle = path.join(out, SEARCH_BUNDLE_DIR);
    const pages = readIndexPages(bundle);
    expect(pages.map((page) => page.url)).toEqual(['/tin-tuc/moi/', '/tin-tuc/cu/']);
    expect(readIndexPages(path.join(bundle, 'phan-2')).map((page) => page.url)).toEqual(['/tin-tuc/cu/']);
    const order = JSON.parse(readFileSync(path.join(bundle, DATE_ORDER_FILE), 'utf8')) as string[];
    expect(order).toEqual(pages.map((page) => page.id));
    await writeSearchIndexInBackground(out, records, 2);
    expect(existsSync(path.join(bundle, 'phan-2'))).toBe(false);
    expect(readIndexPages(bundle).map((page) => page.url).sort()).toEqual(['/tin-tuc/cu/', '/tin-tuc/moi/']);
  });

  it('fails with the reason when the index cannot be written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chi-muc-'));
    const blocked = path.join(dir, 'la-tep');
    writeFileSync(blocked, 'không phải thư mục');
    await expect(writeSearchIndexInBackground(blocked, [record('/tin-tuc/a/', 'A', '2023-10-02 08:00')], SEARCH_PAGES_PER_PART)).rejects.toThrow(/Không ghi được chỉ mục tìm kiếm/);
  });
});
