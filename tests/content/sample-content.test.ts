import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteContent } from '../../lib/collections/site-content.ts';
import { loadContent } from '../../lib/content/load.ts';
import { loadReferenceData } from '../../lib/content/reference.ts';
import { loadSettings } from '../../lib/site/settings.ts';
import { isoDate } from '../../lib/time/vietnam-time.ts';

const root = path.resolve(import.meta.dirname, '../..');
const reference = loadReferenceData(path.join(root, 'data'));
const settings = loadSettings(path.join(root, 'data'), {});
const { entries, issues } = loadContent(root, path.join(root, 'content'), reference);
const site = buildSiteContent(entries, reference, settings.now, settings.perPage);

describe('the sample content exercises every feature', () => {
  it('is valid', () => {
    expect(issues).toEqual([]);
  });

  it('has at least 15 public stories from 6 units and 8 districts, covering all nine activities', () => {
    expect(site.stories.length).toBeGreaterThanOrEqual(15);
    expect(new Set(site.stories.map((story) => story.unit.id)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(site.stories.flatMap((story) => story.districts.map((district) => district.slug))).size).toBeGreaterThanOrEqual(8);
    expect(new Set(site.stories.flatMap((story) => story.activities.map((activity) => activity.id)))).toEqual(new Set(reference.activities.map((activity) => activity.id)));
    expect(site.storyPages.length).toBeGreaterThan(1);
  });

  it('has one draft and one embargoed story that the site leaves out', () => {
    const stories = entries.filter((entry) => entry.kind === 'story');
    const drafts = stories.filter((story) => story.draft);
    const embargoed = stories.filter((story) => story.kind === 'story' && !story.draft && story.published > settings.now);
    expect(drafts).toHaveLength(1);
    expect(embargoed).toHaveLength(1);
    for (const hidden of [...drafts, ...embargoed]) expect(site.all).not.toContain(hidden);
  });

  it('has 8 profiles and 20 events across the week, including the opening ceremony', () => {
    expect(site.profiles).toHaveLength(8);
    expect(site.events.length).toBeGreaterThanOrEqual(20);
    const days = new Set(site.events.map((event) => isoDate(event.start)));
    for (let day = 2; day <= 8; day += 1) expect(days).toContain(`2023-10-0${day}`);
    expect(site.events.some((event) => event.activities.some((activity) => activity.id === 2) && isoDate(event.start) === isoDate(reference.plan.opening.date))).toBe(true);
    expect(new Set(site.events.map((event) => event.format))).toEqual(new Set(['trực tiếp', 'trực tuyến', 'kết hợp']));
    expect(site.events.some((event) => event.allDay)).toBe(true);
  });

  it('is written in NFC', () => {
    for (const entry of entries) expect(JSON.stringify(entry)).toBe(JSON.stringify(entry).normalize('NFC'));
  });
});
