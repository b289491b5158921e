import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BANNER_FORMATS, bannerFormat, mmToPx, printSizeLabel } from '../../lib/banners/formats.ts';
import { BannerFitError, inkBounds, LINE_HEIGHT, renderBanner } from '../../lib/banners/render.ts';
import { PROJECT_LEXICON } from '../helpers/lexicon.ts';

const HEADING = 'Tuần lễ hưởng ứng học tập suốt đời năm 2023';
const FOOTER = 'Thanh Hóa, 02–08/10/2023';
// Stacked marks above and below, đ/Đ, and every tone on ư/ơ/â/ê/ô/ă.
const STACKED = 'ẬP ĐẶNG ỄNH ỖNG ỮNG ỶNG Đ ẩm ướt, đời sống, học tập suốt đời: Ấ Ầ Ẩ Ẫ Ậ Ắ Ằ Ẳ Ẵ Ặ Ế Ề Ể Ễ Ệ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ Ứ Ừ Ử Ữ Ự';

function pdfPageSize(pdf: Buffer): [number, number] {
  const match = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
  return [Number(match![1]), Number(match![2])];
}

describe('banner formats', () => {
  it('declares the print sizes in pixels at their resolution', () => {
    expect(bannerFormat('bang-ron-6m')).toMatchObject({ width: 23622, height: 3150, dpi: 100, outputs: ['png'] });
    expect(bannerFormat('ap-phich-a3')).toMatchObject({ width: 3508, height: 4961, dpi: 300, outputs: ['png', 'pdf'] });
    expect(mmToPx(297, 300)).toBe(3508);
    expect(printSizeLabel({ widthMm: 6000, heightMm: 800 })).toBe('6 m × 0,8 m');
    expect(printSizeLabel({ widthMm: 297, heightMm: 420 })).toBe('297 × 420 mm');
  });

  it('gives every format ASCII ids, a safe area and a readable minimum', () => {
    const ids = BANNER_FORMATS.map((format) => format.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const format of BANNER_FORMATS) {
      expect(format.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const { top, right, bottom, left } = format.safe;
      expect(left + right, format.id).toBeLessThan(format.width / 2);
      expect(top + bottom, format.id).toBeLessThan(format.height / 2);
      expect(format.minFontSize, format.id).toBeGreaterThan(0);
      if (['anh-bia-facebook', 'anh-bia-zalo', 'youtube'].includes(format.id)) expect(format.outputs, format.id).toContain('jpeg');
    }
    expect(LINE_HEIGHT).toBeGreaterThanOrEqual(1.25);
  });
});

describe('renderBanner', () => {
  it('gives byte-identical files for NFC and NFD input full of stacked diacritics', async () => {
    const nfc = STACKED.normalize('NFC');
    const nfd = STACKED.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const format = bannerFormat('anh-chia-se');
    const fromNfc = await renderBanner({ heading: HEADING, text: nfc, footer: FOOTER }, format, PROJECT_LEXICON);
    const fromNfd = await renderBanner({ heading: HEADING.normalize('NFD'), text: nfd, footer: FOOTER.normalize('NFD') }, format, PROJECT_LEXICON);
    expect(fromNfd.svg).toBe(fromNfc.svg);
    expect(Buffer.compare(fromNfd.png, fromNfc.png)).toBe(0);
    expect(Buffer.compare(fromNfd.jpeg!, fromNfc.jpeg!)).toBe(0);
    // Text is drawn as paths: no font is needed to view the file.
    expect(fromNfc.svg).not.toContain('<text');
  });

  it('renders every social and A3 format at exactly its declared size', async () => {
    for (const format of BANNER_FORMATS.filter((candidate) => candidate.id !== 'bang-ron-6m')) {
      const result = await renderBanner({ heading: HEADING, text: 'Về cách học, phải lấy tự học làm cốt.', footer: FOOTER }, format, PROJECT_LEXICON);
      expect([result.width, result.height], format.id).toEqual([format.width, format.height]);
      const png = await sharp(result.png).metadata();
      expect([png.format, png.width, png.height], format.id).toEqual(['png', format.width, format.height]);
      if (format.printSize) expect(png.density, format.id).toBe(format.dpi);
      expect(result.fontSize, format.id).toBeGreaterThanOrEqual(format.minFontSize);
      if (format.outputs.includes('jpeg')) {
        const jpeg = await sharp(result.jpeg).metadata();
        expect([jpeg.format, jpeg.width, jpeg.height], format.id).toEqual(['jpeg', format.width, format.height]);
      } else expect(result.jpeg, format.id).toBeUndefined();
      if (format.outputs.includes('pdf')) {
        const [width, height] = pdfPageSize(result.pdf!);
        expect(width, format.id).toBeCloseTo((format.printSize!.widthMm * 72) / 25.4, 1);
        expect(height, format.id).toBeCloseTo((format.printSize!.heightMm * 72) / 25.4, 1);
      } else expect(result.pdf, format.id).toBeUndefined();
    }
  }, 30_000);

  it('renders the 6 m street banner at 23 622 × 3 150 px and 100 dpi', async () => {
    const format = bannerFormat('bang-ron-6m');
    const result = await renderBanner({ heading: HEADING, text: 'Xây dựng năng lực tự học trong kỷ nguyên số', footer: FOOTER }, format, PROJECT_LEXICON);
    const png = await sharp(result.png, { limitInputPixels: false }).metadata();
    expect([png.width, png.height, png.density]).toEqual([23622, 3150, 100]);
    expect(result.pdf).toBeUndefined();
    expect(result.fontSize).toBeGreaterThanOrEqual(format.minFontSize);
  }, 30_000);

  it('fails naming the format when the text cannot fit at its minimum readable size', async () => {
    const long = 'Học tập suốt đời cho mọi người, ở mọi nơi, mọi lúc, '.repeat(12);
    await expect(renderBanner({ heading: HEADING, text: long, footer: FOOTER }, bannerFormat('youtube'), PROJECT_LEXICON)).rejects.toThrow(BannerFitError);
    await expect(renderBanner({ heading: HEADING, text: long, footer: FOOTER }, bannerFormat('youtube'), PROJECT_LEXICON)).rejects.toThrow(/ảnh thu nhỏ YouTube.*64 px/);
  });

  it('keeps the text (stacked marks included) inside the safe area', async () => {
    const format = bannerFormat('story');
    const result = await renderBanner({ heading: HEADING, text: STACKED, footer: FOOTER }, format, PROJECT_LEXICON);
    const ink = inkBounds(result.svg)!;
    expect(ink.minX).toBeGreaterThanOrEqual(format.safe.left - 0.5);
    expect(ink.maxX).toBeLessThanOrEqual(format.width - format.safe.right + 0.5);
    expect(ink.minY).toBeGreaterThanOrEqual(format.safe.top - 0.5);
    expect(ink.maxY).toBeLessThanOrEqual(format.height - format.safe.bottom + 0.5);
  });
});

describe('inkBounds', () => {
  it('spans the points of absolute path commands', () => {
    expect(inkBounds('<svg><rect x="0" y="0" width="9" height="9"/><path fill="#fff" d="M1 2L5 9Q7 -1 3 4Z"/></svg>')).toEqual({ minX: 1, minY: -1, maxX: 7, maxY: 9 });
    expect(inkBounds('<svg></svg>')).toBeUndefined();
  });
});
