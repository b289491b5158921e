import type { CampaignIdentity } from '../plan/campaign-identity.ts';
import { slugify } from '../text/slug.ts';
import { yamlScalar } from '../text/yaml-scalar.ts';
import { ZONE } from '../time/vietnam-time.ts';
import { REVIEW_NOTE } from './review-notes.ts';

/**
 * A site address that cannot be mistaken for a real one (".example" is
 * reserved, RFC 2606) until the editor writes the campaign's own.
 *
 * @example placeholderUrl('Hà Tĩnh') === 'https://hoctapsuotdoi.ha-tinh.example'
 */
export function placeholderUrl(province: string): string {
  return `https://hoctapsuotdoi.${slugify(province)}.example`;
}

/**
 * The text of data/site.yaml for a new campaign: names from the plan and the
 * province, the guesses (short title, publisher, address) marked for review,
 * no fixed `now` (a real campaign publishes on the real clock).
 */
export function siteFile(campaign: CampaignIdentity, planFile: string): string {
  const { province, provinceFull, year, name, shortName, title } = campaign;
  const lines = [
    `# Cài đặt trang của ${title} ${provinceFull}, tạo bằng "npm run campaign -- new" từ ${planFile}.`,
    '# Biến môi trường ghi đè các giá trị này khi build: SITE_URL, PATH_PREFIX, BUILD_NOW (xem README, mục Triển khai).',
    `title: ${yamlScalar(title)}`,
    `shortTitle: ${yamlScalar(`Học tập suốt đời ${province}`)} # ${REVIEW_NOTE} xem lại tên ngắn (đầu trang, tên nguồn tin, tiêu đề trang)`,
    `description: ${yamlScalar(`Tin tức, gương tự học và lịch sự kiện ${title} trên địa bàn ${provinceFull}.`)}`,
    `publisher: ${yamlScalar(`Ban Biên tập Tuần lễ học tập suốt đời ${provinceFull}`)} # ${REVIEW_NOTE} ghi đúng cơ quan chịu trách nhiệm trang tin`,
    `url: ${placeholderUrl(province)} # ${REVIEW_NOTE} thay địa chỉ tạm bằng địa chỉ thật của trang`,
    '# Tuần lễ của tỉnh nào, tên gọi ra sao. Cơ quan ban hành, năm, chủ đề và ngày tháng lấy từ Kế hoạch (data/ke-hoach.txt).',
    'campaign:',
    '  # Tên tỉnh như người đọc thấy; phải khớp cơ quan ban hành Kế hoạch ("Ủy ban nhân dân tỉnh …").',
    `  province: ${yamlScalar(province)}`,
    `  provinceKind: ${provinceFull.slice(0, -province.length).trim()}`,
    '  # Năm: phải đúng năm Tuần lễ trong Kế hoạch.',
    `  year: ${year}`,
    '  # Tên Tuần lễ, không kèm năm: in trên băng rôn ("… năm …") và đầu trang.',
    `  name: ${yamlScalar(name)}`,
    `  shortName: ${yamlScalar(shortName)}`,
    'pathPrefix: /',
    '# Số tin mỗi trang danh sách.',
    'perPage: 10',
    '# Số mục mới nhất trong mỗi nguồn tin RSS.',
    'feedSize: 50',
    `# "Bây giờ" của bản build là giờ thực. Xem trước một ngày khác: BUILD_NOW=${campaign.start.setZone(ZONE).plus({ days: 2 }).toFormat("yyyy-MM-dd'T'08:00:00ZZ")} npm run build.`,
  ];
  return `${lines.join('\n')}\n`;
}
