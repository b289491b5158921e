import { EditorError } from '../issues/editor-error.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { toNfc } from '../text/normalize.ts';
import { wordGroups, type Lexicon, type WordGroups } from '../text/word-groups.ts';
import type { BannerFormat, SafeMargins } from './formats.ts';
import { lineRanges } from './line-breaks.ts';

/**
 * Banners with correct Vietnamese, without system fonts: satori lays the text
 * out with Be Vietnam Pro and writes it as paths, resvg rasterises the SVG,
 * sharp makes the JPEG, pdfkit the vector PDF. Every stacked mark (Ậ, Ỗ, Ự…)
 * is drawn from the font the project ships, whatever the build machine has.
 */

/** Bump when the drawing changes, so cached renders are redrawn. */
export const RENDERER_VERSION = 'banner-5';

export const FONT_DIR = path.resolve(import.meta.dirname, '../../static/fonts');
export const FONT_FILES = {
  extraBold: path.join(FONT_DIR, 'BeVietnamPro-ExtraBold.ttf'),
  medium: path.join(FONT_DIR, 'BeVietnamPro-Medium.ttf'),
} as const;

/** The campaign's colours (as on the site). */
export const COLORS = {
  blue: '#0b4a7d',
  blueDark: '#07345a',
  gold: '#f6b83c',
  white: '#ffffff',
} as const;

/** Upper-case Vietnamese needs room above the cap height for stacked marks (Ẫ, Ỗ): never below 1.25. */
export const LINE_HEIGHT = 1.3;

const FAMILY = 'Be Vietnam Pro';
let fonts: { name: string; data: Buffer; weight: 500 | 800; style: 'normal' }[] | undefined;

function loadFonts() {
  fonts ??= [
    { name: FAMILY, data: readFileSync(FONT_FILES.extraBold), weight: 800, style: 'normal' },
    { name: FAMILY, data: readFileSync(FONT_FILES.medium), weight: 500, style: 'normal' },
  ];
  return fonts;
}

/** What a banner says. Heading and text are set in capitals; the footer as written. */
export interface BannerDesign {
  /** Line above the slogan, e.g. the week's name. */
  heading?: string;
  /** The slogan: the biggest text, fitted to the format. */
  text: string;
  /** Small line below, e.g. "Thanh Hóa, 02–08/10/2023". */
  footer?: string;
  /** The PDF's author and date (fixed, so PDFs are byte-identical between builds). */
  pdfInfo?: PdfInfo;
}

/** Author and date written into a PDF's metadata. */
export interface PdfInfo {
  author: string;
  date: Date;
}

export interface RenderedBanner {
  svg: string;
  png: Buffer;
  jpeg?: Buffer;
  pdf?: Buffer;
  width: number;
  height: number;
  /** Font size of the slogan line, in pixels. */
  fontSize: number;
  /** Time spent, in milliseconds. */
  ms: number;
}

/** A satori element: plain objects, no React. */
export interface Box {
  type: 'div';
  props: { style: Record<string, unknown>; children?: string | Box | Box[] };
}

export const box = (style: Record<string, unknown>, children?: string | Box | Box[]): Box => ({ type: 'div', props: { style, children } });

/** Text inside the area that may be drawn on, found by fitting. */
export interface FitRequest {
  /** Names the banner in errors, e.g. `áp phích A3`. */
  label: string;
  width: number;
  height: number;
  safe: SafeMargins;
  minFontSize: number;
  /** Largest size worth trying; defaults to the safe height. */
  maxFontSize?: number;
  /** The text column (without decoration) at a font size; laid out in the safe area's width. */
  column: (fontSize: number) => Box[];
  /** Centre the column in the safe area (default) or align it left. */
  align?: 'center' | 'left';
  /** A looser layout (lines that may break after a weak word), tried when this one cannot fit at the minimum size. */
  fallback?: FitRequest;
}

/** Thrown when text cannot fit a format at its minimum readable size. */
export class BannerFitError extends EditorError {
  constructor(message: string) {
    super(message);
    this.name = 'BannerFitError';
  }
}

const safeWidth = (request: Pick<FitRequest, 'width' | 'safe'>) => request.width - request.safe.left - request.safe.right;
const safeHeight = (request: Pick<FitRequest, 'height' | 'safe'>) => request.height - request.safe.top - request.safe.bottom;

