import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import { toNfc } from '../text/normalize.ts';

const cmaps = new Map<string, Set<number>>();

/** Code points a TTF/OTF maps to a glyph (its cmap), read once per file. */
function coveredCodePoints(fontFile: string): Set<number> {
  let covered = cmaps.get(fontFile);
  if (!covered) {
    const bytes = readFileSync(fontFile);
    const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const map = (font.tables.cmap as unknown as { glyphIndexMap: Record<string, number> }).glyphIndexMap;
    covered = new Set(Object.entries(map).flatMap(([codePoint, glyph]) => (glyph > 0 ? [Number(codePoint)] : [])));
    cmaps.set(fontFile, covered);
  }
  return covered;
}

// Line breaks and tabs are layout, not glyphs.
const LAYOUT_CHARACTERS = new Set([0x09, 0x0a, 0x0d]);

/**
 * Characters of a text (after NFC) that none of the fonts can draw, each once,
 * in order of appearance. A banner with such a character would print an empty
 * box or a glyph from some other font.
 *
 * @example missingCharacters('Học tập 学习', ['static/fonts/BeVietnamPro-ExtraBold.ttf']) // ['学', '习']
 */
export function missingCharacters(text: string, fontFiles: readonly string[]): string[] {
  const fonts = fontFiles.map(coveredCodePoints);
  const missing = new Set<string>();
  for (const character of toNfc(text)) {
    const codePoint = character.codePointAt(0)!;
    if (LAYOUT_CHARACTERS.has(codePoint)) continue;
    if (!fonts.some((covered) => covered.has(codePoint))) missing.add(character);
  }
  return [...missing];
}

/**
 * A character as people can find it: itself and its code point.
 * @example describeCharacter('😀') === '“😀” (U+1F600)'
 */
export function describeCharacter(character: string): string {
  return `“${character}” (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}
