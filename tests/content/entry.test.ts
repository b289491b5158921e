import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  districtsField,
  entryActivities,
  entryDistricts,
  entrySummary,
  entryTags,
  entryTitle,
  entryUnit,
  kindLabel,
  KIND_LABELS,
  lastModified,
  leadPhoto,
  LISTED_KINDS,
  listingDate,
  photosOf,
  titleField,
  type EventEntry,
  type PageEntry,
  type ProfileEntry,
  type StoryEntry,
} from '../../lib/content/entry.ts';
import { SEARCH_TYPES } from '../../lib/search/facets.ts';
import { requireVietnamTime } from '../../lib/time/vietnam-time.ts';
import { fixtureEntry, fixtureReference as reference } from '../helpers/fixture-entries.ts';

const story: StoryEntry = fixtureEntry('story', '/tin-tuc/thu-vien-so/');
const profile: ProfileEntry = fixtureEntry('profile', '/guong-tu-hoc/nguyen-van-an/');
const event: EventEntry = fixtureEntry('event', '/su-kien/dem-doc-sach/');
const page: PageEntry = fixtureEntry('page', '/gioi-thieu/');
const activity = (id: number) => reference.activities.find((candidate) => candidate.id === id);
const district = (name: string) => reference.districts.find((candidate) => candidate.name === name)!;

describe('the entry model', () => {
  it('reads one entry of each kind from the fixture site', () => {
    expect([story.kind, profile.kind, event.kind, page.kind]).toEqual(['story', 'profile', 'event', 'page']);
  });

  it('titles a profile by the person’s name, everything else by its title', () => {
    expect(entryTitle(story)).toBe('Thư viện số mở cửa cho bạn đọc vùng cao');
    expect(entryTitle(profile)).toBe('Nguyễn Văn An');
    expect(entryTitle(event)).toBe('Đêm đọc sách; chủ đề: "Tự học, tự lớn" \\ trực tuyến');
    expect(entryTitle(page)).toBe('Giới thiệu');
    expect([titleField('story'), titleField('profile'), titleField('event'), titleField('page')]).toEqual(['title', 'name', 'title', 'title']);
  });

  it('sums an entry up by its sapo, quote or description', () => {
    expect(entrySummary(story)).toBe('Thư viện tỉnh đưa kho sách số đến các điểm trường huyện Mường Lát.');
    expect(entrySummary(profile)).toBe('Tuổi cao vẫn học được cách dùng điện thoại thông minh.');
    expect(entrySummary(event)).toBe('Đêm đọc sách muộn cho sinh viên, kết nối trực tuyến với các huyện.');
    expect(entrySummary(page)).toBe('Về trang tin Tuần lễ.');
    expect(entrySummary({ ...page, description: undefined })).toBeUndefined();
  });

  it('lists a story’s districts, the one district of a profile or event, none for a page', () => {
    expect(entryDistricts(story)).toEqual([district('Mường Lát')]);
    expect(entryDistricts({ ...story, districts: [district('Nga Sơn'), district('Hậu Lộc')] }).map((place) => place.name)).toEqual(['Nga Sơn', 'Hậu Lộc']);
    expect(entryDistricts(profile)).toEqual([district('Hậu Lộc')]);
    expect(entryDistricts(event)).toEqual([district('Thanh Hóa')]);
    expect(entryDistricts(page)).toEqual([]);
    expect([districtsField('story'), districtsField('profile'), districtsField('event')]).toEqual(['districts', 'district', 'district']);
  });

  it('gives the plan’s activities themselves, resolved when the file was read', () => {
    expect(entryActivities(story)).toEqual([activity(5)]);
    // The very objects of the plan: short name and text at hand, nothing to look up again.
    expect(entryActivities(story)[0]).toBe(activity(5));
    expect(entryActivities(story)[0]?.shortName).toBe(activity(5)?.shortName);
    expect(entryActivities(event)).toEqual([activity(5)]);
    expect(entryActivities(profile)).toEqual([]);
    expect(entryActivities(page)).toEqual([]);
  });

  it('names the unit and topics of a listed entry, none of a page', () => {
    expect(entryUnit(story)?.id).toBe('thu-vien-tinh');
    expect(entryUnit(page)).toBeUndefined();
    expect(entryTags(story)).toEqual(['thư viện', 'học tập suốt đời']);
    expect(entryTags(page)).toEqual([]);
  });

  it('labels each kind with one wording, the one search filters by', () => {
    expect(KIND_LABELS).toEqual({ story: 'Tin bài', profile: 'Gương tự học', event: 'Sự kiện', page: 'Trang' });
    expect(LISTED_KINDS.map(kindLabel)).toEqual(['Tin bài', 'Gương tự học', 'Sự kiện']);
    expect(SEARCH_TYPES.slice(0, 3)).toEqual(LISTED_KINDS.map(kindLabel));
  });

  it('dates an entry by publish time or start, and its last change by the update', () => {
    expect(listingDate(story).toISO()).toBe(story.published.toISO());
    expect(listingDate(event)).toBe(event.start);
    expect(listingDate(page)).toBeUndefined();
    const updated = requireVietnamTime('2023-10-04 10:00', 'test');
    expect(lastModified({ ...story, updated })).toBe(updated);
    expect(lastModified(story)).toBe(story.published);
    expect(lastModified(page)).toBeUndefined();
  });

  it('finds the lead photo (a profile’s portrait) and every photo file an entry shows', () => {
    expect(path.basename(leadPhoto(story)?.path ?? '')).toBe('anh-phu.jpg');
    expect(path.basename(leadPhoto(profile)?.path ?? '')).toBe('chan-dung.jpg');
    expect(leadPhoto(event)).toBeUndefined();
    expect(leadPhoto(page)).toBeUndefined();
    expect(leadPhoto(undefined)).toBeUndefined();
    expect(photosOf({ ...story, bodyPhotos: ['/x/b.jpg'] }).map((file) => path.basename(file))).toEqual(['anh-phu.jpg', 'b.jpg']);
    expect(photosOf(page)).toEqual([]);
  });
});
