import type { Boundary, Gap } from '../text/word-groups.ts';

/**
 * Chooses where a heading or slogan breaks, as a typesetter would: only
 * between word groups, in as few lines as the width allows, preferring breaks
 * after a clause, avoiding breaks after a function word, a weak gap or inside
 * a long name, and with lines of even length. Pure: widths are given, nothing is measured here.
 */

/** What a break costs, on the scale of the unevenness of the lines (0 = perfectly even); inside a long name NAME_COST more. */
const BREAK_COST: Record<Gap, number> = { clause: 0, word: 0.5, function: 1.2, weak: 1.5 };
const NAME_COST = 3;

const inName = (boundary: Boundary) => boundary.startsWith('name:');
const gapOf = (boundary: Boundary) => boundary.replace(/^name:/, '') as Gap;
const breakCost = (boundary: Boundary) => BREAK_COST[gapOf(boundary)] + (inName(boundary) ? NAME_COST : 0);

export interface LineBreakInput {
  /** Width of each group. */
  widths: readonly number[];
  /** `boundaries[i]`: the gap after group i. */
  boundaries: readonly Boundary[];
  /** Width of the space between two groups. */
  space: number;
  /** Width a line may take. */
  maxWidth: number;
  /** Gaps no line may end at, `name` for any gap inside a long name (a layout that avoids them at a smaller size is better). */
  forbidden?: readonly (Gap | 'name')[];
}

/**
 * The lines, each as the index of its first group and one past its last.
 * A group wider than `maxWidth` gets a line of its own (it overflows: the
 * caller's fit check sees it); every other line fits. When no lines can avoid
 * the forbidden gaps, the whole text is one line, which overflows too.
 *
 * @example lineRanges({ widths: [4, 4, 4, 4], boundaries: ['word', 'word', 'word'], space: 1, maxWidth: 10 }) // [[0, 2], [2, 4]]
 */
export function lineRanges(input: LineBreakInput): [number, number][] {
  const { widths, boundaries, space, maxWidth } = input;
  const count = widths.length;
  if (count === 0) return [];
  const prefix = [0];
  for (const width of widths) prefix.push(prefix.at(-1)! + width);
  const lineWidth = (from: number, to: number) => prefix[to]! - prefix[from]! + (to - from - 1) * space;
  const forbidden = new Set(input.forbidden ?? []);
  const fits = (from: number, to: number) => to === from + 1 || lineWidth(from, to) <= maxWidth;
  const isForbidden = (boundary: Boundary) => forbidden.has(gapOf(boundary)) || (inName(boundary) && forbidden.has('name'));
  const allowed = (from: number, to: number) => fits(from, to) && (to === count || !isForbidden(boundaries[to - 1]!));

  // Fewest lines from each group to the end.
  const fewest: number[] = Array.from({ length: count + 1 }, () => Infinity);
  fewest[count] = 0;
  for (let from = count - 1; from >= 0; from--) {
    for (let to = from + 1; to <= count && fits(from, to); to++) if (allowed(from, to)) fewest[from] = Math.min(fewest[from]!, 1 + fewest[to]!);
  }
  const lines = fewest[0]!;
  if (lines === Infinity) return [[0, count]];
  // Among break sets with that many lines: the cheapest breaks plus the squared distance of each line from the average.
  const target = lineWidth(0, count) / lines;
  const cost = (from: number, to: number) => ((lineWidth(from, to) - target) / target) ** 2 + (to < count ? breakCost(boundaries[to - 1]!) : 0);
  // best[k][from]: cheapest way to set groups from..end in exactly k lines.
  const best: number[][] = Array.from({ length: lines + 1 }, () => Array.from({ length: count + 1 }, () => Infinity));
  const next: number[][] = Array.from({ length: lines + 1 }, () => Array.from({ length: count + 1 }, () => count));
  best[0]![count] = 0;
  for (let k = 1; k <= lines; k++) {
    for (let from = count - 1; from >= 0; from--) {
      for (let to = from + 1; to <= count && fits(from, to); to++) {
        if (!allowed(from, to)) continue;
        const total = cost(from, to) + best[k - 1]![to]!;
        if (total < best[k]![from]!) {
          best[k]![from] = total;
          next[k]![from] = to;
        }
      }
    }
  }
  const ranges: [number, number][] = [];
  for (let k = lines, from = 0; k > 0; k--) {
    const to = next[k]![from]!;
    ranges.push([from, to]);
    from = to;
  }
  return ranges;
}
