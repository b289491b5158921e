import type { PlanBody } from '../plan/parse-plan.ts';
import { slugify } from '../text/slug.ts';
import { REVIEW_NOTE } from './review-notes.ts';

/** Abbreviations provincial newsrooms use for bodies' names, longest phrases first. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/Ủy ban Mặt trận Tổ quốc Việt Nam/gu, 'UBMTTQ Việt Nam'],
  [/Ủy ban nhân dân/gu, 'UBND'],
  [/Đoàn Thanh niên Cộng sản Hồ Chí Minh|Đoàn TNCS Hồ Chí Minh/gu, 'Đoàn TN'],
  [/Lao động - Thương binh và Xã hội|Lao động, Thương binh và Xã hội/gu, 'LĐ-TB&XH'],
  [/Nông nghiệp và Phát triển nông thôn/gu, 'NN&PTNT'],
  [/Nông nghiệp và Môi trường/gu, 'NN&MT'],
  [/Tài nguyên và Môi trường/gu, 'TN&MT'],
  [/Văn hóa, Thể thao và Du lịch/gu, 'VH-TT&DL'],
  [/Giáo dục và Đào tạo/gu, 'GD&ĐT'],
  [/Khoa học và Công nghệ/gu, 'KH&CN'],
  [/Thông tin và Truyền thông/gu, 'TT&TT'],
  [/Kế hoạch và Đầu tư/gu, 'KH&ĐT'],
  [/Phát thanh, Truyền hình|Phát thanh và Truyền hình/gu, 'PT-TH'],
  [/Trường Đại học/gu, 'Trường ĐH'],
];

/**
 * A short name for a body, as newsrooms abbreviate it ("Sở GD&ĐT"); a name
 * that is short already stays whole.
 *
 * @example shortUnitName('Sở Giáo dục và Đào tạo') === 'Sở GD&ĐT'
 * @example shortUnitName('Báo và Phát thanh, Truyền hình Hà Tĩnh') === 'Báo và PT-TH Hà Tĩnh'
 */
export function shortUnitName(name: string): string {
  if (name.length <= 24) return name;
  return ABBREVIATIONS.reduce((text, [pattern, short]) => text.replace(pattern, short), name);
}

/** A body that stands for many units ("Ủy ban nhân dân các xã, phường", "Các cơ sở giáo dục đại học"). */
export function isCollectiveBody(name: string): boolean {
  return /(?:^|\s)các\s/iu.test(name) || /(?:huyện|quận|thị xã|thành phố|xã|phường),\s*(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn)/u.test(name);
}

export interface NewUnit {
  id: string;
  name: string;
  short: string;
  body: string;
  /** Why the editor should look at this unit, if anything. */
  note?: string;
}

/**
 * One publishing unit per body of the plan: the id is the name slugged
 * (marks folded, đ → d), `body` is the plan's name so the unit's page is the
 * body's page. A body standing for many units is kept, marked for review.
 *
 * @example unitsForBodies([{ id: 1, name: 'Sở Giáo dục và Đào tạo', … }])
 * // [{ id: 'so-giao-duc-va-dao-tao', name: 'Sở Giáo dục và Đào tạo', short: 'Sở GD&ĐT', body: 'Sở Giáo dục và Đào tạo' }]
 */
export function unitsForBodies(bodies: readonly Pick<PlanBody, 'name'>[]): NewUnit[] {
  return bodies.map((body) => ({
    id: slugify(body.name),
    name: body.name,
    short: shortUnitName(body.name),
    body: body.name,
    ...(isCollectiveBody(body.name) ? { note: 'chọn giữ một đơn vị chung cho cơ quan chung này, hoặc thay bằng từng đơn vị ghi partOf' } : {}),
  }));
}

/** The text of data/units.yaml for the new units. */
export function unitsFile(units: readonly NewUnit[]): string {
  const header = [
    '# Đơn vị đăng tin, tổ chức sự kiện và giới thiệu gương tự học: mỗi cơ quan được giao nhiệm vụ trong Kế hoạch một đơn vị.',
    '# id là đường dẫn cố định của trang đơn vị (/don-vi/<id>/) và tên thư mục bài của đơn vị: đã công bố thì không đổi.',
    '# body: tên cơ quan như trong mục "Tổ chức thực hiện" của Kế hoạch; trang của đơn vị là trang của cơ quan đó.',
    '# Thêm đơn vị thực hiện nhiệm vụ của một cơ quan (ví dụ Thư viện tỉnh thuộc Sở VH-TT&DL) bằng partOf: <tên cơ quan>;',
    '# số điện thoại, e-mail công khai của đơn vị ghi ở phone, email.',
    `# ${REVIEW_NOTE} xem lại tên viết tắt (short) do máy đặt theo cách viết tắt thường gặp`,
  ];
  const rows = units.map((unit) =>
    [`- id: ${unit.id}${unit.note ? ` # ${REVIEW_NOTE} ${unit.note}` : ''}`, `  name: ${yamlText(unit.name)}`, `  short: ${yamlText(unit.short)}`, `  body: ${yamlText(unit.body)}`].join('\n'),
  );
  return `${header.join('\n')}\n${rows.join('\n\n')}\n`;
}

/** A YAML scalar in double quotes: names hold commas, ampersands and colons. */
function yamlText(text: string): string {
  return JSON.stringify(text);
}
