import path from 'node:path';
import type { DateTime } from 'luxon';
import type { ContentKind } from '../content/entry.ts';
import { CONTENT_FOLDERS } from '../content/load.ts';
import type { ReferenceData } from '../content/reference.ts';
import { EVENT_FORMATS } from '../content/schema.ts';
import { cleanText } from '../text/normalize.ts';
import { slugify } from '../text/slug.ts';
import { suggestClosest } from '../text/suggest.ts';
import { PLACES_FILE } from '../places/place-list.ts';
import { ZONE } from '../time/vietnam-time.ts';

export type ScaffoldKind = Exclude<ContentKind, 'page'>;

/** What a journalist gives `npm run new`. Text fields are free; references are checked. */
export interface ScaffoldAnswers {
  kind: ScaffoldKind;
  title: string;
  unit: string;
  districts: string[];
  activities: number[];
  authors?: string[];
  photo?: { file: string; alt: string; credit: string };
  consent?: string;
  start?: string;
  end?: string;
  venue?: string;
  address?: string;
  format?: string;
  link?: string;
}

export interface ScaffoldPlan {
  /** Path under the content folder: <type>/<unit>/<slug>.md */
  markdownPath: string;
  /** Where the photo is copied, next to the Markdown, if one was given. */
  photoPath?: string;
  text: string;
}

/** A problem with the answers, said the way the journalist should fix it. */
export class ScaffoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaffoldError';
  }
}

const q = (text: string) => JSON.stringify(cleanText(text));

/** Fields each type needs from the journalist before a file can be written. */
export function missingAnswers(answers: Partial<ScaffoldAnswers>): string[] {
  const missing: string[] = [];
  if (!answers.title) missing.push('tiêu đề');
  if (!answers.unit) missing.push('--unit (mã đơn vị)');
  if (!answers.districts?.length) missing.push('--district (địa phương)');
  if (answers.kind !== 'profile' && !answers.activities?.length) missing.push('--activities (số hoạt động, ví dụ 1,4)');
  if (answers.kind !== 'event' && !answers.photo) missing.push('--photo, --alt, --credit (ảnh, mô tả ảnh, tác giả ảnh)');
  if (answers.kind === 'profile' && !answers.consent) missing.push('--consent (nơi lưu văn bản đồng ý của nhân vật)');
  if (answers.kind === 'event') {
    for (const [key, label] of [['start', '--start (2023-10-04 08:00)'], ['end', '--end'], ['venue', '--venue (nơi tổ chức)'], ['address', '--address'], ['format', '--format (trực tiếp / trực tuyến / kết hợp)']] as const) {
      if (!answers[key]) missing.push(label);
    }
  }
  return missing;
}

function checkReferences(answers: ScaffoldAnswers, reference: ReferenceData): { unitId: string; districts: string[] } {
  const unit = reference.units.find((candidate) => candidate.id === answers.unit);
  if (!unit) {
    const close = suggestClosest(answers.unit, reference.units.map((candidate) => candidate.id));
    throw new ScaffoldError(`Không có đơn vị "${answers.unit}" trong data/units.yaml${close ? ` — có phải "${close}"?` : ''}`);
  }
  const districts = answers.districts.map((name) => {
    const district = reference.districts.find((candidate) => candidate.slug === slugify(name));
    if (!district) {
      const close = suggestClosest(name, reference.districts.map((candidate) => candidate.name));
      throw new ScaffoldError(`Không có ${reference.places.wording.labelLower} "${name}" trong data/${PLACES_FILE}${close ? ` — có phải "${close}"?` : ''}`);
    }
    return district.name;
  });
  const ids = reference.activities.map((activity) => activity.id);
  for (const id of answers.activities) {
    if (!ids.includes(id)) throw new ScaffoldError(`Kế hoạch không có hoạt động số ${id} (chỉ có ${ids[0]}–${ids.at(-1)})`);
  }
  if (answers.format && !(answers.format in EVENT_FORMATS)) throw new ScaffoldError(`Hình thức "${answers.format}" không hợp lệ: chọn trực tiếp, trực tuyến hoặc kết hợp`);
  return { unitId: unit.id, districts };
}

/**
 * The file `npm run new` writes: a valid draft with commented front matter in
 * the unit's folder, named after the title, dated with the build's now.
 */
