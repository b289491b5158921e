import type { DateTime } from 'luxon';
import { CONTENT_FOLDERS } from '../content/load.ts';
import type { PlaceLine, PlaceWording } from '../places/place-list.ts';
import type { Plan, PlanActivity } from '../plan/parse-plan.ts';
import type { CampaignIdentity } from '../plan/campaign-identity.ts';
import { ZONE } from '../time/vietnam-time.ts';
import { REVIEW_NOTE } from './review-notes.ts';
import type { NewUnit } from './units.ts';

/** The photo each example names, written beside it by the command. */
export const EXAMPLE_PHOTO = 'anh-mau.jpg';

export interface ExampleFile {
  /** Path under the campaign folder, e.g. content/tin-tuc/so-giao-duc-va-dao-tao/khai-mac-tuan-le.md */
  path: string;
  text: string;
  /** The photo to write beside it (content/…/anh-mau.jpg), if it has one. */
  photo?: string;
}

export interface ExampleContext {
  campaign: CampaignIdentity;
  plan: Pick<Plan, 'opening' | 'activities' | 'documentNumber' | 'start' | 'end'>;
  units: readonly NewUnit[];
  places: readonly PlaceLine[];
  wording: PlaceWording;
}

const NOTE = `# ${REVIEW_NOTE} thay bài mẫu (do npm run campaign tạo) bằng bài thật, hoặc xóa tệp này và ảnh ${EXAMPLE_PHOTO}`;

const yamlDate = (value: DateTime) => value.setZone(ZONE).toFormat('yyyy-MM-dd HH:mm');
const shortDate = (value: DateTime) => value.setZone(ZONE).toFormat('dd/MM/yyyy');
const q = (text: string) => JSON.stringify(text);

/** The plan's activity about the opening ceremony, else its first. */
function openingActivity(activities: readonly PlanActivity[]): PlanActivity {
  return activities.find((activity) => /khai mạc/iu.test(activity.text)) ?? activities[0]!;
}

/** The first unit whose name matches, else the first unit. */
function unitLike(units: readonly NewUnit[], pattern: RegExp): NewUnit {
  return units.find((unit) => pattern.test(unit.name)) ?? units[0]!;
}

/** "Sáng", "Chiều", "Tối" for a time of day; "Ngày" without one. */
function partOfDay(time: string | null): string {
  if (!time) return 'Ngày';
  const hour = Number(time.slice(0, 2));
  return hour < 11 ? 'Sáng' : hour < 13 ? 'Trưa' : hour < 18 ? 'Chiều' : 'Tối';
}

/**
 * One example of each content type, inside the new plan's week: the opening
 * ceremony as an event and as a story, a profile, and the about page the
 * navigation links to. Each is marked for review at the top of its front
 * matter, so the publishing gate warns until the editor replaces or deletes it.
 */
