import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HUB_PAGES } from '../../lib/collections/site-content.ts';
import { entryActivities } from '../../lib/content/entry.ts';
import { loadContent } from '../../lib/content/load.ts';
import { loadReferenceData } from '../../lib/content/reference.ts';
import { isPublic } from '../../lib/content/visibility.ts';
import { activityLabel } from '../../lib/content/labels.ts';
import { loadSettings } from '../../lib/site/settings.ts';
import { buildSite, makeSiteRoot, PROJECT_DIR, readOutput, type BuildResult } from '../helpers/site-build.ts';

const reference = loadReferenceData(path.join(PROJECT_DIR, 'data'));
const settings = loadSettings(path.join(PROJECT_DIR, 'data'), {});
const published = loadContent(PROJECT_DIR, path.join(PROJECT_DIR, 'content'), reference).entries.filter(
  (entry) => entry.kind !== 'page' && isPublic(entry, settings.now),
);

describe('hub pages on a large site (sample content, one item per page)', () => {
  let build: BuildResult;
  beforeAll(() => {
    const root = makeSiteRoot(path.join(PROJECT_DIR, 'content'));
    const siteYaml = path.join(root, 'data/site.yaml');
    writeFileSync(siteYaml, readFileSync(siteYaml, 'utf8').replace(/^perPage: \d+$/m, 'perPage: 1'));
    build = buildSite(root);
    expect(build.status, build.output).toBe(0);
  });

  it('lists a hub’s newest items on at most HUB_PAGES pages, the last pointing to search with the hub’s filter', () => {
    const activity = reference.activities
      .map((candidate) => ({ candidate, count: published.filter((entry) => entryActivities(entry).some((covered) => covered.id === candidate.id)).length }))
      .sort((a, b) => b.count - a.count)[0]!;
    expect(activity.count).toBeGreaterThan(HUB_PAGES);
    const base = `/ke-hoach/hoat-dong/${activity.candidate.id}/`;
    expect(existsSync(path.join(build.outDir, base, `trang-${HUB_PAGES}/index.html`))).toBe(true);
    expect(existsSync(path.join(build.outDir, base, `trang-${HUB_PAGES + 1}`))).toBe(false);
    const last = readOutput(build.outDir, `${base}trang-${HUB_PAGES}/`);
    const more = /<p class="listing__more">([\s\S]*?)<\/p>/.exec(last)?.[1] ?? '';
    expect(more).toContain(`liệt kê ${HUB_PAGES} mục mới nhất trong tổng số ${activity.count}`);
    const link = new URL(/href="([^"]+)"/.exec(more)![1]!.replace(/&amp;/g, '&'), 'https://x.vn');
    expect(link.pathname).toBe('/tim-kiem/');
    expect(link.searchParams.get('hoat-dong')).toBe(activityLabel(activity.candidate));
    expect(readOutput(build.outDir, base)).not.toContain('listing__more');
  });

  it('keeps every story reachable from the paginated news list', () => {
    const stories = published.filter((entry) => entry.kind === 'story');
    for (let page = 1; page <= stories.length; page += 1) {
      expect(existsSync(path.join(build.outDir, 'tin-tuc', page === 1 ? '' : `trang-${page}`, 'index.html')), `trang ${page}`).toBe(true);
    }
  });
});
