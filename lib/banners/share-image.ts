import { statSync } from 'node:fs';
import { urls } from '../site/urls.ts';
import { toNfc } from '../text/normalize.ts';
import { wordGroups, type Lexicon, type WordGroups } from '../text/word-groups.ts';
import { BannerCache, defaultBannerCache } from './cache.ts';
import {
  BannerFitError,
  box,
  COLORS,
  fitRequest,
  layoutFitted,
  LINE_HEIGHT,
  lineStack,
  lineWidthAt100,
  measureGroups,
  rasterise,
  setLines,
  strictFirst,
  toJpeg,
  upperVi,
  type Box,
  type Fitted,
  type FitRequest,
  type MeasuredText,
} from './render.ts';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;
const SAFE = { top: 56, right: 72, bottom: 64, left: 72 };
const MIN_TITLE = 40;
const MAX_TITLE = 84;
const KICKER_SIZE = 28;
const SITE_SIZE = 24;

/** A generated 1200 × 630 card, as og:image needs it. */
export interface ShareImage {
  /** Site path: /bo-nhan-dien/chia-se/<hash>.jpg */
  url: string;
  /** The JPEG in the cache. */
  file: string;
  width: number;
  height: number;
  bytes: number;
  /** The title as drawn (shortened with "…" when it could not fit). */
  title: string;
}

const TITLE_WIDTH = SHARE_IMAGE_WIDTH - SAFE.left - SAFE.right;

function request(title: MeasuredText, kicker: string, footer: string): FitRequest {
  const base = {
    label: 'ảnh chia sẻ 1200 × 630',
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    safe: SAFE,
    minFontSize: MIN_TITLE,
    maxFontSize: MAX_TITLE,
    align: 'left' as const,
  };
  return strictFirst(base, (breaks) => (size: number): Box[] => [
    box({ fontSize: KICKER_SIZE, fontWeight: 800, color: COLORS.blueDark, backgroundColor: COLORS.gold, padding: '4px 14px', letterSpacing: 1, lineHeight: LINE_HEIGHT }, kicker),
    lineStack(setLines(title, size, TITLE_WIDTH, breaks), { fontSize: size, fontWeight: 800, color: COLORS.white, lineHeight: LINE_HEIGHT, marginTop: 24, marginBottom: 24 }, 'left'),
    box({ fontSize: SITE_SIZE, fontWeight: 500, color: COLORS.gold, lineHeight: LINE_HEIGHT }, footer),
  ]);
}

/**
 * A title cut to its first `count` word groups, with "…": never inside a compound.
 * @example shortenedTitle({ groups: ['Một', 'hai ba,', 'bốn'], boundaries: ['word', 'clause'] }, 2).groups // ['Một', 'hai ba…']
 */
export function shortenedTitle(title: WordGroups, count: number): WordGroups {
  if (count >= title.groups.length) return title;
  const groups = title.groups.slice(0, count);
  groups[count - 1] = `${groups[count - 1]!.replace(/[\s,.;:–-]+$/u, '')}…`;
  return { groups, boundaries: title.boundaries.slice(0, count - 1) };
}

/** Below this many characters a word fits the card's width at the smallest size whatever its letters (widest glyph about 0.95 em). */
const ALWAYS_FITS = 24;

/**
 * False when a title cannot go on a share card at all: the card shortens a
 * long title between word groups, so only a first group too wide for the card
 * at the smallest size (a pasted link, a long code, a compound that cannot be
 * broken) stops it.
 *
 * @example await titleCanFit('Khai mạc Tuần lễ học tập suốt đời', lexicon) === true
 */
export async function titleCanFit(title: string, lexicon: Lexicon): Promise<boolean> {
  const first = shortenedTitle(wordGroups(title, lexicon), 1).groups[0] ?? '';
  if ([...first].length <= ALWAYS_FITS) return true;
  return ((await lineWidthAt100(first, 800)) * MIN_TITLE) / 100 <= TITLE_WIDTH;
}

