import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../lib/content/reference.ts';
import { isoDate } from '../../lib/time/vietnam-time.ts';
import { htmlProblems } from '../helpers/html-validate.ts';
import { buildSite, FIXTURES_DIR, listFiles, makeSiteRoot, PROJECT_DIR, readOutput, type BuildResult } from '../helpers/site-build.ts';

const plan = loadReferenceData(path.join(PROJECT_DIR, 'data')).plan;

/**
 * One instant in each phase of the campaign, and the boundaries between them.
 * The plan gives the opening's day but no time: the ceremony's 07:30 comes from
 * the fixture's opening event (tests/fixtures/site/content/su-kien/le-khai-mac.md).
 */
const INSTANTS = {
  before: '2023-09-25T10:00:00+07:00',
  firstDay: '2023-10-02T00:00:00+07:00',
  opening: `${isoDate(plan.opening.date)}T07:30:00+07:00`,
  during: '2023-10-05T20:00:00+07:00',
  lastSecond: '2023-10-08T23:59:59+07:00',
  after: '2023-10-12T10:00:00+07:00',
  archive: '2023-11-20T10:00:00+07:00',
} as const;
type Instant = keyof typeof INSTANTS;

const builds = {} as Record<Instant, BuildResult>;
const home = (instant: Instant) => readOutput(builds[instant].outDir, '/');

/** The text between a heading's id and the next section: what the section shows. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) throw new Error(`no section #${id}`);
  const end = html.indexOf('class="home__section"', start);
  return html.slice(start, end < 0 ? undefined : end);
}

/** Section ids of the home page, in order. */
function sections(html: string): string[] {
  return [...html.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1]!);
}

beforeAll(() => {
  expect(isoDate(plan.opening.date)).toBe('2023-10-02');
  expect(plan.opening.time).toBeNull();
  const root = makeSiteRoot(path.join(FIXTURES_DIR, 'site/content'));
  for (const [instant, now] of Object.entries(INSTANTS) as [Instant, string][]) builds[instant] = buildSite(root, { BUILD_NOW: now });
});

describe('the site builds at every phase of the campaign', () => {
  it.each(Object.keys(INSTANTS) as Instant[])('%s: builds, with a home page, the calendar, the plan and the report', (instant) => {
    const build = builds[instant];
    expect(build.status, build.output).toBe(0);
    for (const page of ['/', '/lich-su-kien/', '/ke-hoach/', '/bao-cao/']) {
      const html = readOutput(build.outDir, page);
      expect(html, page).toContain('<html lang="vi">');
      expect(html, page).not.toMatch(/undefined|\[object Object\]|Invalid DateTime|NaN/);
    }
  });
});

