import { parseDocument } from 'yaml';
import { EditorError } from '../issues/editor-error.ts';
import type { ContentIssue } from '../issues/content-issue.ts';
import { capitalizeFirst, normalizeDeep, toNfc } from '../text/normalize.ts';
import { slugify } from '../text/slug.ts';
import { yamlScalar } from '../text/yaml-scalar.ts';

/** The campaign's places (where stories happen, events are held, profiles live), beside the plan in data/. */
export const PLACES_FILE = 'dia-phuong.yaml';

/**
 * The two levels a place list can be at. Before 1 July 2025 a provincial plan
 * addressed district-level units; since then local government has two tiers
 * and a plan addresses communes, wards and special zones. A district's own
 * plan (or a town's) addressed communes before 2025 too, hence "thị trấn".
 */
export const PLACE_LEVELS = {
  huyện: { written: 'cấp huyện', kinds: ['quận', 'huyện', 'thị xã', 'thành phố'], always: ['huyện', 'thị xã', 'thành phố'] },
  xã: { written: 'cấp xã', kinds: ['xã', 'phường', 'thị trấn', 'đặc khu'], always: ['xã', 'phường'] },
} as const;

export type PlaceLevel = keyof typeof PLACE_LEVELS;
export type PlaceKind = (typeof PLACE_LEVELS)[PlaceLevel]['kinds'][number];

/** The day the district level was abolished: a campaign from then on lists communes. */
export const COMMUNE_LEVEL_FROM = '2025-07-01';

export interface Place {
  slug: string;
  name: string;
  kind: PlaceKind;
  /** "huyện Hoằng Hóa", "phường Thành Sen". */
  fullName: string;
}

/** How pages name a place of the list's level. */
export interface PlaceWording {
  /** Heading of a place in facts, filters and tables: "Địa phương" (district level, as provincial plans said), "Xã, phường" (commune level). */
  label: string;
  /** The same in running text: "địa phương", "xã, phường". */
  labelLower: string;
  /** The kinds the list holds, in the order plans write them: "huyện, thị xã, thành phố", "xã, phường". */
  kinds: string;
  /** The level in one word, for "cổng thông tin huyện" / "cổng thông tin xã, phường". */
  levelWord: string;
}

export interface PlaceList {
  /** The province the list belongs to, as written in the file. */
  province: string;
  level: PlaceLevel;
  places: Place[];
  wording: PlaceWording;
}

/**
 * The wording for a level and the kinds a list holds: the level's usual
 * words ("huyện, thị xã, thành phố"; "xã, phường"), and the rarer kinds only
 * when the list has them (quận; thị trấn, đặc khu).
 *
 * @example placeWording('huyện', ['thành phố', 'huyện']) // { label: 'Địa phương', kinds: 'huyện, thị xã, thành phố', … }
 * @example placeWording('xã', ['phường', 'đặc khu']).label === 'Xã, phường, đặc khu'
 */
export function placeWording(level: PlaceLevel, present: readonly string[]): PlaceWording {
  const always: readonly string[] = PLACE_LEVELS[level].always;
  const kinds = PLACE_LEVELS[level].kinds.filter((kind) => always.includes(kind) || present.includes(kind)).join(', ');
  if (level === 'huyện') return { label: 'Địa phương', labelLower: 'địa phương', kinds, levelWord: 'huyện' };
  return { label: capitalizeFirst(kinds), labelLower: kinds, kinds, levelWord: kinds };
}

/** "cấp huyện", "huyện", "cấp xã", "xã" → the level; anything else undefined. */
function levelOf(value: unknown): PlaceLevel | undefined {
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLocaleLowerCase('vi').replace(/^cấp\s+/u, '');
  return word === 'huyện' || word === 'xã' ? word : undefined;
}

/** The level a campaign's places are at, from the first day of its week. */
export function levelForDate(weekStart: { toISODate(): string | null }): PlaceLevel {
  return (weekStart.toISODate() ?? '') >= COMMUNE_LEVEL_FROM ? 'xã' : 'huyện';
}

const FORMAT_HINT = 'dạng: province: <tên tỉnh>, level: cấp huyện hoặc cấp xã, places: danh sách "- name: … / kind: …" (xem README, mục Địa phương)';

