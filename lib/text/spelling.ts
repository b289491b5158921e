// Tone marks (huyền, sắc, ngã, hỏi, nặng): where they sit differs between the old and new styles (hoá/hóa).
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * How words are compared: lower case, NFC or NFD alike, each word's letters with
 * their vowel marks (ă, â, ê, ô, ơ, ư, đ) and its tone set apart, so the old
 * and new tone placement ("hoá" and "hóa", "thuý" and "thúy") give one key
 * while "học" and "hóc" do not. Used for whole names (sameSpelling) and for the
 * syllables that line breaking matches against its lexicon (word-groups.ts).
 *
 * @example spellingKey('HOÁ') === spellingKey('hóa')
 * @example spellingKey('') === ''
 */
export function spellingKey(text: string): string {
  // An empty token (a lone dash stripped of its punctuation) has no letters and no tone: no key, not an empty word's ":".
  if (text === '') return '';
  return text
    .normalize('NFD')
    .toLowerCase()
    .split(/\s+/)
    .map((word) => `${word.replace(TONES, '')}:${[...word.matchAll(TONES)].map((match) => match[0]).sort().join('')}`)
    .join(' ');
}

/**
 * True when two spellings are the same Vietnamese words: case, old or new
 * tone placement (Thanh Hoá / Thanh Hóa) and NFC/NFD aside.
 *
 * @example sameSpelling('Thanh Hoá', 'thanh hóa') === true
 * @example sameSpelling('Hoàng Hóa', 'Hoằng Hóa') === false
 */
export function sameSpelling(a: string, b: string): boolean {
  return spellingKey(a.trim()) === spellingKey(b.trim());
}

/**
 * True when a text carries no Vietnamese marks at all ("Hoang Hoa", "hoang-hoa"):
 * typed without a Vietnamese keyboard, not misspelt.
 *
 * @example hasNoMarks('Hoang Hoa') === true
 */
export function hasNoMarks(text: string): boolean {
  return !/[\p{M}đĐ]/u.test(text.normalize('NFD'));
}
