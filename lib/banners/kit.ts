import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import sharp from 'sharp';
import type { Plan } from '../plan/parse-plan.ts';
import { urls } from '../site/urls.ts';
import { toNfc } from '../text/normalize.ts';
import { slugify } from '../text/slug.ts';
import { wordGroups, type Lexicon } from '../text/word-groups.ts';
import { ZONE } from '../time/vietnam-time.ts';
import { BannerCache, defaultBannerCache, type CachedEntry } from './cache.ts';
import { BANNER_FORMATS, printSizeLabel, type BannerFormat, type BannerOutput } from './formats.ts';
import { BannerFitError, COLORS, fitsAtMinimum, renderBanner, type BannerDesign, type PdfInfo } from './render.ts';
import type { Slogan } from './slogans.ts';

/** One line the kit is made for: the year's theme or a verified slogan. */
export interface KitSlogan {
  /** ASCII slug, used in file names. */
  id: string;
  text: string;
  source: string;
  /** The year's theme (from the plan) or a slogan from data/slogans.yaml. */
  kind: 'theme' | 'slogan';
}

const OUTPUT_LABELS: Record<BannerOutput, string> = { png: 'PNG', jpeg: 'JPEG', pdf: 'PDF (véc-tơ, in)' };
const EXTENSIONS: Record<BannerOutput, string> = { png: 'png', jpeg: 'jpg', pdf: 'pdf' };

/** A file of the kit, as the kit page lists it. */
export interface KitFile {
  /** Site path, e.g. /bo-nhan-dien/ve-cach-hoc-phai-lay-tu/story.png */
  url: string;
  /** File name inside zips. */
  name: string;
  type: BannerOutput;
  typeLabel: string;
  formatId: string;
  formatName: string;
  width: number;
  height: number;
  dpi: number;
  /** "6 m × 0,8 m", "297 × 420 mm" for print formats. */
  printSize?: string;
  bytes: number;
  /** The file in the cache. */
  source: string;
}

