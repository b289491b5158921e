import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LISTING_PAGES, listingPageData } from '../../lib/collections/listing-pages.ts';
import { PROJECT_DIR } from '../helpers/site-build.ts';

const campaign = { title: 'Tuần lễ hưởng ứng học tập suốt đời năm 2023', shortTitle: 'Tuần lễ học tập suốt đời 2023', province: 'Thanh Hóa', provinceFull: 'tỉnh Thanh Hóa' };
const page = (collection: string) => {
  const found = LISTING_PAGES.find((candidate) => candidate.collection === collection);
  if (!found) throw new Error(`no listing page for ${collection}`);
  return found;
};

describe('listing pages', () => {
  it('has one page per paginated listing, none of them also a file in layouts/pages/', () => {
    expect(LISTING_PAGES.map((listing) => listing.collection).sort()).toEqual(['activityPages', 'districtPages', 'organisationPages', 'profilePages', 'storyPages', 'tagPages']);
    expect(new Set(LISTING_PAGES.map((listing) => listing.template)).size).toBe(LISTING_PAGES.length);
    for (const listing of LISTING_PAGES) expect(existsSync(path.join(PROJECT_DIR, 'layouts/pages', listing.template)), listing.template).toBe(false);
  });

  it('renders one page of its collection at a time, at that page’s address, through listing.njk', () => {
    const data = listingPageData(page('tagPages'));
    expect(data).toMatchObject({ layout: 'listing.njk', pagination: { data: 'collections.tagPages', size: 1, alias: 'listing' } });
    expect(data.permalink({ listing: { url: '/chu-de/hoc-tap/trang-2/' } })).toBe('/chu-de/hoc-tap/trang-2/');
    expect(data).not.toHaveProperty('headerPartial');
  });

  it('heads a unit’s and an activity’s hub with its partial', () => {
    expect(listingPageData(page('organisationPages')).headerPartial).toBe('partials/organisation-header.njk');
    expect(listingPageData(page('activityPages')).headerPartial).toBe('partials/activity-header.njk');
    for (const listing of LISTING_PAGES) if (listing.headerPartial) expect(existsSync(path.join(PROJECT_DIR, 'layouts', listing.headerPartial))).toBe(true);
  });

  it('words each listing from its group and the campaign', () => {
    const hub = { title: 'huyện Nga Sơn' };
    expect(page('storyPages').text.name(hub)).toBe('Tin tức');
    expect(page('storyPages').text.description(hub, campaign)).toBe('Tin bài về Tuần lễ hưởng ứng học tập suốt đời năm 2023 tại Thanh Hóa.');
    expect(page('profilePages').text.description(hub, campaign)).toBe('Những tấm gương tự học, học tập suốt đời trên địa bàn tỉnh Thanh Hóa.');
    expect(page('tagPages').text.name({ title: 'học tập' })).toBe('Chủ đề: học tập');
    expect(page('districtPages').text.name(hub)).toBe('huyện Nga Sơn');
    expect(page('districtPages').text.description(hub, campaign)).toBe('Tin bài, gương tự học và sự kiện tại huyện Nga Sơn trong Tuần lễ học tập suốt đời 2023.');
    expect(page('organisationPages').text.description({ title: 'Sở Giáo dục và Đào tạo' }, campaign)).toBe(
      'Nhiệm vụ theo Kế hoạch, tin bài, gương tự học và sự kiện của Sở Giáo dục và Đào tạo trong Tuần lễ học tập suốt đời 2023.',
    );
    expect(page('activityPages').text.description({ title: 'Hoạt động 2: Lễ khai mạc' }, campaign)).toBe('Hoạt động 2: Lễ khai mạc — tin bài, gương tự học và sự kiện về hoạt động này của Kế hoạch.');
  });
});