describe('html-validate at every phase', () => {
  it('passes on the pages that change with the phase at every phase, and on every page before the week', async () => {
    const problems: string[] = [];
    for (const [instant, build] of Object.entries(builds)) {
      const pages = instant === 'before' ? listFiles(build.outDir).filter((file) => file.endsWith('.html')) : ['index.html', 'lich-su-kien/index.html', 'ke-hoach/index.html', 'bao-cao/index.html'];
      problems.push(...(await htmlProblems(build.outDir, pages)).map((problem) => `${instant}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });
});

describe('home page before the week', () => {
  it('counts the days to go and gives the opening ceremony\'s time and place', () => {
    const html = home('before');
    expect(html).toContain('Còn <strong>7 ngày</strong> nữa là đến Tuần lễ.');
    expect(html).toContain(
      '<strong>Lễ khai mạc:</strong> <time datetime="2023-10-02T07:30:00+07:00">07:30, Thứ Hai, 02/10/2023</time>, tại Cung Văn hóa Thiếu nhi tỉnh, thành phố Thanh Hóa.',
    );
    expect(html).not.toMatch(/Đang diễn ra|Ngày thứ|đã khép lại|Tổng kết/);
  });

  it('shows the calendar of what is coming first, by day, soonest first', () => {
    const html = home('before');
    expect(sections(html)).toEqual(['lich-sap-toi', 'tin-moi', 'guong-tu-hoc']);
    const calendar = section(html, 'lich-sap-toi');
    const links = [...calendar.matchAll(/href="(\/su-kien\/[^"]+)"/g)].map((match) => match[1]);
    expect(links).toEqual(['/su-kien/le-khai-mac/', '/su-kien/trien-lam-sach/', '/su-kien/dem-doc-sach/']);
    expect(calendar).toContain('<time datetime="2023-10-04">Thứ Tư, 04/10/2023</time>');
    expect(calendar).toContain('<p class="badge badge--postponed">Hoãn</p>');
    // Nothing is published yet: the listings say so rather than stand empty.
    expect(section(html, 'tin-moi')).toContain('Chưa có tin bài nào.');
    expect(readOutput(builds.before.outDir, '/bao-cao/')).toContain('Hoạt động đã triển khai: chưa có.');
  });
});

describe('home page during the week', () => {
  it('is day 1 from 00:00 of the first day, with the opening still to come', () => {
    const html = home('firstDay');
    expect(html).toContain('Ngày thứ <strong>1/7</strong>');
    expect(html).toContain('<strong>Lễ khai mạc:</strong> <time datetime="2023-10-02T07:30:00+07:00">');
    expect(sections(html)[0]).toBe('hom-nay');
    expect(section(html, 'hom-nay')).toContain('href="/su-kien/le-khai-mac/"');
    expect(html).not.toContain('Còn <strong>');
  });

  it('shows the opening as happening at its start time', () => {
    const html = home('opening');
    expect(html).toContain('Ngày thứ <strong>1/7</strong>');
    expect(html).toContain('<strong>Lễ khai mạc đang diễn ra</strong> tại Cung Văn hóa Thiếu nhi tỉnh');
    expect(section(html, 'hom-nay')).toMatch(/badge--opening">Lễ khai mạc<\/p><p class="badge badge--live">Đang diễn ra/);
  });

  it('puts today\'s events first, then news, then what is still to come', () => {
    const html = home('during');
    expect(html).toContain('Ngày thứ <strong>4/7</strong>');
    expect(sections(html)).toEqual(['hom-nay', 'tin-moi', 'sap-dien-ra', 'guong-tu-hoc']);
    const today = section(html, 'hom-nay');
    expect(today).toContain('<time datetime="2023-10-05">Thứ Năm, 05/10/2023</time>');
    expect(today).toContain('href="/su-kien/trien-lam-sach/"');
    expect(section(html, 'sap-dien-ra')).not.toContain('href="/su-kien/trien-lam-sach/"');
    // The opening was days ago: the hero no longer announces it.
    expect(html).not.toContain('hero__opening');
  });

  it('is still the last day at 23:59:59', () => {
    const html = home('lastSecond');
    expect(html).toContain('Ngày thứ <strong>7/7</strong>');
    expect(section(html, 'hom-nay')).toContain('Hôm nay, Chủ Nhật, 08/10/2023, không có sự kiện nào trong lịch.');
  });
});

describe('home page after the week', () => {
  it('sums up the week with its totals and the report deadline', () => {
    const html = home('after');
    expect(html).toContain('Tuần lễ đã khép lại. Các đơn vị gửi báo cáo kết quả trước ngày 17/10/2023.');
    const summary = section(html, 'tong-ket');
    expect(summary).toContain('diễn ra trong 7 ngày, từ 02/10/2023 đến 08/10/2023');
    // Held: the opening and the book fair; the night of reading was postponed.
    expect(summary).toContain('<a href="/lich-su-kien/"><strong>2</strong> sự kiện đã tổ chức</a>');
    expect(summary).toContain('<a href="/tin-tuc/"><strong>4</strong> tin bài</a>');
    expect(summary).toContain('<a href="/guong-tu-hoc/"><strong>1</strong> gương tự học</a>');
    expect(summary).toContain('trước ngày <strong><time datetime="2023-10-17">17/10/2023</time></strong>');
    expect(html).not.toMatch(/sắp diễn ra|sắp tới|Đang diễn ra/);
    // The organisers' report counts the same way.
    expect(readOutput(builds.after.outDir, '/bao-cao/')).toContain('Toàn tỉnh: <strong>2</strong> sự kiện đã tổ chức, <strong>4</strong> tin bài, <strong>1</strong> gương tự học.');
  });

  it('becomes an archive after the report deadline, with no upcoming language', () => {
    const html = home('archive');
    expect(html).toContain('<span class="archive-mark">Lưu trữ</span>');
    expect(sections(html)).toEqual(['tong-ket', 'tin-moi', 'guong-tu-hoc']);
    const summary = section(html, 'tong-ket');
    for (const link of ['/lich-su-kien/', '/tin-tuc/', '/guong-tu-hoc/', '/ke-hoach/']) expect(summary).toContain(`href="${link}"`);
    expect(summary).toContain('<strong>2</strong> sự kiện đã tổ chức');
    expect(html).not.toMatch(/sắp diễn ra|sắp tới|Đang diễn ra|Còn <strong>|Hạn gửi|gửi báo cáo/);
  });
});

describe('npm run check at every phase', () => {
  // The project's own content (no SITE_ROOT): what `npm run check` reads.
  const { SITE_ROOT: _fixtureRoot, ...env } = process.env;
  it.each(Object.entries(INSTANTS))('%s (%s): the sample content passes', (_instant, now) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts'], {
      cwd: PROJECT_DIR,
      encoding: 'utf8',
      env: { ...env, BUILD_NOW: now },
      timeout: 120_000,
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });
});
