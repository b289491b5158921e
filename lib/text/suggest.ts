import { closest, distance } from 'fastest-levenshtein';
import { slugify } from './slug.ts';

/**
 * The closest valid value to a mistyped one, compared on slugs so that
 * "Hoang Hoa", "hoằng hoá" and "hoang-hoa" all match "hoang-hoa".
 * Returns undefined when nothing is reasonably close.
 *
 * @example suggestClosest('hoang-hao', ['hoang-hoa', 'ha-trung']) === 'hoang-hoa'
 */
export function suggestClosest(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const wanted = slugify(input);
  const bySlug = new Map(candidates.map((candidate) => [slugify(candidate), candidate]));
  // A value that contains a valid one, or is the start of one ("tinh-doan-thanh-hoa", "bao-thanh"), means that one.
  const nested = [...bySlug.keys()].filter((slug) => slug.length >= 4 && (wanted.includes(slug) || slug.startsWith(wanted)));
  if (wanted.length >= 4 && nested.length) return bySlug.get(nested.sort((a, b) => b.length - a.length)[0]!);
  const best = closest(wanted, [...bySlug.keys()]);
  const limit = Math.max(3, Math.ceil(wanted.length / 2));
  return distance(wanted, best) <= limit ? bySlug.get(best) : undefined;
}