function columnBox(request: FitRequest, fontSize: number, style: Record<string, unknown> = {}): Box {
  const centred = (request.align ?? 'center') === 'center';
  return box(
    {
      display: 'flex',
      flexDirection: 'column',
      alignItems: centred ? 'center' : 'flex-start',
      justifyContent: 'center',
      textAlign: centred ? 'center' : 'left',
      boxSizing: 'border-box',
      width: safeWidth(request),
      // Stacked marks above capitals (Ễ, Ẩ, Ỗ) rise past the first line box: keep room so they stay in the safe area.
      paddingTop: Math.ceil(fontSize * 0.15),
      paddingBottom: Math.ceil(fontSize * 0.1),
      ...style,
    },
    request.column(fontSize),
  );
}

/**
 * Extent of the ink of every path in a satori SVG (text is drawn as paths;
 * rectangles are not counted). satori writes absolute M/L/Q/C/Z commands.
 *
 * @example inkBounds('<path d="M1 2L5 9Z"/>') // { minX: 1, minY: 2, maxX: 5, maxY: 9 }
 */
export function inkBounds(svg: string): { minX: number; minY: number; maxX: number; maxY: number } | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (x: number, y: number) => {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  };
  for (const [, data] of svg.matchAll(/<path\b[^>]*?\sd="([^"]*)"/g)) {
    const tokens = data!.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? [];
    let command = 'M';
    let numbers: number[] = [];
    let lastX = 0;
    let lastY = 0;
    const flush = () => {
      if (command === 'H') numbers.forEach((x) => add((lastX = x), lastY));
      else if (command === 'V') numbers.forEach((y) => add(lastX, (lastY = y)));
      else for (let i = 0; i + 1 < numbers.length; i += 2) add((lastX = numbers[i]!), (lastY = numbers[i + 1]!));
      numbers = [];
    };
    for (const token of tokens) {
      if (/^[A-Za-z]$/.test(token)) {
        flush();
        if (token !== token.toUpperCase() && token !== 'z') throw new Error(`inkBounds: lệnh vẽ tương đối "${token}" chưa được hỗ trợ`);
        command = token.toUpperCase();
      } else numbers.push(Number(token));
    }
    flush();
  }
  return Number.isFinite(minX) ? { minX, minY, maxX, maxY } : undefined;
}

// The renderers load on first use: a build whose banners and share cards are all cached never needs them.
const satoriModule = lazy(() => import('satori'));
const resvgModule = lazy(() => import('@resvg/resvg-js'));
const pdfkitModule = lazy(() => import('pdfkit'));

function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

async function layoutSvg(element: Box, width: number, height?: number): Promise<string> {
  const { default: satori } = await satoriModule();
  return satori(element, { width, ...(height === undefined ? {} : { height }), fonts: loadFonts() });
}

/** How the column lays out at a font size, by satori itself: its height and whether any ink leaves the safe width. */
async function measure(request: FitRequest, fontSize: number): Promise<{ fits: boolean; height: number }> {
  const width = safeWidth(request);
  const svg = await layoutSvg(columnBox(request, fontSize), width);
  const height = Number(/^<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? Infinity);
  const ink = inkBounds(svg);
  const inside = !ink || (ink.minX >= -0.5 && ink.maxX <= width + 0.5 && ink.minY >= -0.5 && ink.maxY <= height + 0.5);
  return { fits: inside && height <= safeHeight(request), height };
}

/**
 * The largest font size (whole pixels) at which the column fits the safe area,
 * by binary search against satori's own layout. Throws a BannerFitError naming
 * the banner when even the minimum readable size does not fit.
 */
export async function fitFontSize(request: FitRequest): Promise<number> {
  let low = request.minFontSize;
  if (!(await measure(request, low)).fits) {
    throw new BannerFitError(
      `Khổ ${request.label} (${request.width} × ${request.height} px): chữ không vừa vùng an toàn ${safeWidth(request)} × ${safeHeight(request)} px ngay cả ở cỡ chữ nhỏ nhất còn đọc được (${request.minFontSize} px). Rút gọn câu hoặc không dùng khổ này.`,
    );
  }
  let high = Math.max(low, Math.floor(request.maxFontSize ?? safeHeight(request)));
  if ((await measure(request, high)).fits) return high;
  // Invariant: low fits, high does not.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if ((await measure(request, middle)).fits) low = middle;
    else high = middle;
  }
  return low;
}

