import { describe, expect, it } from 'vitest';
import { BANNER_FORMATS, bannerFormat } from '../../lib/banners/formats.ts';
import { lineRanges } from '../../lib/banners/line-breaks.ts';
import { bannerLayout, COLORS, upperVi, type Box } from '../../lib/banners/render.ts';
import { shareLayout } from '../../lib/banners/share-image.ts';
import { loadSlogans } from '../../lib/banners/slogans.ts';
import { NO_LEXICON, type Boundary } from '../../lib/text/word-groups.ts';
import { PROJECT_LEXICON } from '../helpers/lexicon.ts';

/** The sample campaign's kit heading and share-card line (kitIdentity of the Thanh Hóa 2023 plan). */
const KIT_HEADING = 'Tuần lễ hưởng ứng học tập suốt đời năm 2023';
const SHARE_FOOTER = 'Tuần lễ hưởng ứng học tập suốt đời năm 2023 · Thanh Hóa';

describe('lineRanges', () => {
  const words = (count: number) => Array<'word'>(count - 1).fill('word');

  it('sets as few lines as fit, with even lengths rather than a full first line', () => {
    // Greedy filling would give 3 + 1 groups; balanced is 2 + 2.
    expect(lineRanges({ widths: [4, 4, 4, 4], boundaries: words(4), space: 1, maxWidth: 14 })).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(lineRanges({ widths: [4, 4, 4], boundaries: words(3), space: 1, maxWidth: 14 })).toEqual([[0, 3]]);
    expect(lineRanges({ widths: [], boundaries: [], space: 1, maxWidth: 14 })).toEqual([]);
  });

  it('prefers a break after a clause, and avoids one after a function word or inside a name', () => {
    const widths = [3, 3, 3, 3, 3, 3];
    const at = (boundaries: Boundary[]) => lineRanges({ widths, boundaries, space: 1, maxWidth: 16 });
    expect(at(['word', 'clause', 'word', 'word', 'word'])).toEqual([
      [0, 2],
      [2, 6],
    ]);
    // The even 3 + 3 split would end a line on the function word: one line is made a group longer instead.
    expect(at(['word', 'word', 'word', 'word', 'word'])).toEqual([
      [0, 3],
      [3, 6],
    ]);
    expect(at(['word', 'word', 'function', 'word', 'word'])).toHaveLength(2);
    expect(at(['word', 'word', 'function', 'word', 'word'])).not.toContainEqual([0, 3]);
    expect(at(['name:word', 'name:clause', 'name:word', 'word', 'name:word'])).toEqual([
      [0, 4],
      [4, 6],
    ]);
  });

  it('gives a group wider than the line its own line, and never breaks inside it', () => {
    expect(lineRanges({ widths: [3, 30, 3], boundaries: words(3), space: 1, maxWidth: 10 })).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('sets the whole text on one (overflowing) line when the forbidden gaps are the only ones that fit', () => {
    const input = { widths: [5, 5, 5], boundaries: ['weak', 'weak'] as const, space: 1, maxWidth: 11 };
    expect(lineRanges({ ...input, forbidden: ['weak'] })).toEqual([[0, 3]]);
    expect(lineRanges(input)).toHaveLength(2);
    expect(lineRanges({ ...input, boundaries: ['weak', 'word'], forbidden: ['weak'] })).toEqual([
      [0, 2],
      [2, 3],
    ]);
  });
});

/** The lines of a laid-out column in a colour (gold: the heading; white: the slogan or title), as given to satori. */
function linesIn(column: readonly Box[], color: string): string[] {
  const lines: string[] = [];
  const visit = (node: Box, inherited: unknown) => {
    const own = node.props.style.color ?? inherited;
    const { children } = node.props;
    if (node.props.style.whiteSpace === 'nowrap' && typeof children === 'string') {
      if (own === color) lines.push(children);
      return;
    }
    for (const child of Array.isArray(children) ? children : children && typeof children === 'object' ? [children] : []) visit(child, own);
  };
  column.forEach((node) => visit(node, undefined));
  return lines;
}

/** Compounds and names (in capitals) that must never be split between two lines. */
const NEVER_SPLIT = ['TUẦN LỄ', 'HƯỞNG ỨNG', 'HỌC TẬP', 'SUỐT ĐỜI', 'KỶ NGUYÊN SỐ', 'NĂNG LỰC', 'TỰ KHẲNG ĐỊNH', 'CHUNG SỐNG', 'XÃ HỘI HỌC TẬP', 'THỂ THAO', 'DU LỊCH', 'TỔ CHỨC', 'THANH HÓA', 'HOẰNG HÓA', 'HỒ CHÍ MINH', 'NGỌC LẶC'];

/** The compounds a pair of consecutive lines splits: the end of one line and the start of the next make it. */
function splitCompounds(lines: readonly string[], compounds: readonly string[] = NEVER_SPLIT): string[] {
  const split: string[] = [];
  for (let index = 1; index < lines.length; index++) {
    const before = lines[index - 1]!.split(' ').map((word) => word.replace(/[\p{P}]+$/u, ''));
    const after = lines[index]!.split(' ');
    for (const compound of compounds) {
      const syllables = compound.split(' ');
      for (let cut = 1; cut < syllables.length; cut++) {
        if (before.slice(-cut).join(' ') === syllables.slice(0, cut).join(' ') && after.slice(0, syllables.length - cut).join(' ') === syllables.slice(cut).join(' ')) {
          split.push(`${lines[index - 1]} / ${lines[index]}`);
        }
      }
    }
  }
  return split;
}

const THEME = 'Xây dựng năng lực tự học trong kỷ nguyên số';
const UNESCO = 'Học để biết, học để làm, học để chung sống, học để tự khẳng định mình.';
const TEXTS = [THEME, ...loadSlogans('data').map((slogan) => slogan.text), 'Hoằng Hóa và Ngọc Lặc cùng Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa xây dựng xã hội học tập suốt đời'];
const FOOTER = 'Thanh Hóa, 02–08/10/2023';

describe('banner lines, as satori is given them', () => {
  it.each(BANNER_FORMATS.map((format) => [format.id, format] as const))('%s: the heading and every slogan break only between words, never inside a compound or name', async (_id, format) => {
    for (const text of TEXTS) {
      const { column } = await bannerLayout({ heading: KIT_HEADING, text, footer: FOOTER }, format, PROJECT_LEXICON);
      const heading = linesIn(column, COLORS.gold);
      const slogan = linesIn(column, COLORS.white);
      // Every word is drawn once, in order: nothing lost, nothing repeated.
      expect(heading.join(' '), format.id).toBe(upperVi(KIT_HEADING));
      expect(slogan.join(' '), format.id).toBe(upperVi(text));
      expect(splitCompounds(heading), `${format.id}: ${heading.join(' / ')}`).toEqual([]);
      expect(splitCompounds(slogan), `${format.id}: ${slogan.join(' / ')}`).toEqual([]);
      // The heading's lines that used to split học tập ("… HỌC / TẬP SUỐT ĐỜI …"), and the slogan's "… HỌC / ĐỂ TỰ KHẲNG ĐỊNH MÌNH."
      expect(heading.some((line, index) => line.endsWith('HỌC') && heading[index + 1]?.startsWith('TẬP')), heading.join(' / ')).toBe(false);
      if (text === UNESCO) expect(slogan.some((line, index) => line.endsWith('HỌC') && slogan[index + 1]?.startsWith('ĐỂ')), slogan.join(' / ')).toBe(false);
    }
  }, 120_000);

  it('would see the old breaks: without the lexicon the A3 heading splits học tập', async () => {
    const { column } = await bannerLayout({ heading: KIT_HEADING, text: UNESCO, footer: FOOTER }, bannerFormat('ap-phich-a3'), NO_LEXICON);
    expect(splitCompounds(linesIn(column, COLORS.gold))).toEqual(['TUẦN LỄ HƯỞNG ỨNG HỌC / TẬP SUỐT ĐỜI NĂM 2023']);
  });

  it('keeps the heading in balanced lines: no line more than twice as long as another', async () => {
    for (const format of BANNER_FORMATS) {
      const { column } = await bannerLayout({ heading: KIT_HEADING, text: THEME, footer: FOOTER }, format, PROJECT_LEXICON);
      const lengths = linesIn(column, COLORS.gold).map((line) => line.length);
      expect(Math.max(...lengths), `${format.id}: ${lengths.join(', ')}`).toBeLessThanOrEqual(2 * Math.min(...lengths));
    }
  }, 120_000);

  it('share cards set titles whole-word too, and shorten them between word groups', async () => {
    for (const title of [
      'Khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2023 tại huyện Hoằng Hóa',
      // A long name that cannot fit one line breaks between its words, never inside "thể thao", "du lịch".
      'Trường Đại học Văn hóa, Thể thao và Du lịch Thanh Hóa tổ chức tọa đàm về học tập suốt đời trong kỷ nguyên số',
      'Thư viện tỉnh Thanh Hóa mở cửa miễn phí suốt Tuần lễ học tập suốt đời',
      'Học tập suốt đời '.repeat(12),
    ]) {
      const { column } = await shareLayout(title, 'Tin bài', SHARE_FOOTER, PROJECT_LEXICON);
      const lines = linesIn(column, COLORS.white).map((line) => upperVi(line));
      expect(splitCompounds(lines), lines.join(' / ')).toEqual([]);
    }
    const long = await shareLayout('Học tập suốt đời '.repeat(40), 'Tin bài', SHARE_FOOTER, PROJECT_LEXICON);
    expect(long.title).toMatch(/suốt đời…$|học tập…$/i);
  }, 60_000);
});
