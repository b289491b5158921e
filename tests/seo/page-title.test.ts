import { describe, expect, it } from 'vitest';
import { fitTitle, TITLE_MAX_LENGTH, writtenLength } from '../../lib/seo/page-title.ts';
import { PROJECT_LEXICON } from '../helpers/lexicon.ts';

const SITE = 'Học tập suốt đời Thanh Hóa';
const withSite = (title: string) => [`${title} — ${SITE}`, title];

describe('fitTitle', () => {
  it('adds the site’s name where the whole fits in 65 characters, else gives the title alone', () => {
    expect(fitTitle(withSite('Giới thiệu'))).toBe('Giới thiệu — Học tập suốt đời Thanh Hóa');
    const long = 'Phòng Giáo dục và Đào tạo huyện Quảng Xương';
    expect(fitTitle(withSite(long))).toBe(long);
  });

  it('cuts a headline longer than 65 characters between two words, ended with "…"', () => {
    const headline = 'Hội nghị trực tuyến tổng kết Tuần lễ hưởng ứng học tập suốt đời năm 2023';
    const title = fitTitle(withSite(headline));
    expect(title).toBe('Hội nghị trực tuyến tổng kết Tuần lễ hưởng ứng học tập suốt đời…');
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
  });

  it('keeps a listing’s page number when its long name is cut, so each page has a title of its own', () => {
    const unit = 'Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện Nga Sơn';
    const titles = [2, 10].map((page) => fitTitle(withSite(`${unit} — trang ${page}`), { keep: ` — trang ${page}` }));
    expect(titles).toEqual(['Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch… — trang 2', 'Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch… — trang 10']);
    for (const title of titles) expect(writtenLength(title)).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
    // A title that fits is left as it is, the tail included.
    expect(fitTitle([`Giới thiệu — trang 2`], { keep: ' — trang 2' })).toBe('Giới thiệu — trang 2');
  });

  it('keeps the lexicon’s compounds whole and drops the punctuation a cut leaves hanging', () => {
    const headline = 'Tỉnh Đoàn phát động đoàn viên, thanh niên tự học trong kỷ nguyên số và lan tỏa phong trào';
    // Without the lexicon the cut falls inside "kỷ nguyên số".
    expect(fitTitle([headline])).toBe('Tỉnh Đoàn phát động đoàn viên, thanh niên tự học trong kỷ nguyên…');
    expect(fitTitle([headline], { lexicon: PROJECT_LEXICON })).toBe('Tỉnh Đoàn phát động đoàn viên, thanh niên tự học…');
    expect(fitTitle(['Tập huấn an toàn thông tin, kỹ năng số cho cán bộ'], { maxLength: 30 })).toBe('Tập huấn an toàn thông tin…');
  });

  it('does not end on a function word when an earlier gap fits', () => {
    expect(fitTitle(['Tập huấn kỹ năng an toàn thông tin cho cán bộ và người dân'], { maxLength: 40 })).toBe('Tập huấn kỹ năng an toàn thông tin…');
  });

  it('cuts a single word longer than the limit at the limit', () => {
    expect(fitTitle(['x'.repeat(80)])).toBe(`${'x'.repeat(64)}…`);
  });
});

describe('writtenLength', () => {
  it('counts what the page writes, & as &amp;, as html-validate’s long-title does', () => {
    expect(writtenLength('Sở GD&ĐT')).toBe('Sở GD&amp;ĐT'.length);
    expect(writtenLength('"Tự học" <và> \'đọc\'')).toBe('&quot;Tự học&quot; &lt;và&gt; &#39;đọc&#39;'.length);
  });

  it('keeps a title with & within 65 characters as written, so a little shorter as shown', () => {
    const headline = 'Sở GD&ĐT hướng dẫn tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023 tại các trường học';
    const title = fitTitle([headline], { lexicon: PROJECT_LEXICON });
    // Shown, "… hưởng ứng học tập suốt đời…" would fit in 65; as written, with &amp;, it does not, and "học tập suốt đời" stays whole.
    expect(title).toBe('Sở GD&ĐT hướng dẫn tổ chức Tuần lễ hưởng ứng…');
    expect(writtenLength(title)).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
  });
});