/** The whole picture: background, decoration, and the column centred in the safe area. */
function pageBox(request: FitRequest, fontSize: number): Box {
  const { width, height, safe } = request;
  const rule = Math.max(4, Math.round(Math.min(width, height) * 0.012));
  const band = Math.round(Math.min(safe.bottom * 0.55, height * 0.06));
  return box({ display: 'flex', position: 'relative', width, height, backgroundColor: COLORS.blue }, [
    box({ position: 'absolute', left: 0, top: 0, width, height: rule, backgroundColor: COLORS.gold }),
    box({ position: 'absolute', left: 0, top: height - band, width, height: band, backgroundColor: COLORS.blueDark }),
    box({ position: 'absolute', left: 0, top: height - band - Math.ceil(rule / 2), width, height: Math.ceil(rule / 2), backgroundColor: COLORS.gold }),
    box({ position: 'absolute', left: safe.left, top: safe.top, width: safeWidth(request), height: safeHeight(request), display: 'flex' }, [
      columnBox(request, fontSize, { height: safeHeight(request) }),
    ]),
  ]);
}

/** Adds the print resolution (pHYs chunk) to a PNG, so print shops see 100 or 300 dpi. */
function withDpi(png: Buffer, dpi: number): Buffer {
  const ihdrEnd = 8 + 4 + 4 + 13 + 4;
  const perMetre = Math.round(dpi / 0.0254);
  const body = Buffer.alloc(4 + 9);
  body.write('pHYs', 0, 'latin1');
  body.writeUInt32BE(perMetre, 4);
  body.writeUInt32BE(perMetre, 8);
  body.writeUInt8(1, 12);
  const chunk = Buffer.alloc(4 + body.length + 4);
  chunk.writeUInt32BE(9, 0);
  body.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(body), 4 + body.length);
  return Buffer.concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]);
}

/** SVG to PNG with resvg, no system fonts (text is already paths). Runs off the main thread. */
export async function rasterise(svg: string, dpi = 72): Promise<Buffer> {
  const { default: resvg } = await resvgModule();
  const image = await resvg.renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' }, logLevel: 'off' });
  const png = image.asPng();
  return dpi === 72 ? png : withDpi(png, dpi);
}

/** Sharp JPEG for platforms that re-encode PNGs badly: full colour resolution keeps thin strokes crisp. */
export async function toJpeg(png: Buffer, quality = 82): Promise<Buffer> {
  return sharp(png).flatten({ background: COLORS.blue }).jpeg({ quality, chromaSubsampling: '4:4:4', mozjpeg: true }).toBuffer();
}

type SvgToPdf = (doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: { width?: number; height?: number; assumePt?: boolean }) => void;
const svgToPdf = lazy(() => Promise.resolve(createRequire(import.meta.url)('svg-to-pdfkit') as SvgToPdf));

// A fixed date keeps PDFs byte-identical between builds (pdfkit derives the file ID from it).
const NO_PDF_INFO: PdfInfo = { author: '', date: new Date(0) };

/** Vector PDF of a print format at its physical size (points = mm × 72 / 25,4). */
export async function toPdf(svg: string, format: Pick<BannerFormat, 'printSize' | 'name'>, title: string, pdfInfo: PdfInfo = NO_PDF_INFO): Promise<Buffer> {
  if (!format.printSize) throw new Error(`Khổ ${format.name} không phải khổ in: không xuất PDF`);
  const width = (format.printSize.widthMm * 72) / 25.4;
  const height = (format.printSize.heightMm * 72) / 25.4;
  if (Math.max(width, height) > 14_400) throw new Error(`Khổ ${format.name} lớn hơn giới hạn trang PDF (5,08 m): dùng tệp PNG`);
  const [{ default: PDFDocument }, drawSvg] = await Promise.all([pdfkitModule(), svgToPdf()]);
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    autoFirstPage: true,
    info: { Title: title, Author: pdfInfo.author, Creator: 'Bộ nhận diện', CreationDate: pdfInfo.date, ModDate: pdfInfo.date },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // Without its pixel width and height the SVG scales to the page through its viewBox.
  drawSvg(doc, svg.replace(/^<svg width="[\d.]+" height="[\d.]+"/, '<svg'), 0, 0, { width, height });
  doc.end();
  return done;
}

