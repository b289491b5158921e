import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { COMPOUNDS_FILE } from '../banners/compounds.ts';
import { loadSlogans, SLOGANS_FILE } from '../banners/slogans.ts';
import { EditorError } from '../issues/editor-error.ts';
import { PLAN_FILE } from '../content/reference.ts';
import { UNITS_FILE } from '../content/units-file.ts';
import { levelForDate, PLACE_LEVELS, placeListFile, PLACES_FILE, placesNamedIn, placeWording, splitPlace, type PlaceLevel, type PlaceLine } from '../places/place-list.ts';
import { parsePlan, type Plan } from '../plan/parse-plan.ts';
import { proposedShortNamesFile, SHORT_NAMES_FILE } from '../plan/short-names.ts';
import { campaignIdentity, provinceOfIssuer, type CampaignIdentity } from '../plan/campaign-identity.ts';
import { toNfc } from '../text/normalize.ts';
import { exampleFiles } from './examples.ts';
import { REVIEW_NOTE } from './review-notes.ts';
import { siteFile } from './site-file.ts';
import { unitsFile, unitsForBodies } from './units.ts';

/** The toolkit's own data: the general-purpose slogans and compound words every campaign starts from. */
const TOOLKIT_DATA = path.resolve(import.meta.dirname, '../../data');

export interface NewCampaignOptions {
  /** The plan's text, as pasted. */
  planText: string;
  /** Where the plan came from, for the header of site.yaml. */
  planName: string;
  /** The province's places, one per line as a resolution lists them ("phường Thành Sen"); without it, the places the plan names. */
  placesText?: string;
  placesName?: string;
  /** "huyện" or "xã"; without it, from the plan's issuer and the week's date. */
  level?: PlaceLevel;
  /** The province, when the plan's issuer does not name one (a department's or a district's plan). */
  province?: string;
}

/** One file of the new campaign folder, by its path inside it. */
export interface CampaignFile {
  path: string;
  content: string | Buffer;
}

/**
 * The level a plan's places are at: communes for a district's own plan, else
 * districts before July 2025 and communes from then on.
 *
 * @example placeLevelOf({ issuer: 'Ủy ban nhân dân huyện Hoằng Hóa', start }) === 'xã'
 */
export function placeLevelOf(plan: Pick<Plan, 'issuer' | 'start'>): PlaceLevel {
  if (!provinceOfIssuer(plan.issuer) && /^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?:huyện|quận|thị xã|thành phố)\s/iu.test(plan.issuer ?? '')) return 'xã';
  return levelForDate(plan.start);
}

/** The places an editor pasted, one per line; every line that is not "<kind> <name>" of the level is reported at once. */
export function pastedPlaces(text: string, level: PlaceLevel, file: string): PlaceLine[] {
  const kinds: readonly string[] = PLACE_LEVELS[level].kinds;
  const places: PlaceLine[] = [];
  const wrong: string[] = [];
  for (const [index, line] of toNfc(text).split(/\r?\n/u).entries()) {
    const trimmed = line.replace(/[;,.]\s*$/u, '').trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const place = splitPlace(trimmed);
    if (place && kinds.includes(place.kind)) places.push(place);
    else wrong.push(`  ${file}:${index + 1}: "${trimmed}"`);
  }
  if (wrong.length) throw new EditorError(`Danh sách địa phương có ${wrong.length} dòng không đọc được: mỗi dòng cần một địa phương ${PLACE_LEVELS[level].written} (${kinds.join(', ')}) và tên, như "${kinds[1]} <tên>"\n${wrong.join('\n')}`);
  return places;
}

function campaignOf(plan: Plan, options: NewCampaignOptions): CampaignIdentity {
  const fromIssuer = provinceOfIssuer(plan.issuer);
  const province = options.province ?? fromIssuer?.name;
  if (!province) throw new EditorError(`Kế hoạch do "${plan.issuer ?? 'không rõ'}" ban hành, không cho biết tỉnh nào: ghi thêm --province "<tên tỉnh>"`);
  return campaignIdentity(plan, { province, ...(fromIssuer ? { provinceKind: fromIssuer.kind } : {}) });
}

