import { describe, expect, it } from 'vitest';
import { shareCardAlt, shareCardSubjects } from '../../lib/banners/share-cards.ts';
import { fixtureEntries, fixtureEntry } from '../helpers/fixture-entries.ts';

describe('share cards', () => {
  const subjects = shareCardSubjects(fixtureEntries);

  it('draws one card per story, profile and event, none for a page', () => {
    const listed = fixtureEntries.filter((entry) => entry.kind !== 'page');
    expect(subjects.map((subject) => subject.entry)).toEqual(listed);
    expect(fixtureEntries.some((entry) => entry.kind === 'page')).toBe(true);
  });

  it('titles a profile’s card by the name, under each kind’s kicker', () => {
    const byUrl = (url: string) => subjects.find((subject) => subject.entry.url === url);
    expect(byUrl('/guong-tu-hoc/nguyen-van-an/')).toMatchObject({ title: 'Nguyễn Văn An', kicker: 'Gương tự học' });
    expect(byUrl('/tin-tuc/thu-vien-so/')).toMatchObject({ title: 'Thư viện số mở cửa cho bạn đọc vùng cao', kicker: 'Tin bài' });
    expect(byUrl('/su-kien/le-khai-mac/')).toMatchObject({ title: 'Lễ khai mạc Tuần lễ học tập suốt đời', kicker: 'Sự kiện' });
  });

  it('describes a card by its kicker and the title as drawn', () => {
    expect(shareCardAlt(fixtureEntry('profile', '/guong-tu-hoc/nguyen-van-an/'), 'Nguyễn Văn An')).toBe('Gương tự học: Nguyễn Văn An');
    expect(shareCardAlt(fixtureEntry('story', '/tin-tuc/thu-vien-so/'), 'Thư viện số…')).toBe('Tin bài: Thư viện số…');
  });
});
