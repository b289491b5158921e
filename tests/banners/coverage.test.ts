import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCharacter, missingCharacters } from '../../lib/banners/coverage.ts';
import { FONT_FILES } from '../../lib/banners/render.ts';

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
});
