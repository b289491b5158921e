import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readPlaceList, PLACES_FILE } from '../places/place-list.ts';
import { slugify } from '../text/slug.ts';

/**
 * A synthetic site root (content/ + data/) of realistic Vietnamese stories,
 * with profiles and events in proportion, the same for the same seed: the
 * benchmark's corpus. Photos are a handful of the sample's, shared, so image
 * work stays constant while pages grow.
 */
export interface CorpusOptions {
  projectDir: string;
  outDir: string;
  stories: number;
  seed?: number;
}

export interface CorpusSummary {
  stories: number;
  profiles: number;
  events: number;
}

/**
 * Sentences of the project's own sample stories, profiles and events: real
 * Vietnamese news prose, so word frequencies (and so search index sizes)
 * look like a real archive's rather than a template's.
 */
export function sampleSentences(contentDir: string): string[] {
  const sentences = new Set<string>();
  for (const folder of ['tin-tuc', 'guong-tu-hoc', 'su-kien']) {
    for (const file of readdirSync(path.join(contentDir, folder), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).sort()) {
      const body = readFileSync(path.join(contentDir, folder, file), 'utf8').split(/^---$/m).slice(2).join('---');
      const prose = body
        .split('\n')
        .filter((line) => line.trim() && !/^(#|!\[|<|\|)/.test(line.trim()))
        .join(' ')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/^[-*>]\s+/gm, '');
      for (const sentence of prose.split(/(?<=[.!?…])\s+(?=\p{Lu})/u)) {
        const clean = sentence.replace(/^[-*>\s]+/, '').trim();
        if (clean.length >= 40 && clean.length <= 320) sentences.add(clean);
      }
    }
  }
  return [...sentences];
}

/** mulberry32: a tiny deterministic PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['Hội Khuyến học', 'Đoàn Thanh niên', 'Thư viện', 'Trung tâm học tập cộng đồng', 'Phòng Giáo dục và Đào tạo', 'Trường Tiểu học', 'Trường THCS', 'Hội Phụ nữ', 'Hội Cựu chiến binh', 'Chi hội Khuyến học'];
const ACTIONS = ['tổ chức lớp tập huấn kỹ năng số', 'ra mắt câu lạc bộ đọc sách', 'phát động phong trào tự học', 'mở lớp tin học cho người cao tuổi', 'trao tặng tủ sách cho học sinh', 'tổ chức ngày hội đọc sách', 'hướng dẫn dịch vụ công trực tuyến', 'tổ chức diễn đàn công dân số', 'giới thiệu kho học liệu mở', 'tổ chức hội thi tìm hiểu Internet an toàn'];
const DETAILS = ['hơn một trăm người dân tham gia', 'thu hút đông đảo đoàn viên, thanh niên', 'nhiều gia đình cùng đăng ký', 'các em học sinh hào hứng trải nghiệm', 'người cao tuổi lần đầu dùng điện thoại thông minh', 'giáo viên chia sẻ kinh nghiệm tự học', 'cán bộ thư viện hướng dẫn tận tình'];
const FALLBACK_SENTENCES = [
  'Chương trình nằm trong chuỗi hoạt động hưởng ứng Tuần lễ học tập suốt đời năm 2023 với chủ đề “Xây dựng năng lực tự học trong kỷ nguyên số”.',
  'Theo ban tổ chức, mỗi người dân cần được trang bị kỹ năng tìm kiếm, khai thác thông tin trên mạng Internet một cách an toàn, hiệu quả.',
  'Nhiều ý kiến cho rằng thói quen đọc sách là nền tảng của năng lực tự học, nhất là với thanh thiếu niên.',
  'Đại diện Hội Khuyến học cho biết, năm nay địa phương đặt mục tiêu mỗi thôn, khu phố có ít nhất một tủ sách cộng đồng.',
  'Các thư viện trường học được khuyến khích chia sẻ tài nguyên số, mở cửa cả ngày nghỉ để phục vụ bạn đọc.',
  'Bên cạnh lớp học trực tiếp, các buổi hướng dẫn còn được truyền trực tuyến trên trang mạng xã hội của đơn vị.',
  'Người tham gia được hướng dẫn cài đặt ứng dụng học tập, tra cứu thông tin và sử dụng dịch vụ công trực tuyến.',
  'Phong trào “Gia đình học tập, dòng họ học tập” tiếp tục được nhân rộng với nhiều mô hình sáng tạo.',
  'Cuối buổi, ban tổ chức trao giấy khen cho các cá nhân tiêu biểu trong phong trào tự học.',
  'Hoạt động góp phần xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 – 2030.',
];
const TAGS = ['học tập suốt đời', 'kỹ năng số', 'đọc sách', 'thư viện', 'công dân số', 'khuyến học', 'thanh niên', 'người cao tuổi', 'chuyển đổi số', 'tự học'];
const NAMES = ['Lê Thị Hoa', 'Nguyễn Văn Đức', 'Trần Thị Lan', 'Phạm Văn Dũng', 'Hoàng Thị Mai', 'Đỗ Văn Hùng', 'Vũ Thị Hằng', 'Bùi Văn Đông'];
const AUTHORS = ['Lê Hợi', 'PV', 'Minh Hiếu', 'Thanh Hà', 'Quốc Hương', 'Đình Giang'];

function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** Writes the corpus; an existing folder is replaced. */
export function generateCorpus({ projectDir, outDir, stories, seed = 2023 }: CorpusOptions): CorpusSummary {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const pickSome = <T>(items: readonly T[], count: number): T[] => [...new Set(Array.from({ length: count }, () => pick(items)))];
  const units = (parseYaml(readFileSync(path.join(projectDir, 'data/units.yaml'), 'utf8')) as { id: string }[]).map((unit) => unit.id);
  const districts = readPlaceList(readFileSync(path.join(projectDir, 'data', PLACES_FILE), 'utf8')).list.places.map((place) => place.name);
  const activityIds = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const harvested = sampleSentences(path.join(projectDir, 'content'));
  const SENTENCES = harvested.length >= 50 ? harvested : FALLBACK_SENTENCES;

  rmSync(outDir, { recursive: true, force: true });
  cpSync(path.join(projectDir, 'data'), path.join(outDir, 'data'), { recursive: true });
  const siteFile = path.join(outDir, 'data/site.yaml');
  writeFileSync(siteFile, readFileSync(siteFile, 'utf8').replace(/^now:.*$/m, 'now: 2023-10-09T12:00:00+07:00'));

  const folders = { story: 'tin-tuc', profile: 'guong-tu-hoc', event: 'su-kien' };
  const photoFiles = readdirSync(path.join(projectDir, 'content/tin-tuc'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.jpg')).sort().slice(0, 6);
  const photos = photoFiles.map((file) => path.basename(file));
  for (const folder of Object.values(folders)) {
    mkdirSync(path.join(outDir, 'content', folder, 'anh'), { recursive: true });
    for (const file of photoFiles) copyFileSync(path.join(projectDir, 'content/tin-tuc', file), path.join(outDir, 'content', folder, 'anh', path.basename(file)));
  }
  const paragraphs = () => Array.from({ length: 4 + Math.floor(next() * 3) }, () => pickSome(SENTENCES, 2 + Math.floor(next() * 3)).join(' ')).join('\n\n');
  const when = (dayFrom: number, dayTo: number) => {
    const day = dayFrom + Math.floor(next() * (dayTo - dayFrom + 1));
    const date = new Date(Date.UTC(2023, 8, day, 0, 0));
    return { date: date.toISOString().slice(0, 10), hour: 7 + Math.floor(next() * 13), minute: pick([0, 15, 30, 45]) };
  };
  const time = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

  for (let index = 1; index <= stories; index += 1) {
    const district = pick(districts);
    const title = `${district}: ${pick(SUBJECTS)} ${pick(ACTIONS)}`;
    const at = when(20, 38);
    const file = `${slugify(title).slice(0, 50)}-${index}.md`;
    writeFileSync(
      path.join(outDir, 'content', folders.story, file),
      `---\ntitle: ${yamlString(title)}\nlead: ${yamlString(`Trong khuôn khổ Tuần lễ học tập suốt đời, ${pick(DETAILS)}. ${pick(SENTENCES)}`)}\npublished: ${at.date} ${time(at.hour, at.minute)}\nauthors: [${yamlString(pick(AUTHORS))}]\nunit: ${pick(units)}\ndistricts: [${yamlString(district)}]\nactivities: [${pickSome(activityIds, 2).join(', ')}]\ntags: [${pickSome(TAGS, 2).map(yamlString).join(', ')}]\nimage:\n  src: anh/${pick(photos)}\n  alt: ${yamlString(`Hoạt động học tập tại ${district}`)}\n  credit: ${yamlString(pick(AUTHORS))}\n---\n${paragraphs()}\n`,
    );
  }
  const profiles = Math.max(1, Math.round(stories / 20));
  for (let index = 1; index <= profiles; index += 1) {
    const name = `${pick(NAMES)} ${index}`;
    const at = when(25, 38);
    writeFileSync(
      path.join(outDir, 'content', folders.profile, `${slugify(name)}.md`),
      `---\nname: ${yamlString(name)}\nbirthYear: ${1945 + Math.floor(next() * 60)}\ndistrict: ${yamlString(pick(districts))}\noccupation: "Nông dân, hội viên Hội Khuyến học"\nquote: "Học không bao giờ là muộn."\nphoto:\n  src: anh/${pick(photos)}\n  alt: ${yamlString(`Chân dung ${name}`)}\n  credit: "Hội Khuyến học"\nunit: ${pick(units)}\nconsent:\n  date: 2023-09-20\n  note: "Đồng ý bằng văn bản"\npublished: ${at.date} ${time(at.hour, at.minute)}\n---\n${paragraphs()}\n`,
    );
  }
  const events = Math.max(1, Math.round(stories / 20));
  for (let index = 1; index <= events; index += 1) {
    const district = pick(districts);
    const title = `${pick(SUBJECTS)} ${pick(ACTIONS)} tại ${district}`;
    // One slot per (unit, day, hour): no organiser has two events at once.
    const slot = Math.floor((index - 1) / units.length);
    const day = 2 + (slot % 7);
    const hour = 7 + (Math.floor(slot / 7) % 6) * 2;
    writeFileSync(
      path.join(outDir, 'content', folders.event, `${slugify(title).slice(0, 50)}-${index}.md`),
      `---\ntitle: ${yamlString(title)}\ndescription: ${yamlString(pick(SENTENCES))}\nstart: 2023-10-0${day} ${time(hour, 0)}\nend: 2023-10-0${day} ${time(hour + 2, 0)}\nvenue: "Nhà văn hóa thôn ${index}"\naddress: ${yamlString(`Thôn ${index}, ${district}`)}\ndistrict: ${yamlString(district)}\nunit: ${units[(index - 1) % units.length]}\nactivities: [${pickSome(activityIds, 2).join(', ')}]\nformat: trực tiếp\n---\n${paragraphs()}\n`,
    );
  }
  return { stories, profiles, events };
}