/** A request fitted: the one that fits (a request or its fallback) and its font size. */
export interface Fitted {
  request: FitRequest;
  fontSize: number;
}

/** The font size the column fits at, and the request that fits: this one, or else its fallback. */
export async function fitRequest(request: FitRequest): Promise<Fitted> {
  try {
    return { request, fontSize: await fitFontSize(request) };
  } catch (error) {
    if (!(error instanceof BannerFitError) || !request.fallback) throw error;
    return fitRequest(request.fallback);
  }
}

/** The whole picture of a fitted request, as an SVG. */
export function layoutFitted(fitted: Fitted): Promise<string> {
  return layoutSvg(pageBox(fitted.request, fitted.fontSize), fitted.request.width, fitted.request.height);
}

/** Fits the column (or its fallback), then lays out the whole picture at that size: the SVG and the slogan's font size. */
export async function fitAndLayout(request: FitRequest): Promise<{ svg: string; fontSize: number }> {
  const fitted = await fitRequest(request);
  return { svg: await layoutFitted(fitted), fontSize: fitted.fontSize };
}

const HEADING_SCALE = 0.5;
const FOOTER_SCALE = 0.42;
/** The logo space: a square about 1.6 times the heading's size. */
const LOGO_SCALE = LINE_HEIGHT * 1.25;

/** Capitals the Vietnamese way, NFC. */
export function upperVi(text: string): string {
  return toNfc(text).toLocaleUpperCase('vi').normalize('NFC');
}

/** A text in word groups with the width of each group, measured by satori at MEASURE_SIZE. */
export interface MeasuredText extends WordGroups {
  widths: number[];
  space: number;
}

/** Widths are measured once at this size and scaled: large enough that satori's whole-pixel rounding stays under 0.1 %. */
const MEASURE_SIZE = 1000;
const measured = new Map<string, Promise<MeasuredText>>();

/**
 * Each group's width (and the space's) as satori lays it out on one line:
 * one layout for the whole text. Remembered for the build (every format of a
 * slogan measures the same groups).
 */
export function measureGroups(text: WordGroups, weight: 500 | 800): Promise<MeasuredText> {
  const id = JSON.stringify([weight, text.groups]);
  let found = measured.get(id);
  if (!found) {
    if (measured.size >= 500) measured.clear();
    found = measureNow(text, weight);
    measured.set(id, found);
  }
  return found;
}

