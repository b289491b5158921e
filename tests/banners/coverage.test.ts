import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoverageError, coverageProblems, describeCharacter, missingCharacters } from '../../lib/banners/coverage.ts';
import { FONT_FILES } from '../../lib/banners/render.ts';
import { loadReferenceData } from '../../lib/content/reference.ts';
import { bannersPlugin } from '../../lib/eleventy/banners-plugin.ts';
import { PROJECT_DIR } from '../helpers/site-build.ts';

const FONTS = [FONT_FILES.extraBold, FONT_FILES.medium];
const VIETNAMESE = 'aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ';

describe('font coverage', () => {
  it('covers every Vietnamese letter, lower and upper case, NFC and NFD, in both fonts', () => {
    for (const font of FONTS) {
      const text = `${VIETNAMESE} ${VIETNAMESE.toLocaleUpperCase('vi')} 0123456789 “”‘’–—…·,.:;!?()/%&`;
      expect(missingCharacters(text, [font]), path.basename(font)).toEqual([]);
      expect(missingCharacters(text.normalize('NFD'), [font]), path.basename(font)).toEqual([]);
    }
  });

  it('names characters the fonts cannot draw, each once, in order', () => {
    expect(missingCharacters('Học tập 学习 suốt đời 学 🎉', FONTS)).toEqual(['学', '习', '🎉']);
    expect(describeCharacter('🎉')).toBe('“🎉” (U+1F389)');
    expect(describeCharacter('学')).toBe('“学” (U+5B66)');
  });

  it('lists every text with a problem, naming where it comes from', () => {
    const problems = coverageProblems(
      [
        { label: 'data/slogans.yaml, khẩu hiệu thứ 2', text: 'Học tập 学习' },
        { label: 'content/tin-tuc/a.md (tiêu đề)', text: 'Khai mạc 🎉' },
        { label: 'content/tin-tuc/b.md (tiêu đề)', text: 'Khai mạc' },
      ],
      FONTS,
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('data/slogans.yaml, khẩu hiệu thứ 2');
    expect(problems[0]).toContain('“学” (U+5B66)');
    expect(problems[1]).toContain('content/tin-tuc/a.md (tiêu đề)');
    const error = new CoverageError(problems);
    expect(error.message).toContain('2 nội dung');
    expect(error.message).toContain('🎉');
  });
});

/** Just enough of Eleventy's config API to run the plugin's handlers. */
function fakeConfig() {
  const handlers = new Map<string, (...args: any[]) => unknown>();
  const config = {
    addWatchTarget: () => undefined,
    on: (name: string, handler: (...args: any[]) => unknown) => handlers.set(name, handler),
    addGlobalData: () => undefined,
    addFilter: () => undefined,
    addAsyncFilter: () => undefined,
  };
  return { config: config as never, handlers };
}

describe('banners plugin checks before rendering', () => {
  const reference = loadReferenceData(path.join(PROJECT_DIR, 'data'));

  it('fails the build naming every entry title the fonts cannot draw', async () => {
    const { config, handlers } = fakeConfig();
    const all = [
      { kind: 'story', title: 'Khai mạc Tuần lễ 🎉', file: 'content/tin-tuc/khai-mac.md' },
      { kind: 'profile', name: 'Nguyễn Văn 学', file: 'content/guong-tu-hoc/nguyen-van.md' },
      { kind: 'event', title: 'Tọa đàm tự học', file: 'content/su-kien/toa-dam.md' },
    ];
    const state = { folders: { data: path.join(PROJECT_DIR, 'data') }, reference, site: { all }, loaded: true };
    bannersPlugin(config, state as never, { log: () => undefined });
    const run = handlers.get('eleventy.before')!();
    await expect(run).rejects.toThrow(CoverageError);
    await expect(Promise.resolve(handlers.get('eleventy.before')!())).rejects.toThrow(/content\/tin-tuc\/khai-mac\.md \(tiêu đề\).*🎉[\s\S]*content\/guong-tu-hoc\/nguyen-van\.md \(họ và tên\).*学/);
  });
});
