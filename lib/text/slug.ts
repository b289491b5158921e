import { toNfc } from './normalize.ts';

/**
 * ASCII slug for Vietnamese text: tone and vowel marks are folded, đ/Đ becomes d,
 * anything else that is not a letter or digit becomes a single hyphen.
 * NFC and NFD input give the same slug.
 *
 * @example slugify('Đoàn Thanh niên') === 'doan-thanh-nien'
 * @example slugify('Tuần lễ học tập suốt đời 2023!') === 'tuan-le-hoc-tap-suot-doi-2023'
 */
export function slugify(text: string): string {
  let slug = known.get(text);
  if (slug === undefined) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    slug = fold(text);
    known.set(text, slug);
  }
  return slug;
}

/** Slugs already made: a build slugs the same unit, district and tag names thousands of times. */
const known = new Map<string, string>();
const KNOWN_LIMIT = 10_000;

function fold(text: string): string {
  return toNfc(text)
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when the text is already a slug that `slugify` would leave unchanged. */
export function isSlug(text: string): boolean {
  return text.length > 0 && slugify(text) === text;
}