/**
 * Reads data/dia-phuong.yaml: the province, the level and the places. A file
 * that cannot be read at all (missing, broken YAML, no level) fails with one
 * line; problems of single rows (a kind not of the level, a name twice, an
 * unknown field) are errors with their line, the other rows kept, so the
 * publishing gate can report them with every other problem.
 */
export function readPlaceList(source: string | null, file = `data/${PLACES_FILE}`): { list: PlaceList; issues: ContentIssue[] } {
  if (source === null) throw new EditorError(`Thiếu ${file}: danh sách địa phương của Tuần lễ (${FORMAT_HINT})`);
  const document = parseDocument(source);
  if (document.errors.length) {
    const error = document.errors[0]!;
    throw new EditorError(`${file}:${error.linePos?.[0]?.line ?? 1}: không đọc được (lỗi YAML): ${error.message.split('\n')[0]}`);
  }
  const lineAt = (path: (string | number)[]) => {
    const offset = (document.getIn(path, true) as { range?: number[] } | undefined)?.range?.[0];
    return offset === undefined ? 1 : source.slice(0, offset).split('\n').length;
  };
  const raw: unknown = normalizeDeep(document.toJS());
  if (Array.isArray(raw)) {
    throw new EditorError(`${file}: cần ghi tỉnh và cấp của danh sách trước các địa phương (${FORMAT_HINT})`);
  }
  const top = (raw ?? {}) as Record<string, unknown>;
  const level = levelOf(top.level);
  if (!level) throw new EditorError(`${file}:${lineAt(['level'])}: level — cần "cấp huyện" hoặc "cấp xã", nhận được ${JSON.stringify(top.level ?? null)} (${FORMAT_HINT})`);
  const province = typeof top.province === 'string' ? top.province.trim() : '';
  if (!province) throw new EditorError(`${file}:${lineAt(['province'])}: province — cần tên tỉnh của danh sách, ví dụ "Thanh Hóa" (${FORMAT_HINT})`);
  if (!Array.isArray(top.places)) throw new EditorError(`${file}:${lineAt(['places'])}: places — cần danh sách các địa phương (${FORMAT_HINT})`);

  const issues: ContentIssue[] = [];
  const at = (line: number, field: string, expected: string, got: string, hint?: string) => issues.push({ file, line, field, expected, got, ...(hint ? { hint } : {}), severity: 'error' });
  for (const key of Object.keys(top)) {
    if (!['province', 'level', 'places'].includes(key)) at(lineAt([key]), key, 'chỉ province, level và places', 'trường không được biết đến');
  }
  const kinds: readonly string[] = PLACE_LEVELS[level].kinds;
  const places: Place[] = [];
  for (const [index, row] of (top.places as unknown[]).entries()) {
    const line = lineAt(['places', index]);
    const record = (row ?? {}) as Record<string, unknown>;
    const name = typeof record.name === 'string' ? record.name.trim() : '';
    const kind = typeof record.kind === 'string' ? record.kind.trim().toLocaleLowerCase('vi') : '';
    const extra = Object.keys(record).filter((key) => key !== 'name' && key !== 'kind');
    if (typeof row !== 'object' || row === null || extra.length) {
      at(line, `places.${index}`, 'một địa phương: name (tên) và kind (loại)', typeof row === 'object' && row !== null ? `trường lạ: ${extra.join(', ')}` : JSON.stringify(row));
      continue;
    }
    if (!name) {
      at(line, `places.${index}.name`, 'tên địa phương', 'để trống');
      continue;
    }
    if (!kinds.includes(kind)) {
      const other = (Object.keys(PLACE_LEVELS) as PlaceLevel[]).find((candidate) => (PLACE_LEVELS[candidate].kinds as readonly string[]).includes(kind));
      at(lineAt(['places', index, 'kind']), `places.${index}.kind`, `một trong: ${kinds.join(', ')} (danh sách ${PLACE_LEVELS[level].written})`, JSON.stringify(record.kind ?? null), other ? `"${kind}" là địa phương ${PLACE_LEVELS[other].written}: sửa level hoặc bỏ dòng này` : undefined);
      continue;
    }
    const slug = slugify(name);
    const twice = places.find((place) => place.slug === slug);
    if (twice) {
      at(line, `places.${index}.name`, 'mỗi địa phương một lần', `"${name}" trùng với ${twice.fullName}`, 'hai địa phương cùng tên thì ghi thêm phân biệt, ví dụ "Tân Phú (Đồng Xoài)"');
      continue;
    }
    places.push({ slug, name, kind: kind as PlaceKind, fullName: `${kind} ${name}` });
  }
  if (places.length === 0 && issues.length === 0) at(lineAt(['places']), 'places', 'ít nhất một địa phương', 'danh sách trống');
  return { list: { province, level, places, wording: placeWording(level, places.map((place) => place.kind)) }, issues };
}