/** data/slogans.yaml: the toolkit's verified general slogans, to which the editor adds the year's. */
function slogansFile(): string {
  const slogans = loadSlogans(TOOLKIT_DATA).filter((slogan) => slogan.verified);
  const header = [
    '# Khẩu hiệu cho bộ nhận diện (băng rôn, áp phích, ảnh mạng xã hội) tại /bo-nhan-dien/.',
    '# Mỗi câu ghi nguồn (source) và đã được đối chiếu hay chưa (verified); chỉ câu verified: true được in.',
    `# ${REVIEW_NOTE} thêm khẩu hiệu của năm theo văn bản hướng dẫn (dưới đây là các câu chung đã đối chiếu)`,
  ];
  return `${header.join('\n')}\n${slogans.map((slogan) => `\n- text: ${JSON.stringify(slogan.text)}\n  source: ${JSON.stringify(slogan.source)}\n  verified: true\n`).join('')}`;
}

/** A plain photo for the examples: no text, no person, nothing to mistake for a real picture. */
function examplePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 206, g: 222, b: 214 } } }).jpeg({ quality: 80 }).toBuffer();
}

/**
 * Every file of a new campaign folder, usable with SITE_ROOT: the plan, its
 * settings, units, places and activity short names derived from it, the
 * toolkit's slogans and compound words, and one example of each content type
 * dated inside the plan's week. What the editor must decide is marked
 * "# KIỂM TRA: …", which the publishing gate reports as warnings.
 */
export async function newCampaignFiles(options: NewCampaignOptions): Promise<CampaignFile[]> {
  const planText = toNfc(options.planText);
  const plan = parsePlan(planText);
  const campaign = campaignOf(plan, options);
  const level = options.level ?? placeLevelOf(plan);
  const written = PLACE_LEVELS[level].written;
  const pasted = options.placesText === undefined ? undefined : pastedPlaces(options.placesText, level, options.placesName ?? 'danh sách địa phương');
  const places = pasted ?? placesNamedIn(planText, level, campaign.province).map((place) => ({ ...place, note: `${REVIEW_NOTE} đối chiếu tên lấy từ Kế hoạch` }));
  if (places.length === 0) {
    throw new EditorError(
      `Kế hoạch không nêu tên ${placeWording(level, []).kinds} nào của ${campaign.provinceFull}: cần danh sách địa phương ${written}, ghi --places <tệp> (mỗi dòng một địa phương, loại rồi tên, như "${PLACE_LEVELS[level].kinds[1]} <tên>"), lấy từ nghị quyết của cấp có thẩm quyền`,
    );
  }
  const comment = pasted
    ? [`Địa phương ${written} của ${campaign.provinceFull}, chép từ ${options.placesName ?? 'danh sách của Ban Biên tập'}.`, `${REVIEW_NOTE} đối chiếu với nghị quyết về đơn vị hành chính của tỉnh`]
    : [`Địa phương ${written} của ${campaign.provinceFull}: mới có những nơi Kế hoạch nêu tên.`, `${REVIEW_NOTE} thêm đủ danh sách theo nghị quyết về đơn vị hành chính của tỉnh, không gõ theo trí nhớ`];
  const units = unitsForBodies(plan.bodies);
  const wording = placeWording(level, places.map((place) => place.kind));
  const examples = exampleFiles({ campaign, plan, units, places, wording });
  const photo = await examplePhoto();
  return [
    { path: `data/${PLAN_FILE}`, content: planText },
    { path: 'data/site.yaml', content: siteFile(campaign, options.planName) },
    { path: `data/${UNITS_FILE}`, content: unitsFile(units) },
    { path: `data/${PLACES_FILE}`, content: placeListFile({ province: campaign.province, level, places, comment }) },
    { path: `data/${SHORT_NAMES_FILE}`, content: proposedShortNamesFile(plan.activities) },
    { path: `data/${SLOGANS_FILE}`, content: slogansFile() },
    { path: `data/${COMPOUNDS_FILE}`, content: readFileSync(path.join(TOOLKIT_DATA, COMPOUNDS_FILE), 'utf8') },
    ...examples.flatMap((example) => [{ path: example.path, content: example.text }, ...(example.photo ? [{ path: example.photo, content: photo }] : [])]),
  ];
}

/** Writes the files into a new or empty folder; never over an existing campaign. */
export function writeCampaignFolder(dir: string, files: readonly CampaignFile[]): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new EditorError(`Thư mục ${dir} đã có tệp: chọn một thư mục mới (lệnh không ghi đè chiến dịch có sẵn)`);
  for (const file of files) {
    const target = path.join(dir, ...file.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content, { flag: 'wx' });
  }
}