/** The title as it fits: whole when it can, else the most word groups that fit with "…" (binary search on their count). */
async function fitTitle(title: WordGroups, kicker: string, footer: string): Promise<{ title: string; fitted: Fitted }> {
  const attempt = async (text: WordGroups) => {
    try {
      return { title: text.groups.join(' '), fitted: await fitRequest(request(await measureGroups(text, 800), kicker, footer)) };
    } catch (error) {
      if (error instanceof BannerFitError) return undefined;
      throw error;
    }
  };
  const whole = await attempt(title);
  if (whole) return whole;
  const words = title.groups.length;
  let best: Awaited<ReturnType<typeof attempt>>;
  let low = 1;
  let high = words - 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const fitted = await attempt(shortenedTitle(title, middle));
    if (fitted) {
      best = fitted;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (!best) throw new BannerFitError(`Ảnh chia sẻ: không đặt vừa tiêu đề “${title.groups.join(' ')}” vào 1200 × 630 px`);
  return best;
}

/**
 * A share card's title as it is set, without drawing: the title (shortened
 * when it must be), its font size and the column given to satori, one
 * element per line (tests read the lines from it).
 */
export async function shareLayout(title: string, kicker: string, footer: string, lexicon: Lexicon): Promise<{ title: string; fontSize: number; column: Box[] }> {
  const { title: drawn, fitted } = await fitTitle(wordGroups(toNfc(title).replace(/\s+/g, ' ').trim(), lexicon), upperVi(kicker), toNfc(footer));
  return { title: drawn, fontSize: fitted.fontSize, column: fitted.request.column(fitted.fontSize) };
}

/**
 * Two cards render at a time (layout on the main thread while the previous
 * JPEG encodes in sharp's pool). Every page asks for its card at once:
 * unbounded, hundreds of half-finished renders hold their buffers together
 * (4 GB at 1,000 stories).
 */
const RENDER_SLOTS = 2;
let running = 0;
const waiting: (() => void)[] = [];
async function withRenderSlot<T>(work: () => Promise<T>): Promise<T> {
  while (running >= RENDER_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/**
 * The share card of a story, profile or event: kicker ("TIN BÀI", "GƯƠNG TỰ
 * HỌC", "SỰ KIỆN") and the title fitted to 1200 × 630, in balanced lines that
 * never break inside a compound or name of the lexicon, cached by content.
 * A title too long for the smallest size is shortened between word groups, with "…".
 * The footer is the campaign's line (`kitIdentity(campaign).shareFooter`).
 *
 * @example await shareImage('Khai mạc Tuần lễ hưởng ứng học tập suốt đời', 'Tin bài', kitIdentity(campaign).shareFooter, lexicon) // { url: '/bo-nhan-dien/chia-se/1a2b….jpg', width: 1200, height: 630, … }
 */
export async function shareImage(title: string, kicker: string, footer: string, lexicon: Lexicon, cache: BannerCache = defaultBannerCache): Promise<ShareImage> {
  const text = toNfc(title).replace(/\s+/g, ' ').trim();
  const groups = wordGroups(text, lexicon);
  const label = upperVi(kicker);
  const line = toNfc(footer);
  const key = cache.key({ kind: 'share', title: text, groups, kicker: label, footer: line, width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT });
  const entry = await cache.entry(key, () =>
    withRenderSlot(async () => {
      const { title: drawn, fitted } = await fitTitle(groups, label, line);
      const jpeg = await toJpeg(await rasterise(await layoutFitted(fitted)));
      return { files: { 'share.jpg': jpeg }, meta: { title: drawn, fontSize: fitted.fontSize } };
    }),
  );
  const file = entry.files['share.jpg']!;
  return {
    url: `${urls.shareCards()}${key.slice(0, 20)}.jpg`,
    file,
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    bytes: statSync(file).size,
    title: entry.meta.title,
  };
}