async function measureNow(text: WordGroups, weight: 500 | 800): Promise<MeasuredText> {
  const { default: satori } = await satoriModule();
  const widths = new Map<number, number>();
  const item = (content: string, index: number) => ({ ...box({ whiteSpace: 'nowrap' }, content), key: index });
  const whole = text.groups.join(' ');
  await satori(
    box({ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', fontFamily: FAMILY, fontSize: MEASURE_SIZE, fontWeight: weight }, [...text.groups, whole].map(item)),
    {
      width: 1_000_000,
      fonts: loadFonts(),
      onNodeDetected: (node: { key?: unknown; width: number }) => {
        if (typeof node.key === 'number') widths.set(node.key, node.width);
      },
    },
  );
  const groupWidths = text.groups.map((_, index) => widths.get(index) ?? 0);
  const sum = groupWidths.reduce((total, width) => total + width, 0);
  const gaps = text.groups.length - 1;
  return { ...text, widths: groupWidths, space: gaps > 0 ? ((widths.get(text.groups.length) ?? sum) - sum) / gaps : 0 };
}

/** One-line width of a measured text at a font size. */
export function measuredWidth(text: MeasuredText, fontSize: number): number {
  return ((text.widths.reduce((total, width) => total + width, 0) + text.space * (text.widths.length - 1)) * fontSize) / MEASURE_SIZE;
}

/**
 * The lines of a measured text at a font size in a width: breaks only between
 * word groups, balanced (see line-breaks.ts). A little room is kept for
 * rounding, so satori never wraps a line again.
 */
export function setLines(text: MeasuredText, fontSize: number, maxWidth: number, breaks: LineBreaking): string[] {
  const scale = fontSize / MEASURE_SIZE;
  const forbidden = breaks === 'strict' ? (['weak', 'name'] as const) : [];
  return lineRanges({ widths: text.widths.map((width) => width * scale), boundaries: text.boundaries, space: text.space * scale, maxWidth: maxWidth * 0.998 - 1, forbidden }).map(([from, to]) =>
    text.groups.slice(from, to).join(' '),
  );
}

/**
 * 'strict': lines never end on a weak word nor inside a long name; tried
 * first, at every size. 'relaxed': they may, when nothing else fits.
 */
export type LineBreaking = 'strict' | 'relaxed';

/** A request laid out strictly first, with the relaxed layout as its fallback. */
export function strictFirst(request: Omit<FitRequest, 'column' | 'fallback'>, column: (breaks: LineBreaking) => FitRequest['column']): FitRequest {
  return { ...request, column: column('strict'), fallback: { ...request, column: column('relaxed') } };
}

/** Lines set one element each, never rewrapped by satori. */
export function lineStack(lines: readonly string[], style: Record<string, unknown>, align: 'center' | 'left' = 'center'): Box {
  return box(
    { display: 'flex', flexDirection: 'column', alignItems: align === 'center' ? 'center' : 'flex-start', ...style },
    lines.map((line) => box({ whiteSpace: 'nowrap' }, line)),
  );
}

/**
 * A text whose word groups satori must not break (their spaces made
 * no-break spaces, which Be Vietnam Pro draws as a space), for short lines
 * set by satori itself, such as the footer.
 *
 * @example keepGroups({ groups: ['Thanh Hóa,', '02–08/10/2023'], boundaries: ['clause'] }) === 'Thanh\u00a0Hóa, 02–08/10/2023'
 */
export function keepGroups(text: WordGroups): string {
  return text.groups.map((group) => group.replaceAll(' ', '\u00a0')).join(' ');
}

/** Width of a text set on one line at 100 px, as satori draws it. */
export async function lineWidthAt100(text: string, weight: 500 | 800): Promise<number> {
  return measuredWidth(await measureGroups({ groups: [text], boundaries: [] }, weight), 100);
}

/** What the kit's layout needs to know about the format. */
export interface DesignGeometry {
  safeWidth: number;
  safeHeight: number;
}

/** A design's texts in capitals, in word groups, measured: what the kit's column is made from. */
export interface SetDesign {
  heading?: MeasuredText;
  text: MeasuredText;
  footer?: WordGroups;
}

/** Capitals, word groups by the lexicon, and the widths of the heading and slogan. */
export async function setDesign(design: BannerDesign, lexicon: Lexicon): Promise<SetDesign> {
  return {
    heading: design.heading ? await measureGroups(wordGroups(upperVi(design.heading), lexicon), 800) : undefined,
    text: await measureGroups(wordGroups(upperVi(design.text), lexicon), 800),
    footer: design.footer ? wordGroups(toNfc(design.footer), lexicon) : undefined,
  };
}

/**
 * The kit's column: an empty square for the unit's logo (beside the heading on
 * wide formats, above it on tall ones), the heading in gold on at most two
 * lines where it can, a gold rule, the slogan in white capitals, the footer.
 * Heading and slogan break only between word groups, in balanced lines.
 */
export function designColumn(design: SetDesign, geometry: DesignGeometry, breaks: LineBreaking = 'strict'): (fontSize: number) => Box[] {
  const logoBeside = geometry.safeWidth / geometry.safeHeight > 1.6;
  const headingWidth100 = design.heading ? measuredWidth(design.heading, 100) : 0;
  return (size) => {
    const gap = Math.round(size * 0.3);
    // Largest heading that still fits on two lines (lines are never perfectly full: 80 %).
    const perPx = headingWidth100 / 100;
    const twoLines = perPx > 0 ? (geometry.safeWidth - (logoBeside ? 2 * gap + 2 * gap : 0)) / (perPx / (2 * 0.8) + (logoBeside ? 2 * LOGO_SCALE : 0)) : Infinity;
    const headingSize = Math.round(Math.max(size * 0.25, Math.min(size * HEADING_SCALE, twoLines)));
    const logo = Math.round(headingSize * LOGO_SCALE);
    const font = (fontSize: number, weight: 500 | 800, color: string) => ({ fontFamily: FAMILY, fontSize, fontWeight: weight, color, lineHeight: LINE_HEIGHT });
    const logoSpace = () => box({ width: logo, height: logo, flexShrink: 0 });
    const children: Box[] = [];
    if (design.heading) {
      if (logoBeside) {
        const lines = setLines(design.heading, headingSize, geometry.safeWidth - 2 * logo - 2 * gap, breaks);
        children.push(
          box({ display: 'flex', flexDirection: 'row', alignItems: 'center', justifyContent: 'center', width: '100%' }, [
            logoSpace(),
            lineStack(lines, { ...font(headingSize, 800, COLORS.gold), flexShrink: 1, paddingLeft: gap, paddingRight: gap }),
            logoSpace(),
          ]),
        );
      } else {
        children.push(box({ ...logoSpace().props.style, marginBottom: gap }));
        children.push(lineStack(setLines(design.heading, headingSize, geometry.safeWidth, breaks), font(headingSize, 800, COLORS.gold)));
      }
      children.push(box({ width: Math.round(size * 2.2), height: Math.max(3, Math.round(size * 0.07)), backgroundColor: COLORS.gold, marginTop: gap, marginBottom: gap }));
    }
    children.push(lineStack(setLines(design.text, size, geometry.safeWidth, breaks), font(size, 800, COLORS.white)));
    if (design.footer) children.push(box({ ...font(Math.round(size * FOOTER_SCALE), 500, COLORS.white), textWrap: 'balance', marginTop: Math.round(size * 0.45) }, keepGroups(design.footer)));
    return children;
  };
}

/** What fitting one design into one format asks of the layout. */
async function bannerRequest(design: BannerDesign, format: BannerFormat, lexicon: Lexicon): Promise<FitRequest> {
  const set = await setDesign(design, lexicon);
  const geometry = { safeWidth: format.width - format.safe.left - format.safe.right, safeHeight: format.height - format.safe.top - format.safe.bottom };
  return strictFirst({ label: format.name, width: format.width, height: format.height, safe: format.safe, minFontSize: format.minFontSize }, (breaks) => designColumn(set, geometry, breaks));
}

/**
 * The column a design is drawn with in a format, at the size it fits: what
 * satori is given, one element per line (tests read the lines from it).
 */
export async function bannerLayout(design: BannerDesign, format: BannerFormat, lexicon: Lexicon): Promise<{ fontSize: number; column: Box[] }> {
  const fitted = await fitRequest(await bannerRequest(design, format, lexicon));
  return { fontSize: fitted.fontSize, column: fitted.request.column(fitted.fontSize) };
}

/**
 * True when a design fits a format at the format's smallest readable size:
 * one layout, no drawing. What the publishing gate asks before any banner is drawn.
 */
export async function fitsAtMinimum(design: BannerDesign, format: BannerFormat, lexicon: Lexicon): Promise<boolean> {
  const request = await bannerRequest(design, format, lexicon);
  return (await measure(request, request.minFontSize)).fits || (await measure(request.fallback!, request.minFontSize)).fits;
}

/**
 * Renders one design in one format: text NFC-normalised (NFC and NFD input give
 * byte-identical files), font size searched against satori's layout so the text
 * fills the safe area, balanced lines that never break inside a compound or
 * name of the lexicon. PNG always; JPEG and PDF when the format lists them.
 *
 * @example await renderBanner({ heading: 'Tuần lễ hưởng ứng học tập suốt đời năm 2023', text: 'Về cách học, phải lấy tự học làm cốt.' }, bannerFormat('anh-chia-se'), lexicon)
 */
export async function renderBanner(design: BannerDesign, format: BannerFormat, lexicon: Lexicon): Promise<RenderedBanner> {
  const started = performance.now();
  const request = await bannerRequest(design, format, lexicon);
  const { svg, fontSize } = await fitAndLayout(request).catch((error: unknown) => {
    throw error instanceof BannerFitError ? new BannerFitError(`Câu “${toNfc(design.text)}”: ${error.message}`) : error;
  });
  const png = await rasterise(svg, format.dpi);
  const jpeg = format.outputs.includes('jpeg') ? await toJpeg(png) : undefined;
  const pdf = format.outputs.includes('pdf') ? await toPdf(svg, format, toNfc(design.text), design.pdfInfo && { author: toNfc(design.pdfInfo.author), date: design.pdfInfo.date }) : undefined;
  return { svg, png, jpeg, pdf, width: format.width, height: format.height, fontSize, ms: performance.now() - started };
}
