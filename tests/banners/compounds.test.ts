import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCompounds, parseCompounds, referenceNames } from '../../lib/banners/compounds.ts';
import { readLexicon } from '../../lib/check/banner-rules.ts';
import { loadReferenceData } from '../../lib/content/reference.ts';
import { wordGroups } from '../../lib/text/word-groups.ts';

const reference = loadReferenceData('data');

function dataDir(compounds: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tu-ghep-'));
  writeFileSync(path.join(dir, 'tu-ghep.yaml'), compounds);
  return dir;
}

describe('data/tu-ghep.yaml', () => {
  it('is a list of compounds of two syllables or more, in NFC', () => {
    expect(parseCompounds(['học tập', ' kỷ  nguyên số ', 'Hồ Chí Minh'.normalize('NFD')])).toEqual(['học tập', 'kỷ nguyên số', 'Hồ Chí Minh']);
    expect(() => parseCompounds(['học tập', 'học'])).toThrow(/data\/tu-ghep\.yaml không hợp lệ:\n {2}- mục thứ 2: cần từ ghép có ít nhất hai tiếng/);
    expect(() => parseCompounds({ 'học tập': true })).toThrow(/cả tệp: cần một danh sách từ ghép/);
    expect(parseCompounds(null)).toEqual([]);
  });

  it('is optional, and the project’s own file is valid', () => {
    expect(loadCompounds(mkdtempSync(path.join(tmpdir(), 'khong-co-')))).toEqual([]);
    expect(loadCompounds('data')).toContain('học tập');
  });

  it('is checked by the publishing gate: a bad entry is an error naming the file, and names still hold', () => {
    const { lexicon, issues } = readLexicon(dataDir('- học tập\n- học\n'), reference);
    expect(issues).toMatchObject([{ file: 'data/tu-ghep.yaml', severity: 'error', field: 'từ ghép' }]);
    expect(issues[0]!.got).toMatch(/mục thứ 2/);
    expect(wordGroups('huyện Hoằng Hóa học tập', lexicon).groups).toEqual(['huyện', 'Hoằng Hóa', 'học', 'tập']);
    const good = readLexicon(dataDir('- học tập\n'), reference);
    expect(good.issues).toEqual([]);
    expect(wordGroups('huyện Hoằng Hóa học tập', good.lexicon).groups).toEqual(['huyện', 'Hoằng Hóa', 'học tập']);
  });

  it('takes the names of districts, units and the plan’s bodies from the reference data', () => {
    const names = referenceNames(reference);
    expect(names).toEqual(expect.arrayContaining(['Hoằng Hóa', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'Trường Đại học Hồng Đức', 'Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hoá']));
  });
});
