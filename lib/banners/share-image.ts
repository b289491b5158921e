import { statSync } from 'node:fs';
import { toNfc } from '../text/normalize.ts';
import { BannerCache, defaultBannerCache } from './cache.ts';
import { KIT_URL } from './kit.ts';
import { BannerFitError, box, COLORS, fitAndLayout, LINE_HEIGHT, lineWidthAt100, rasterise, toJpeg, upperVi, type Box, type FitRequest } from './render.ts';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;
/** Site folder of the generated share cards. */
export const SHARE_IMAGE_PATH = `${KIT_URL}chia-se/`;

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

function request(title: string, kicker: string, footer: string): FitRequest {
  return {
    label: 'ảnh chia sẻ 1200 × 630',
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    safe: SAFE,
    minFontSize: MIN_TITLE,
    maxFontSize: MAX_TITLE,
    align: 'left',
    column: (size: number): Box[] => [
      box({ fontSize: KICKER_SIZE, fontWeight: 800, color: COLORS.blueDark, backgroundColor: COLORS.gold, padding: '4px 14px', letterSpacing: 1, lineHeight: LINE_HEIGHT }, kicker),
      box({ fontSize: size, fontWeight: 800, color: COLORS.white, lineHeight: LINE_HEIGHT, textWrap: 'balance', marginTop: 24, marginBottom: 24 }, title),
      box({ fontSize: SITE_SIZE, fontWeight: 500, color: COLORS.gold, lineHeight: LINE_HEIGHT }, footer),
    ],
  };
}

/**
 * A title cut to its first `count` words, with "…".
 * @example shortenedTitle('Một hai ba bốn', 2) === 'Một hai…'
 */
export function shortenedTitle(title: string, count: number): string {
  const words = title.split(/\s+/);
  return count >= words.length ? title : `${words.slice(0, count).join(' ').replace(/[\s,.;:–-]+$/u, '')}…`;
}

/** Below this many characters a word fits the card's width at the smallest size whatever its letters (widest glyph about 0.95 em). */
const ALWAYS_FITS = 24;

/**
 * False when a title cannot go on a share card at all: the card shortens a
 * long title at a word, so only a first word too wide for the card at the
 * smallest size (a pasted link, a long code) stops it.
 *
 * @example await titleCanFit('Khai mạc Tuần lễ học tập suốt đời') === true
 */
export async function titleCanFit(title: string): Promise<boolean> {
  const first = shortenedTitle(toNfc(title).replace(/\s+/g, ' ').trim(), 1);
  if ([...first].length <= ALWAYS_FITS) return true;
  return ((await lineWidthAt100(first, 800)) * MIN_TITLE) / 100 <= SHARE_IMAGE_WIDTH - SAFE.left - SAFE.right;
}

/** The title as it fits: whole when it can, else the most words that fit with "…" (binary search on the word count). */
async function fitTitle(title: string, kicker: string, footer: string): Promise<{ title: string; svg: string; fontSize: number }> {
  const attempt = async (text: string) => {
    try {
      return { title: text, ...(await fitAndLayout(request(text, kicker, footer))) };
    } catch (error) {
      if (error instanceof BannerFitError) return undefined;
      throw error;
    }
  };
  const whole = await attempt(title);
  if (whole) return whole;
  const words = title.split(/\s+/).length;
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
  if (!best) throw new BannerFitError(`Ảnh chia sẻ: không đặt vừa tiêu đề “${title}” vào 1200 × 630 px`);
  return best;
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
 * HỌC", "SỰ KIỆN") and the title fitted to 1200 × 630, cached by content.
 * A title too long for the smallest size is shortened at a word, with "…".
 * The footer is the campaign's line (`kitIdentity(campaign).shareFooter`).
 *
 * @example await shareImage('Khai mạc Tuần lễ hưởng ứng học tập suốt đời', 'Tin bài', kitIdentity(campaign).shareFooter) // { url: '/bo-nhan-dien/chia-se/1a2b….jpg', width: 1200, height: 630, … }
 */
export async function shareImage(title: string, kicker: string, footer: string, cache: BannerCache = defaultBannerCache): Promise<ShareImage> {
  const text = toNfc(title).replace(/\s+/g, ' ').trim();
  const label = upperVi(kicker);
  const line = toNfc(footer);
  const key = cache.key({ kind: 'share', title: text, kicker: label, footer: line, width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT });
  const entry = await cache.entry(key, () =>
    withRenderSlot(async () => {
      const fitted = await fitTitle(text, label, line);
      const jpeg = await toJpeg(await rasterise(fitted.svg));
      return { files: { 'share.jpg': jpeg }, meta: { title: fitted.title, fontSize: fitted.fontSize } };
    }),
  );
  const file = entry.files['share.jpg']!;
  return {
    url: `${SHARE_IMAGE_PATH}${key.slice(0, 20)}.jpg`,
    file,
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    bytes: statSync(file).size,
    title: entry.meta.title,
  };
}