export function scaffoldPlan(answers: ScaffoldAnswers, reference: ReferenceData, now: DateTime): ScaffoldPlan {
  const missing = missingAnswers(answers);
  if (missing.length) throw new ScaffoldError(`Còn thiếu: ${missing.join('; ')}`);
  const { unitId, districts } = checkReferences(answers, reference);
  const slug = slugify(answers.title).slice(0, 70).replace(/-+$/, '');
  if (!slug) throw new ScaffoldError('Tiêu đề cần có chữ hoặc số để làm đường dẫn');
  const folder = path.posix.join(CONTENT_FOLDERS[answers.kind], unitId);
  const photoName = answers.photo ? `${slug}${path.extname(answers.photo.file).toLowerCase()}` : undefined;
  const published = now.setZone(ZONE).toFormat('yyyy-MM-dd HH:mm');
  const activities = `[${answers.activities.join(', ')}]`;
  const image = (field: string) =>
    answers.photo
      ? [`# Ảnh: tệp đặt cạnh bài, mô tả ảnh cho người khiếm thị (alt), tác giả ảnh (credit)`, `${field}:`, `  src: ${photoName}`, `  alt: ${q(answers.photo.alt)}`, `  credit: ${q(answers.photo.credit)}`]
      : [];
  const draft = ['# Bản nháp: xóa dòng này khi bài đã được duyệt và sẵn sàng đăng', 'draft: true'];
  const placeComment = `# ${reference.places.wording.label} (tên trong data/${PLACES_FILE})`;
  let lines: string[];
  if (answers.kind === 'story') {
    lines = [
      '# Tiêu đề bài viết', `title: ${q(answers.title)}`,
      '# Sapo: 1–3 câu tóm tắt, hiện in đậm đầu bài', 'lead: "Viết sapo ở đây."',
      '# Giờ đăng, giờ Việt Nam. Ghi giờ trong tương lai để hẹn giờ công bố.', `published: ${published}`,
      '# Tác giả: họ tên hoặc bút danh, có thể nhiều người', `authors: [${(answers.authors?.length ? answers.authors : ['PV']).map(q).join(', ')}]`,
      '# Đơn vị đăng tin (mã trong data/units.yaml)', `unit: ${unitId}`,
      placeComment, `districts: [${districts.map(q).join(', ')}]`,
      `# Hoạt động của Kế hoạch mà bài đưa tin (số thứ tự trong mục ${reference.campaign.activitiesSection})`, `activities: ${activities}`,
      '# Chủ đề, ví dụ [khai mạc, thư viện]', 'tags: []',
      ...image('image'),
      ...draft,
    ];
  } else if (answers.kind === 'profile') {
    lines = [
      '# Họ và tên nhân vật', `name: ${q(answers.title)}`,
      '# Năm sinh (hoặc thay bằng dòng age: <tuổi>)', 'birthYear: 1960',
      placeComment, `district: ${q(districts[0]!)}`,
      '# Nghề nghiệp, công việc', 'occupation: "Ghi nghề nghiệp ở đây"',
      '# Một câu nói ngắn của nhân vật', 'quote: "Ghi câu nói của nhân vật ở đây."',
      ...image('photo'),
      '# Đơn vị giới thiệu (mã trong data/units.yaml)', `unit: ${unitId}`,
      '# Sự đồng ý của nhân vật: ngày và nơi lưu văn bản. Không có thì không được đăng.', 'consent:', `  date: ${now.setZone(ZONE).toFormat('yyyy-MM-dd')}`, `  note: ${q(answers.consent!)}`,
      '# Giờ đăng, giờ Việt Nam', `published: ${published}`,
      '# Hoạt động của Kế hoạch (không bắt buộc)', `activities: ${activities}`,
      ...draft,
    ];
  } else {
    lines = [
      '# Tên sự kiện', `title: ${q(answers.title)}`,
      '# Mô tả ngắn 1–2 câu', 'description: "Viết mô tả ngắn ở đây."',
      '# Bắt đầu, kết thúc (giờ Việt Nam). Sự kiện cả ngày: thêm allDay: true và chỉ ghi ngày.', `start: ${answers.start}`, `end: ${answers.end}`,
      '# Nơi tổ chức và địa chỉ', `venue: ${q(answers.venue!)}`, `address: ${q(answers.address!)}`,
      placeComment, `district: ${q(districts[0]!)}`,
      '# Đơn vị tổ chức (mã trong data/units.yaml)', `unit: ${unitId}`,
      '# Hoạt động của Kế hoạch', `activities: ${activities}`,
      '# Hình thức: trực tiếp, trực tuyến hoặc kết hợp; trực tuyến và kết hợp cần đường dẫn tham gia', `format: ${answers.format}`,
      ...(answers.link ? [`link: ${q(answers.link)}`] : ['# link: https://…']),
      '# Trạng thái: dự kiến (mặc định), hoãn hoặc hủy', '# status: dự kiến',
      ...draft,
    ];
  }
  const body = answers.kind === 'event' ? 'Chương trình, đối tượng tham dự, cách đăng ký…' : 'Viết nội dung ở đây.\n\n<!-- Ảnh trong bài: đặt tệp ảnh cạnh bài rồi viết ![mô tả ảnh](ten-anh.jpg "Chú thích. Ảnh: Tác giả") trên một dòng riêng. -->';
  return {
    markdownPath: path.posix.join(folder, `${slug}.md`),
    photoPath: photoName ? path.posix.join(folder, photoName) : undefined,
    text: `---\n${lines.join('\n')}\n---\n${body}\n`,
  };
}