export function exampleFiles({ campaign, plan, units, places, wording }: ExampleContext): ExampleFile[] {
  const week = { start: plan.start.setZone(ZONE).startOf('day'), end: plan.end.setZone(ZONE).startOf('day') };
  const openingDay = plan.opening.date >= week.start && plan.opening.date <= week.end ? plan.opening.date.setZone(ZONE).startOf('day') : week.start;
  const [hour, minute] = (plan.opening.time ?? '07:30').split(':').map(Number) as [number, number];
  const openingStart = openingDay.set({ hour, minute });
  const openingPlace = plan.opening.place;
  const openingPlaceName = places.find((place) => openingPlace?.includes(place.name)) ?? places[0]!;
  const venue = openingPlace ? openingPlace.split(',')[0]!.trim() : `Trụ sở ${unitLike(units, /Giáo dục/u).name}`;
  const rest = openingPlace?.split(',').slice(1).join(',').trim();
  const address = rest ? `${rest}, ${campaign.provinceFull}` : campaign.provinceFull;
  const organiser = unitLike(units, /Giáo dục/u);
  const press = unitLike(units, /Báo|Phát thanh|Truyền hình/u);
  const activity = openingActivity(plan.activities);
  const days = Math.round(week.end.diff(week.start, 'days').days) + 1;

  const event: ExampleFile = {
    path: `content/${CONTENT_FOLDERS.event}/${organiser.id}/le-khai-mac.md`,
    text: [
      '---',
      NOTE,
      `title: ${q(`Lễ khai mạc ${campaign.title}`)}`,
      `description: ${q(`Lễ khai mạc Tuần lễ với chủ đề “${campaign.theme}”.`)}`,
      `start: ${yamlDate(openingStart)}`,
      `end: ${yamlDate(openingStart.plus({ hours: 2 }))}`,
      `venue: ${q(venue)}${openingPlace ? '' : ` # ${REVIEW_NOTE} ghi nơi khai mạc (Kế hoạch không ghi)`}`,
      `address: ${q(address)} # ${REVIEW_NOTE} ghi số nhà, đường`,
      `district: ${q(openingPlaceName.name)}`,
      `unit: ${organiser.id}`,
      `activities: [${activity.id}]`,
      'format: trực tiếp',
      '---',
      `${campaign.issuer} tổ chức Lễ khai mạc ${campaign.title}${plan.opening.time ? ` lúc ${plan.opening.time.replace(':', ' giờ ')}` : ''}, ngày ${shortDate(openingStart)}.`,
      '',
      `Tham dự có đại diện lãnh đạo, các cơ quan, đơn vị, các cơ sở giáo dục, học sinh, sinh viên và nhân dân trên địa bàn ${openingPlaceName.kind} ${openingPlaceName.name}.`,
      '',
    ].join('\n'),
  };

  const published = openingStart.plus({ hours: 3 }).set({ minute: 15 });
  const story: ExampleFile = {
    path: `content/${CONTENT_FOLDERS.story}/${press.id}/khai-mac-tuan-le.md`,
    photo: `content/${CONTENT_FOLDERS.story}/${press.id}/${EXAMPLE_PHOTO}`,
    text: [
      '---',
      NOTE,
      `title: ${q(`${campaign.province} khai mạc ${campaign.title}`)}`,
      `lead: ${q(`${partOfDay(plan.opening.time)} ${openingStart.day}/${openingStart.month}, ${openingPlace ? `tại ${venue}, ` : ''}${campaign.issuer} tổ chức Lễ khai mạc Tuần lễ với chủ đề “${campaign.theme}”.`)}`,
      `published: ${yamlDate(published.hour >= 22 ? openingStart.plus({ minutes: 30 }) : published)}`,
      'authors: [PV]',
      `unit: ${press.id}`,
      `districts: [${q(openingPlaceName.name)}]`,
      `activities: [${activity.id}]`,
      'tags: [khai mạc, học tập suốt đời]',
      'image:',
      `  src: ${EXAMPLE_PHOTO}`,
      '  alt: Ảnh mẫu một màu, thay bằng ảnh Lễ khai mạc',
      '  credit: PV',
      '---',
      `Tuần lễ diễn ra từ ngày ${shortDate(week.start)} đến ngày ${shortDate(week.end)} (${days} ngày) trên địa bàn ${campaign.provinceFull}, theo Kế hoạch${plan.documentNumber ? ` số ${plan.documentNumber}` : ''} của ${campaign.issuer}.`,
      '',
      '## Nhiều hoạt động thiết thực',
      '',
      `Trong Tuần lễ, các cơ quan, đơn vị, ${wording.labelLower} triển khai ${plan.activities.length} nhóm hoạt động của Kế hoạch. Thời gian, địa điểm các hoạt động được cập nhật tại [lịch sự kiện](/lich-su-kien/).`,
      '',
      'Lễ khai mạc là dịp lan tỏa tinh thần tự học, học tập suốt đời trong cán bộ, công chức, viên chức, người lao động và nhân dân.',
      '',
    ].join('\n'),
  };

  const profileDay = week.start.plus({ days: Math.min(1, days - 1) });
  const profileUnit = unitLike(units, /Khuyến học|Giáo dục/u);
  const place = places[0]!;
  const profile: ExampleFile = {
    path: `content/${CONTENT_FOLDERS.profile}/${profileUnit.id}/nguyen-van-a.md`,
    photo: `content/${CONTENT_FOLDERS.profile}/${profileUnit.id}/${EXAMPLE_PHOTO}`,
    text: [
      '---',
      NOTE,
      '# "Nguyễn Văn A" là tên dùng làm mẫu, như trong các biểu mẫu hành chính.',
      'name: Nguyễn Văn A',
      `birthYear: ${campaign.year - 66}`,
      `district: ${q(place.name)}`,
      'occupation: Nông dân, hội viên Chi hội Khuyến học thôn',
      'quote: Học không bao giờ là muộn.',
      'photo:',
      `  src: ${EXAMPLE_PHOTO}`,
      '  alt: Ảnh mẫu một màu, thay bằng ảnh chân dung nhân vật',
      `  credit: ${q(profileUnit.short)}`,
      `unit: ${profileUnit.id}`,
      'consent:',
      `  date: ${week.start.minus({ days: 10 }).toFormat('yyyy-MM-dd')}`,
      `  note: ${q(`Đồng ý bằng văn bản, lưu tại ${profileUnit.short}`)} # ${REVIEW_NOTE} đăng gương thật chỉ khi có văn bản đồng ý của nhân vật`,
      `published: ${yamlDate(profileDay.set({ hour: 8 }))}`,
      `activities: [${activity.id}]`,
      '---',
      `Ở tuổi ngoài sáu mươi, ông Nguyễn Văn A (${place.kind} ${place.name}) vẫn đều đặn đến trung tâm học tập cộng đồng mỗi tối thứ Bảy.`,
      '',
      'Từ lớp kỹ năng số, ông học cách tra cứu thông tin thời tiết, giá nông sản và nộp hồ sơ dịch vụ công trực tuyến. Ông thường chỉ lại cho hàng xóm những điều vừa học.',
      '',
    ].join('\n'),
  };

  const about: ExampleFile = {
    path: `content/${CONTENT_FOLDERS.page}/gioi-thieu.md`,
    text: [
      '---',
      `# ${REVIEW_NOTE} viết lại trang mẫu: cơ quan thực hiện trang tin, cách gửi tin bài`,
      'title: Giới thiệu',
      `description: ${q(`Trang tin ${campaign.title} trên địa bàn ${campaign.provinceFull}.`)}`,
      '---',
      `${campaign.title} được tổ chức trên địa bàn ${campaign.provinceFull} từ ngày ${shortDate(week.start)} đến ngày ${shortDate(week.end)}, theo Kế hoạch${plan.documentNumber ? ` số ${plan.documentNumber}` : ''} của ${campaign.issuer}.`,
      '',
      `## Chủ đề năm ${campaign.year}`,
      '',
      `*“${campaign.theme}”*`,
      '',
      '## Về trang tin này',
      '',
      `Trang tổng hợp [tin tức](/tin-tuc/) về hoạt động của các cơ quan, đơn vị, ${wording.labelLower}; [gương tự học](/guong-tu-hoc/) tiêu biểu và [lịch sự kiện](/lich-su-kien/) trong cả Tuần lễ. Hình ảnh, thông tin về các gương tự học chỉ được đăng khi có sự đồng ý của nhân vật.`,
      '',
    ].join('\n'),
  };
  return [event, story, profile, about];
}

