import { NO_LEXICON, wordGroups, type Lexicon } from '../text/word-groups.ts';

/** Longest `<title>`: about what search engines show of it before they cut it themselves. */
export const TITLE_MAX_LENGTH = 65;

// How much longer than itself a character is written in the page: Nunjucks escapes these (`&` → `&amp;`).
const ESCAPED_EXTRA: Record<string, number> = { '&': 4, '"': 5, "'": 4, '<': 3, '>': 3, '\\': 4 };

/**
 * A title's length as the page's HTML writes it, `&` as `&amp;`: html-validate's
 * long-title rule counts that, not the text a search engine shows, so a title
 * with "GD&ĐT" is held to a few characters less.
 *
 * @example writtenLength('Sở GD&ĐT') === 12
 */
export function writtenLength(text: string): number {
  return text.length + [...text.matchAll(/[&"'<>\\]/g)].reduce((sum, [character]) => sum + ESCAPED_EXTRA[character]!, 0);
}

/**
 * A page's `<title>`: the first of `choices` (best first, e.g. the headline with
 * the site's name, then the headline alone) that fits in `maxLength`
 * characters as written (writtenLength); when none does, the last one cut
 * between two words and ended with "…". As on share cards, a cut never splits a compound or name of the
 * lexicon ("kỷ nguyên số", "dân tộc") and avoids ending on a function word
 * ("và", "của"…) when an earlier gap fits. Only the `<title>` is cut: the
 * headline stays whole in the page, its share tags, feeds and structured data.
 * `keep`, a tail of the title such as a listing's " — trang 2", is never cut:
 * the pages of one listing keep titles of their own.
 *
 * @example fitTitle(['Giới thiệu — Học tập suốt đời Thanh Hóa', 'Giới thiệu']) === 'Giới thiệu — Học tập suốt đời Thanh Hóa'
 * @example fitTitle(['Tập huấn kỹ năng an toàn thông tin cho cán bộ và người dân'], { maxLength: 40 }) === 'Tập huấn kỹ năng an toàn thông tin…'
 * @example fitTitle(['Tập huấn kỹ năng an toàn thông tin cho cán bộ — trang 2'], { maxLength: 40, keep: ' — trang 2' }) === 'Tập huấn kỹ năng an toàn… — trang 2'
 */
export function fitTitle(
  choices: readonly string[],
  { lexicon = NO_LEXICON, maxLength = TITLE_MAX_LENGTH, keep = '' }: { lexicon?: Lexicon; maxLength?: number; keep?: string } = {},
): string {
  const fitting = choices.find((choice) => writtenLength(choice) <= maxLength);
  if (fitting !== undefined) return fitting;
  const last = choices.at(-1) ?? '';
  // A tail that tells pages apart (" — trang 2") survives the cut: the text before it is cut instead.
  if (keep && last.endsWith(keep) && last !== keep) {
    return `${fitTitle([last.slice(0, -keep.length)], { lexicon, maxLength: maxLength - writtenLength(keep) })}${keep}`;
  }
  const text = last;
  const { groups, boundaries } = wordGroups(text, lexicon);
  // boundaries[i] is the gap after groups[i]; a cut drops the punctuation it leaves hanging ("…, " → "…").
  const cuts = boundaries
    .map((gap, index) => ({ gap, head: groups.slice(0, index + 1).join(' ').replace(/[\s,;:–—-]+$/u, '') }))
    .filter(({ head }) => writtenLength(head) + 1 <= maxLength)
    .reverse();
  const cut = cuts.find(({ gap }) => gap === 'word' || gap === 'clause') ?? cuts[0];
  if (cut) return `${cut.head}…`;
  // One word longer than the whole title: cut inside it.
  let head = '';
  for (const character of text) {
    if (writtenLength(head + character) + 1 > maxLength) break;
    head += character;
  }
  return `${head}…`;
}
