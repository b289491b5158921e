import { describe, expect, it } from 'vitest';
import { makeLexicon, NO_LEXICON, wordGroups } from '../../lib/text/word-groups.ts';
import { PROJECT_LEXICON } from '../helpers/lexicon.ts';

const LEXICON = makeLexicon({
  compounds: ['tuần lễ', 'hưởng ứng', 'học tập', 'suốt đời', 'kỷ nguyên số', 'tự khẳng định', 'chung sống'],
  names: ['Hoằng Hóa', 'Thanh Hoá', 'Hồ Chí Minh', 'Sở Văn hóa, Thể thao và Du lịch'],
});

describe('wordGroups', () => {
  it('keeps compounds whole: the kit heading no longer splits học tập', () => {
    expect(wordGroups('TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2023', LEXICON).groups).toEqual(['TUẦN LỄ', 'HƯỞNG ỨNG', 'HỌC TẬP', 'SUỐT ĐỜI', 'NĂM 2023']);
  });

  it('groups NFD, upper-case and mixed-case input alike, giving the text back in NFC', () => {
    const nfc = 'Xây dựng năng lực tự học trong kỷ nguyên số';
    const expected = ['Xây', 'dựng', 'năng', 'lực', 'tự', 'học', 'trong', 'kỷ nguyên số'];
    expect(wordGroups(nfc, LEXICON).groups).toEqual(expected);
    expect(wordGroups(nfc.normalize('NFD'), LEXICON).groups).toEqual(expected);
    expect(wordGroups(nfc.toLocaleUpperCase('vi'), LEXICON).groups).toEqual(expected.map((group) => group.toLocaleUpperCase('vi')));
  });

  it('prefers the longest entry and matches across punctuation only where the entry has it', () => {
    const lexicon = makeLexicon({ compounds: ['học tập', 'học tập suốt đời'], names: [] });
    expect(wordGroups('học tập suốt đời', lexicon).groups).toEqual(['học tập suốt đời']);
    expect(wordGroups('học tập, suốt đời', lexicon).groups).toEqual(['học tập,', 'suốt', 'đời']);
    expect(wordGroups('(học tập)', lexicon).groups).toEqual(['(học tập)']);
  });

  it('keeps short proper names whole, in either tone-mark style', () => {
    expect(wordGroups('Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa', LEXICON).groups).toEqual(['Đoàn', 'TNCS', 'Hồ Chí Minh', 'tỉnh', 'Thanh Hóa']);
    expect(wordGroups('HUYỆN HOẰNG HOÁ', LEXICON).groups).toEqual(['HUYỆN', 'HOẰNG HOÁ']);
  });

  it('lets a long name break only between its own words, at a cost', () => {
    const { groups, boundaries } = wordGroups('Sở Văn hóa, Thể thao và Du lịch khai mạc', LEXICON);
    expect(groups).toEqual(['Sở', 'Văn', 'hóa,', 'Thể', 'thao', 'và', 'Du', 'lịch', 'khai', 'mạc']);
    // Inside the name the gaps keep their kind: a break after its comma is still the least bad.
    expect(boundaries.slice(0, 7)).toEqual(['name:weak', 'name:word', 'name:clause', 'name:weak', 'name:word', 'name:function', 'name:word']);
    expect(boundaries[7]).toBe('word');
  });

  it('takes the proper names of the reference data: districts, units, the plan’s bodies', () => {
    expect(wordGroups('Khai mạc tại Yên Định', PROJECT_LEXICON).groups).toContain('Yên Định');
    expect(wordGroups('PHÒNG GD&ĐT THỌ XUÂN', PROJECT_LEXICON).groups).toEqual(['PHÒNG GD&ĐT THỌ XUÂN']);
    expect(wordGroups('Trường ĐH Hồng Đức', PROJECT_LEXICON).groups).toEqual(['Trường ĐH Hồng Đức']);
    const body = wordGroups('Sở Giáo dục và Đào tạo', PROJECT_LEXICON);
    expect(body.groups).toEqual(['Sở', 'Giáo dục', 'và', 'Đào tạo']);
    expect(body.boundaries).toEqual(['name:weak', 'name:word', 'name:function']);
  });

  it('marks clause ends, function words, a lone syllable opening a clause and a lone last syllable', () => {
    const { groups, boundaries } = wordGroups('Học để biết, học để tự khẳng định mình.', LEXICON);
    expect(groups).toEqual(['Học', 'để', 'biết,', 'học', 'để', 'tự khẳng định', 'mình.']);
    expect(boundaries).toEqual(['weak', 'function', 'clause', 'weak', 'function', 'weak']);
  });

  it('keeps a number and a lone dash with the word before them', () => {
    expect(wordGroups('Khai mạc – Thanh Hóa, ngày 02/10', LEXICON).groups).toEqual(['Khai', 'mạc –', 'Thanh Hóa,', 'ngày 02/10']);
  });

  it('without a lexicon, every space is a gap', () => {
    expect(wordGroups('học  tập suốt đời', NO_LEXICON)).toEqual({ groups: ['học', 'tập', 'suốt', 'đời'], boundaries: ['weak', 'word', 'weak'] });
    expect(wordGroups('', NO_LEXICON)).toEqual({ groups: [], boundaries: [] });
  });
});
