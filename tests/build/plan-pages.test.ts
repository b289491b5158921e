import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import type { EventEntry, ProfileEntry, StoryEntry } from '../../lib/content/entry.ts';
import { loadContent } from '../../lib/content/load.ts';
import { loadReferenceData } from '../../lib/content/reference.ts';
import { isPublic } from '../../lib/content/visibility.ts';
import { loadSettings } from '../../lib/site/settings.ts';
import { PROJECT_DIR, readOutput } from '../helpers/site-build.ts';

const siteDir = inject('sampleSiteDir');
const reference = loadReferenceData(path.join(PROJECT_DIR, 'data'));
const settings = loadSettings(path.join(PROJECT_DIR, 'data'), {});
// Recomputed here from the content files, independently of the site's own listings.
const published = loadContent(PROJECT_DIR, path.join(PROJECT_DIR, 'content'), reference).entries.filter(
  (entry): entry is StoryEntry | ProfileEntry | EventEntry => isPublic(entry, settings.now) && entry.kind !== 'page',
);

function linksIn(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!);
}

describe('plan pages built from the plan text', () => {
  it('renders the plan with its theme, dates, activities, bodies and deadline', () => {
    const html = readOutput(siteDir, '/ke-hoach/');
    expect(html).toContain('Xây dựng năng lực tự học trong kỷ nguyên số');
    expect(html).toContain('<time datetime="2023-10-02">Thứ Hai, 02/10/2023</time>');
    expect(html).toContain('<time datetime="2023-10-17">17/10/2023</time>');
    for (const activity of reference.activities) expect(html).toContain(`href="/ke-hoach/hoat-dong/${activity.id}/"`);
    expect(html).toContain('Đề nghị Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hoá');
    expect(html).toContain('href="/don-vi/so-giao-duc-dao-tao/"');
    expect(html).toContain('href="/don-vi/uy-ban-nhan-dan-huyen-thi-xa-thanh-pho/"');
  });

  it('gives every activity a hub listing exactly the content tagged with it', () => {
    for (const activity of reference.activities) {
      const links = linksIn(readOutput(siteDir, `/ke-hoach/hoat-dong/${activity.id}/`));
      const tagged = published.filter((entry) => entry.activities.some((covered) => covered.id === activity.id));
      const pages = Math.ceil(tagged.length / settings.perPage);
      const onFirstPage = tagged.length <= settings.perPage ? tagged : [];
      for (const entry of onFirstPage) expect(links, `hoạt động ${activity.id}`).toContain(entry.url);
      if (pages > 1) expect(links).toContain(`/ke-hoach/hoat-dong/${activity.id}/trang-2/`);
      expect(readOutput(siteDir, `/ke-hoach/hoat-dong/${activity.id}/`)).toContain(activity.text.split('\n\n')[0]!.slice(0, 60));
    }
  });

  it('gives every responsible body a hub with its tasks and what its units published', () => {
    for (const body of reference.plan.bodies) {
      const own = reference.units.find((unit) => unit.body === body.id);
      const members = reference.units.filter((unit) => unit.body === body.id || unit.partOf === body.id).map((unit) => unit.id);
      const html = readOutput(siteDir, `/don-vi/${own ? own.id : body.slug}/`);
      expect(html).toContain(body.tasks[0]!.slice(0, 50));
      const links = linksIn(html);
      const theirs = published.filter((entry) => members.includes(entry.unit.id));
      if (theirs.length <= settings.perPage) for (const entry of theirs) expect(links, body.name).toContain(entry.url);
    }
  });

  it('shows coverage gaps to the organisers', () => {
    const html = readOutput(siteDir, '/bao-cao/');
    expect(html).toContain('<meta name="robots" content="noindex">');
    const empty = reference.districts.filter((district) => !published.some((entry) => entry.kind !== 'profile' && (entry.kind === 'story' ? entry.districts : [entry.district]).some((d) => d.slug === district.slug)));
    expect(empty.length).toBeGreaterThan(0);
    expect(html).toContain(`Địa phương chưa có tin bài, sự kiện (${empty.length})`);
    expect(readOutput(siteDir, '/')).not.toContain('href="/bao-cao/"');
  });

  it('writes a results report whose numbers match the content', () => {
    const rows: Record<string, string>[] = parseCsv(readOutput(siteDir, '/bao-cao/bao-cao-ket-qua.csv'), { columns: true, bom: true });
    for (const unit of reference.units) {
      const mine = published.filter((entry) => entry.unit.id === unit.id);
      const row = rows.find((candidate) => candidate['Cấp'] === 'Đơn vị' && candidate['Tên'] === unit.name);
      const held = mine.filter((entry) => entry.kind === 'event' && entry.start <= settings.now && entry.status === 'dự kiến');
      if (held.length === 0 && mine.every((entry) => entry.kind === 'event')) {
        expect(row, `${unit.name} has nothing held or published yet`).toBeUndefined();
        continue;
      }
      expect(row, unit.name).toMatchObject({
        'Số sự kiện': String(held.length),
        'Số tin bài': String(mine.filter((entry) => entry.kind === 'story').length),
        'Số gương tự học': String(mine.filter((entry) => entry.kind === 'profile').length),
      });
    }
    const markdown = readOutput(siteDir, '/bao-cao/bao-cao-ket-qua.md');
    expect(markdown).toContain('Số liệu tính đến Thứ Năm, 05/10/2023 20:00');
    expect(markdown).toContain('Hạn gửi báo cáo: trước ngày 17/10/2023');
    const stories = published.filter((entry) => entry.kind === 'story').length;
    expect(markdown).toContain(`${stories} tin bài`);
  });
});