/** A small WebP of a file for the kit page (every browser in use reads WebP). */
export interface KitPreview {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** One slogan in one format. */
export interface KitItem {
  sloganId: string;
  formatId: string;
  formatName: string;
  fontSize: number;
  files: KitFile[];
  preview: KitPreview;
}

export interface KitZip {
  url: string;
  name: string;
  label: string;
  bytes: number;
  /** Exactly the file names inside the zip. */
  contents: string[];
  source: string;
}

export interface KitFormatSummary extends Omit<BannerFormat, 'printSize' | 'outputs'> {
  /** Print size in words, e.g. "6 m × 0,8 m". */
  printSize?: string;
  /** File types offered, as shown on the page (PNG, JPEG, PDF…). */
  outputs: string[];
  zip: KitZip;
  /** Time this build spent on the format, in milliseconds. */
  ms: number;
  rendered: number;
  reused: number;
}

export interface KitSloganSummary extends KitSlogan {
  items: KitItem[];
  zip: KitZip;
}

/** Everything the kit page and the plugin need: what to show, what to copy where. */
export interface BannerKit {
  heading: string;
  footer: string;
  colors: typeof COLORS;
  slogans: KitSloganSummary[];
  formats: KitFormatSummary[];
  /** Every file to publish: site path and the file in the cache. */
  outputs: { url: string; source: string }[];
  rendered: number;
  reused: number;
  ms: number;
}

/**
 * The footer line: the province and the plan's dates.
 * @example weekFooter(plan2023, 'Thanh Hóa') === 'Thanh Hóa, 02–08/10/2023'
 */
export function weekFooter(plan: Pick<Plan, 'start' | 'end'>, place: string): string {
  const start = plan.start.setZone(ZONE);
  const end = plan.end.setZone(ZONE);
  const from = start.hasSame(end, 'month') ? start.toFormat('dd') : start.hasSame(end, 'year') ? start.toFormat('dd/MM') : start.toFormat('dd/MM/yyyy');
  return `${place}, ${from}–${end.toFormat('dd/MM/yyyy')}`;
}

/**
 * A short file-name slug for a slogan: its first words.
 * @example sloganId('Về cách học, phải lấy tự học làm cốt.') === 've-cach-hoc-phai-lay-tu'
 */
export function sloganId(text: string, words = 6): string {
  return slugify(text).split('-').slice(0, words).join('-');
}

/**
 * The lines the kit is made for: the year's theme (from the plan), then each
 * verified slogan of data/slogans.yaml in its order; an unverified slogan is
 * never printed. Each with a distinct id.
 *
 * @example kitSlogans('Xây dựng năng lực tự học…', 'Kế hoạch số …', slogans)[0] deep-equals { kind: 'theme', id: 'chu-de', … }
 */
export function kitSlogans(theme: string, themeSource: string, slogans: readonly Slogan[]): KitSlogan[] {
  return withIds([
    { kind: 'theme', text: theme, source: themeSource },
    ...slogans.filter((slogan) => slogan.verified).map((slogan) => ({ kind: 'slogan' as const, text: slogan.text, source: slogan.source })),
  ]);
}

/** Gives each slogan a distinct id (…-2, …-3 on clashes). */
export function withIds(slogans: readonly Omit<KitSlogan, 'id'>[]): KitSlogan[] {
  const used = new Set<string>();
  return slogans.map((slogan) => {
    const base = slogan.kind === 'theme' ? 'chu-de' : sloganId(slogan.text);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { ...slogan, id };
  });
}

const PREVIEW_WIDTH = 480;

interface RenderMeta {
  width: number;
  height: number;
  fontSize: number;
  ms: number;
  preview: { width: number; height: number };
}

/**
 * A design as it is drawn, for cache keys: its texts (NFC) and how they break
 * into word groups, so an edit to the list of compounds redraws exactly the
 * texts whose groups it changes.
 */
function designKey(design: BannerDesign, lexicon: Lexicon) {
  const normalized: BannerDesign = { heading: design.heading && toNfc(design.heading), text: toNfc(design.text), footer: design.footer && toNfc(design.footer), pdfInfo: design.pdfInfo };
  const groups = [normalized.heading, normalized.text, normalized.footer].map((text) => text && wordGroups(text, lexicon));
  return { normalized, key: { design: normalized, groups } };
}

/**
 * One design in one format, from the cache when it was drawn before: the
 * format's files plus a small WebP preview (never the print file).
 */
export async function renderCached(design: BannerDesign, format: BannerFormat, lexicon: Lexicon, cache: BannerCache = defaultBannerCache): Promise<CachedEntry<RenderMeta>> {
  const { normalized, key: drawn } = designKey(design, lexicon);
  const key = cache.key({ kind: 'banner', format, ...drawn, preview: PREVIEW_WIDTH });
  return cache.entry(key, async () => {
    const result = await renderBanner(normalized, format, lexicon);
    const files: Record<string, Buffer> = { 'banner.png': result.png };
    if (result.jpeg) files['banner.jpg'] = result.jpeg;
    if (result.pdf) files['banner.pdf'] = result.pdf;
    // Very wide banners get a wider preview, or it would be a sliver.
    const width = format.width / format.height > 4 ? PREVIEW_WIDTH * 2 : PREVIEW_WIDTH;
    const preview = await sharp(result.png).resize({ width }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
    files['preview.webp'] = preview.data;
    return {
      files,
      meta: { width: result.width, height: result.height, fontSize: result.fontSize, ms: result.ms, preview: { width: preview.info.width, height: preview.info.height } },
    };
  });
}

function guideText(title: string, lines: string[], contents: string[]): string {
  return [
    title,
    '',
    ...lines,
    '',
    'Trong tệp nén:',
    ...contents.map((name) => `  - ${name}`),
    '',
    'Cách dùng: giữ nguyên câu chữ, phông chữ (Be Vietnam Pro, giấy phép SIL OFL 1.1) và màu',
    `(xanh ${COLORS.blue}, xanh đậm ${COLORS.blueDark}, vàng ${COLORS.gold}, trắng ${COLORS.white}).`,
    'Logo đơn vị: đặt vào ô trống chừa sẵn bên trái dòng tiêu đề vàng (khổ ngang) hoặc phía trên',
    'dòng tiêu đề (khổ dọc, khổ vuông), không đè lên chữ, không đặt vào lề an toàn.',
    'Băng rôn 6 m: in từ tệp PNG 100 dpi, đúng khổ 6 m × 0,8 m. Áp phích A3: in từ tệp PDF.',
    `Bộ nhận diện đầy đủ: ${urls.kit()}`,
    '',
  ].join('\r\n');
}

/** A zip of kit files (stored, not recompressed: PNG, JPEG and PDF are compressed already) with a guide listing them. */
async function buildZip(cache: BannerCache, mtime: Date, url: string, label: string, guideTitle: string, guideLines: string[], members: { name: string; source: string }[]): Promise<KitZip> {
  const guideName = 'HUONG-DAN.txt';
  const contents = [guideName, ...members.map((member) => member.name)];
  const guide = guideText(guideTitle, guideLines, contents);
  const key = cache.key({ kind: 'zip', guide, mtime, members: members.map((member) => ({ name: member.name, entry: path.relative(cache.dir, member.source) })) });
  const entry = await cache.entry(key, () => {
    const files: Zippable = { [guideName]: [new TextEncoder().encode(guide), { level: 6, mtime }] };
    for (const member of members) files[member.name] = [readFileSync(member.source), { level: 0, mtime }];
    return Promise.resolve({ files: { 'kit.zip': Buffer.from(zipSync(files)) }, meta: { contents } });
  });
  const source = entry.files['kit.zip']!;
  return { url, name: url.split('/').at(-1)!, label, bytes: statSync(source).size, contents, source };
}

/**
 * The kit's texts (theme, slogans) that cannot be set in a format even at the
 * format's smallest readable size, without breaking a compound or a short
 * name of the lexicon: one layout per text and format, no drawing; a text
 * that fits is remembered in the cache, so a later check or build lays out
 * only new or changed texts.
 */
export async function kitFitProblems(
  texts: readonly string[],
  footer: string,
  options: { lexicon: Lexicon; heading: string; formats?: readonly BannerFormat[]; cache?: BannerCache },
): Promise<{ text: string; format: BannerFormat }[]> {
  // Its own counters: fits found are not renders of the kit.
  const cache = options.cache ?? new BannerCache(defaultBannerCache.dir);
  const heading = toNfc(options.heading);
  const problems: { text: string; format: BannerFormat }[] = [];
  for (const text of texts) {
    const { normalized: design, key: drawn } = designKey({ heading, text, footer }, options.lexicon);
    for (const format of options.formats ?? BANNER_FORMATS) {
      const fits = await cache
        .entry(cache.key({ kind: 'fit', format, ...drawn }), async () => {
          if (!(await fitsAtMinimum(design, format, options.lexicon))) throw new BannerFitError(format.name);
          return { files: {}, meta: {} };
        })
        .then(
          () => true,
          (error: unknown) => {
            if (error instanceof BannerFitError) return false;
            throw error;
          },
        );
      if (!fits) problems.push({ text, format });
    }
  }
  return problems;
}

export interface BuildKitOptions {
  slogans: readonly KitSlogan[];
  /** Compounds and names no line may break inside. */
  lexicon: Lexicon;
  /** The line above every slogan (the campaign's title). */
  heading: string;
  footer: string;
  /** Author and date of the PDFs (fixed, for byte-identical builds). */
  pdfInfo: PdfInfo;
  /** File time inside the zips (fixed, for byte-identical builds). */
  zipTime: Date;
  formats?: readonly BannerFormat[];
  cache?: BannerCache;
  /** Cache for zips, counted apart from renders. */
  zipCache?: BannerCache;
}

/**
 * Builds the whole kit: every slogan in every format (one at a time: the 6 m
 * banner alone takes about 1 GB while it is drawn), previews, one zip per
 * slogan and one per format, and the manifest the kit page is made from.
 */
export async function buildKit(options: BuildKitOptions): Promise<BannerKit> {
  const started = performance.now();
  const cache = options.cache ?? defaultBannerCache;
  const zipCache = options.zipCache ?? new BannerCache(cache.dir);
  const formats = options.formats ?? BANNER_FORMATS;
  const heading = toNfc(options.heading);
  const footer = toNfc(options.footer);
  const zipTime = options.zipTime;
  const itemsBySlogan = new Map<string, KitItem[]>(options.slogans.map((slogan) => [slogan.id, []]));
  const formatSummaries: KitFormatSummary[] = [];
  const outputs: { url: string; source: string }[] = [];
  const renderedBefore = cache.rendered;
  const reusedBefore = cache.reused;

  for (const format of formats) {
    const formatStarted = performance.now();
    const counts = { rendered: cache.rendered, reused: cache.reused };
    const formatItems: KitItem[] = [];
    for (const slogan of options.slogans) {
      const entry = await renderCached({ heading, text: slogan.text, footer, pdfInfo: options.pdfInfo }, format, options.lexicon, cache);
      const printSize = format.printSize ? printSizeLabel(format.printSize) : undefined;
      const files = format.outputs.map((type): KitFile => {
        const source = entry.files[`banner.${EXTENSIONS[type]}`]!;
        const name = `${slogan.id}-${format.id}.${EXTENSIONS[type]}`;
        return {
          url: `${urls.kit()}${slogan.id}/${format.id}.${EXTENSIONS[type]}`,
          name,
          type,
          typeLabel: OUTPUT_LABELS[type],
          formatId: format.id,
          formatName: format.name,
          width: entry.meta.width,
          height: entry.meta.height,
          dpi: format.dpi,
          printSize,
          bytes: statSync(source).size,
          source,
        };
      });
      const preview: KitPreview = {
        url: `${urls.kit()}xem-truoc/${slogan.id}-${format.id}.webp`,
        width: entry.meta.preview.width,
        height: entry.meta.preview.height,
        // As written, not in capitals: screen readers spell out some capitalised words.
        alt: `${format.name[0]!.toLocaleUpperCase('vi')}${format.name.slice(1)}: ${heading} — “${toNfc(slogan.text)}”, ${footer}`,
      };
      outputs.push(...files.map((file) => ({ url: file.url, source: file.source })));
      outputs.push({ url: preview.url, source: entry.files['preview.webp']! });
      const item: KitItem = { sloganId: slogan.id, formatId: format.id, formatName: format.name, fontSize: entry.meta.fontSize, files, preview };
      formatItems.push(item);
      itemsBySlogan.get(slogan.id)!.push(item);
    }
    const zip = await buildZip(
      zipCache,
      zipTime,
      `${urls.kit()}tai-ve/kho-${format.id}.zip`,
      `Tất cả khẩu hiệu, khổ ${format.name}`,
      `Bộ nhận diện — khổ ${format.name} (${format.width} × ${format.height} px${format.printSize ? `, in ${printSizeLabel(format.printSize)}, ${format.dpi} dpi` : ''})`,
      [format.use, `Vùng an toàn: ${format.safeNote}`, '', ...options.slogans.map((slogan) => `${slogan.id}: “${toNfc(slogan.text)}” — ${toNfc(slogan.source)}`)],
      formatItems.flatMap((item) => item.files.map((file) => ({ name: file.name, source: file.source }))),
    );
    outputs.push({ url: zip.url, source: zip.source });
    formatSummaries.push({
      ...format,
      printSize: format.printSize ? printSizeLabel(format.printSize) : undefined,
      outputs: format.outputs.map((type) => OUTPUT_LABELS[type]),
      zip,
      ms: performance.now() - formatStarted,
      rendered: cache.rendered - counts.rendered,
      reused: cache.reused - counts.reused,
    });
  }

  const slogans: KitSloganSummary[] = [];
  for (const slogan of options.slogans) {
    const items = itemsBySlogan.get(slogan.id)!;
    const zip = await buildZip(
      zipCache,
      zipTime,
      `${urls.kit()}tai-ve/${slogan.id}.zip`,
      `Mọi khổ của “${toNfc(slogan.text)}”`,
      `Bộ nhận diện — “${toNfc(slogan.text)}”`,
      [`Nguồn: ${toNfc(slogan.source)}`, `Dòng trên: ${heading.toLocaleUpperCase('vi')}`, `Dòng dưới: ${footer}`],
      items.flatMap((item) => item.files.map((file) => ({ name: file.name, source: file.source }))),
    );
    outputs.push({ url: zip.url, source: zip.source });
    slogans.push({ ...slogan, text: toNfc(slogan.text), source: toNfc(slogan.source), items, zip });
  }

  return {
    heading,
    footer,
    colors: COLORS,
    slogans,
    formats: formatSummaries,
    outputs,
    rendered: cache.rendered - renderedBefore,
    reused: cache.reused - reusedBefore,
    ms: performance.now() - started,
  };
}
