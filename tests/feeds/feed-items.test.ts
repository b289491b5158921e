import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventEntry, ProfileEntry, StoryEntry } from '../../lib/content/entry.ts';
import { feedDescription, feedItem, type FeedItemContext } from '../../lib/feeds/feed-items.ts';
import { fixtureEntry } from '../helpers/fixture-entries.ts';

const story: StoryEntry = fixtureEntry('story', '/tin-tuc/thu-vien-so/');
const profile: ProfileEntry = fixtureEntry('profile', '/guong-tu-hoc/nguyen-van-an/');
const event: EventEntry = fixtureEntry('event', '/su-kien/dem-doc-sach/');
const context: FeedItemContext = {
  siteUrl: 'https://x.vn/p',
  absoluteUrl: (sitePath) => `https://x.vn/p${sitePath}`,
  sharePhoto: (photo) => ({ url: `/img/${path.basename(photo.path, '.jpg')}-1200.jpeg`, bytes: 4321 }),
};

describe('feed items', () => {
  it('carries a story’s title, sapo, authors, absolute body and share photo', () => {
    const item = feedItem(story, '<p><a href="/ke-hoach/">Kế hoạch</a></p>', context);
    expect(item).toEqual({
      title: 'Thư viện số mở cửa cho bạn đọc vùng cao',
      link: 'https://x.vn/p/tin-tuc/thu-vien-so/',
      description: 'Thư viện tỉnh đưa kho sách số đến các điểm trường huyện Mường Lát.',
      html: '<p><a href="https://x.vn/p/ke-hoach/">Kế hoạch</a></p>',
      authors: ['Hà Phương'],
      categories: ['Thư viện tỉnh Thanh Hóa', 'Huyện Mường Lát', `Hoạt động 5: ${story.activities[0]?.shortName}`, 'thư viện', 'học tập suốt đời'],
      published: story.published,
      enclosure: { url: 'https://x.vn/p/img/anh-phu-1200.jpeg', bytes: 4321, type: 'image/jpeg' },
    });
  });

  it('titles a profile by the name and describes it by occupation, place and quote', () => {
    const item = feedItem(profile, '', context);
    expect(item.title).toBe('Nguyễn Văn An');
    expect(item.description).toBe('Cựu chiến binh, huyện Hậu Lộc: “Tuổi cao vẫn học được cách dùng điện thoại thông minh.”');
    expect(item.authors).toEqual([]);
    expect(item.categories).toEqual(['Hội Khuyến học tỉnh Thanh Hóa', 'Huyện Hậu Lộc', 'người cao tuổi']);
  });

  it('puts an event’s status, time, place and format before its description; no photo, no enclosure', () => {
    expect(feedDescription(event)).toBe(
      'HOÃN. Thời gian: Thứ Tư, 04/10/2023 23:30 – 23:59. Địa điểm: Thư viện tỉnh Thanh Hóa, Số 1 Lê Lợi, phường Điện Biên, thành phố Thanh Hóa. Hình thức: kết hợp. Đêm đọc sách muộn cho sinh viên, kết nối trực tuyến với các huyện.',
    );
    expect(feedDescription({ ...event, status: 'hủy' })).toMatch(/^ĐÃ HỦY\. Thời gian: /);
    expect(feedDescription({ ...event, status: 'dự kiến' })).toMatch(/^Thời gian: /);
    const item = feedItem(event, '', context);
    expect(item.published).toBe(event.start);
    expect(item.enclosure).toBeUndefined();
  });
});
