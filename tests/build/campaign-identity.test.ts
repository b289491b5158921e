import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { kitIdentity } from '../../lib/banners/kit-identity.ts';
import { kindLabel, LISTED_KINDS } from '../../lib/content/entry.ts';
import { loadReferenceData } from '../../lib/content/reference.ts';
import { buildSite, FIXTURES_DIR, listFiles, makeSiteRoot, type BuildResult } from '../helpers/site-build.ts';

// Another campaign's site root: the Hà Tĩnh 2026 plan with its own settings, units, places and content.
const FIXTURE = path.join(FIXTURES_DIR, 'ha-tinh-2026');
const FOREIGN = [/Thanh Ho[áa]/iu, /Thanh Ho\u0301a/iu, /Thanh Hoa\u0301/iu, /2023/u];
const TEXT_FILES = /\.(html|xml|ics|json|txt|opml|js|css|webmanifest)$|(^|\/)_headers$/u;

let build: BuildResult;
let root: string;

function makeHaTinhRoot(): string {
  const siteRoot = makeSiteRoot(path.join(FIXTURE, 'content'));
  // Its own data folder replaces the project's (Thanh Hóa's) files one by one.
  cpSync(path.join(FIXTURE, 'data'), path.join(siteRoot, 'data'), { recursive: true });
  cpSync(path.join(FIXTURES_DIR, 'plans/ha-tinh-2026.txt'), path.join(siteRoot, 'data/ke-hoach.txt'));
  // Photos: the main fixture's, not copied again into the repository.
  const photo = path.join(FIXTURES_DIR, 'site/content/guong-tu-hoc/chan-dung.jpg');
  cpSync(photo, path.join(siteRoot, 'content/guong-tu-hoc/chan-dung.jpg'));
  cpSync(photo, path.join(siteRoot, 'content/tin-tuc/anh.jpg'));
  return siteRoot;
}

/** The strings of a PDF made by pdfkit: plain ones and UTF-16 ones (BOM FE FF), escapes undone. */
function pdfStrings(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\(((?:\\[\s\S]|[^\\)])*)\)/gu)].map(([, body]) => {
    const raw = body!.replace(/\\([0-7]{1,3}|[\s\S])/gu, (_, escaped: string) =>
      /^[0-7]+$/u.test(escaped) ? String.fromCharCode(parseInt(escaped, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[escaped] ?? escaped,
    );
    const bytes = Buffer.from(raw, 'latin1');
    return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : raw;
  });
}

function foreignIn(text: string): string | undefined {
  return FOREIGN.map((pattern) => pattern.exec(text.normalize('NFC'))?.[0] ?? pattern.exec(text)?.[0]).find(Boolean);
}

beforeAll(() => {
  root = makeHaTinhRoot();
  build = buildSite(root);
  if (build.status !== 0) throw new Error(build.output);
}, 600_000);

describe('another campaign (Hà Tĩnh 2026)', () => {
  it('reads its identity from its plan and its site.yaml', () => {
    const { campaign } = loadReferenceData(path.join(root, 'data'));
    expect(campaign).toMatchObject({ province: 'Hà Tĩnh', provinceFull: 'tỉnh Hà Tĩnh', issuer: 'Ủy ban nhân dân tỉnh Hà Tĩnh', year: 2026, title: 'Tuần lễ hưởng ứng học tập suốt đời năm 2026', shortTitle: 'Tuần lễ học tập suốt đời 2026', activitiesSection: 'III' });
  });

  it('has no text of Thanh Hóa or 2023 in any page, feed, calendar, sitemap, JSON-LD or script', () => {
    const files = listFiles(build.outDir).filter((file) => TEXT_FILES.test(file));
    expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(10);
    expect(files.some((file) => file.endsWith('.ics'))).toBe(true);
    expect(files.some((file) => file.endsWith('feed.xml'))).toBe(true);
    const found = files.flatMap((file) => {
      const text = readFileSync(path.join(build.outDir, file), 'utf8');
      const match = foreignIn(text);
      return match ? [`${file}: ${match} … ${text.slice(Math.max(0, text.indexOf(match) - 80), text.indexOf(match) + 40)}`] : [];
    });
    expect(found).toEqual([]);
    const all = files.map((file) => readFileSync(path.join(build.outDir, file), 'utf8')).join('\n');
    expect(all).toContain('Hà Tĩnh');
    expect(all).toContain('2026');
    const home = readFileSync(path.join(build.outDir, 'index.html'), 'utf8');
    expect(home).toContain('Ủy ban nhân dân tỉnh Hà Tĩnh');
    expect(home).toContain('Hà Tĩnh 2026');
    expect(readFileSync(path.join(build.outDir, 'lich-su-kien/tuan-le.ics'), 'utf8')).toContain('Tuần lễ học tập suốt đời 2026 — Hà Tĩnh');
    expect(readFileSync(path.join(build.outDir, 'feed.xml'), 'utf8')).toContain('<title><![CDATA[Học tập suốt đời Hà Tĩnh: tất cả tin');
  });

  it('writes the campaign, not Thanh Hóa 2023, into the kit’s PDFs and zips', () => {
    const files = listFiles(build.outDir);
    const pdfs = files.filter((file) => file.endsWith('.pdf'));
    const zips = files.filter((file) => file.endsWith('.zip'));
    expect(pdfs.length).toBeGreaterThan(0);
    expect(zips.length).toBeGreaterThan(0);
    for (const file of pdfs) {
      const strings = pdfStrings(readFileSync(path.join(build.outDir, file))).join('\n');
      expect(foreignIn(strings), file).toBeUndefined();
      expect(strings, file).toContain('Tuần lễ hưởng ứng học tập suốt đời năm 2026 — Hà Tĩnh');
      expect(strings, file).toContain('D:2026');
    }
    for (const file of zips) {
      const members = unzipSync(readFileSync(path.join(build.outDir, file)));
      for (const name of Object.keys(members)) expect(foreignIn(name), `${file}: ${name}`).toBeUndefined();
      const guide = new TextDecoder().decode(members['HUONG-DAN.txt']);
      expect(foreignIn(guide), `${file}: HUONG-DAN.txt`).toBeUndefined();
    }
  });

  it('hands the banners and share cards only the campaign’s texts', () => {
    const { campaign } = loadReferenceData(path.join(root, 'data'));
    const identity = kitIdentity(campaign);
    const texts = [identity.heading, identity.footer, identity.themeSource, identity.shareFooter, identity.pdfInfo.author, ...LISTED_KINDS.map(kindLabel)];
    for (const text of texts) expect(foreignIn(text), text).toBeUndefined();
    expect(identity).toMatchObject({
      heading: 'Tuần lễ hưởng ứng học tập suốt đời năm 2026',
      footer: 'Hà Tĩnh, 01–07/10/2026',
      shareFooter: 'Tuần lễ hưởng ứng học tập suốt đời năm 2026 · Hà Tĩnh',
      themeSource: 'Chủ đề Tuần lễ năm 2026, theo Kế hoạch của Ủy ban nhân dân tỉnh Hà Tĩnh',
    });
    // The plan's own date (15/9/2026) dates the files.
    expect(identity.pdfInfo.date.toISOString()).toBe('2026-09-14T17:00:00.000Z');
    expect(identity.zipTime.toISOString()).toBe('2026-09-15T00:00:00.000Z');
    const kitPage = readFileSync(path.join(build.outDir, 'bo-nhan-dien/index.html'), 'utf8');
    expect(kitPage).toContain('Chủ đề năm 2026');
  });
});