/** A place as an editor might paste it from a resolution's list: "phường Thành Sen", "Xã Cẩm Bình". */
export interface PlaceLine {
  name: string;
  kind: PlaceKind;
}

const ALL_KINDS: readonly PlaceKind[] = [...PLACE_LEVELS.huyện.kinds, ...PLACE_LEVELS.xã.kinds].sort((a, b) => b.length - a.length);

/**
 * Splits "phường Thành Sen" into kind and name (the longest kind first, so
 * "thị xã" is not read as "xã"); undefined when the line starts with no kind.
 *
 * @example splitPlace('Thị xã Nghi Sơn') // { kind: 'thị xã', name: 'Nghi Sơn' }
 */
export function splitPlace(text: string): PlaceLine | undefined {
  const clean = toNfc(text).replace(/\s+/gu, ' ').trim();
  const lower = clean.toLocaleLowerCase('vi');
  const kind = ALL_KINDS.find((candidate) => lower.startsWith(`${candidate} `));
  const name = kind ? clean.slice(kind.length).trim() : '';
  return kind && name ? { kind, name } : undefined;
}

/**
 * The places a plan names by kind and proper name ("phường Thành Sen",
 * "huyện Hoằng Hóa"), of one level, in the order first named; the province
 * itself ("thành phố Hà Nội" when it is the campaign) left out.
 *
 * @example placesNamedIn('… tại Thư viện tỉnh, phường Thành Sen; các xã miền núi …', 'xã') // [{ kind: 'phường', name: 'Thành Sen' }]
 */
export function placesNamedIn(text: string, level: PlaceLevel, province?: string): PlaceLine[] {
  const kinds = [...PLACE_LEVELS[level].kinds].sort((a, b) => b.length - a.length).join('|');
  // A kind in lower case followed by capitalised words: "các xã miền núi", "xã hội" are not places.
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])(${kinds})\\s+(\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*)*)`, 'gu');
  const found: PlaceLine[] = [];
  for (const match of toNfc(text).matchAll(pattern)) {
    const line = { kind: match[1] as PlaceKind, name: match[2]! };
    if (province && slugify(line.name) === slugify(province)) continue;
    if (!found.some((place) => slugify(place.name) === slugify(line.name))) found.push(line);
  }
  return found;
}

/**
 * The text of a data/dia-phuong.yaml: the header names the province and the
 * level; places marked for review carry a comment after their line.
 *
 * @example placeListFile({ province: 'Hà Tĩnh', level: 'xã', places: [{ kind: 'phường', name: 'Thành Sen' }] })
 * // '…province: Hà Tĩnh\nlevel: cấp xã\nplaces:\n  - name: Thành Sen\n    kind: phường\n'
 */
export function placeListFile(list: { province: string; level: PlaceLevel; places: (PlaceLine & { note?: string })[]; comment?: string[] }): string {
  const written = PLACE_LEVELS[list.level].written;
  const header = [
    ...(list.comment ?? []).map((line) => `# ${line}`),
    '# Tên ghi trong nội dung (district, districts) là name; đường dẫn /dia-phuong/<slug>/ sinh từ tên.',
    `# kind của danh sách ${written}: ${PLACE_LEVELS[list.level].kinds.join(', ')}.`,
  ];
  const rows = list.places.map((place) => `  - name: ${yamlScalar(place.name)}\n    kind: ${place.kind}${place.note ? ` # ${place.note}` : ''}\n`);
  return `${header.join('\n')}\nprovince: ${yamlScalar(list.province)}\nlevel: ${written}\nplaces:\n${rows.join('')}`;
}
