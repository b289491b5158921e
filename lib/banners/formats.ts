/**
 * The banner kit's formats: print (street banner, A3 poster) and social
 * (covers, share image, post, story, thumbnail). Sizes are in pixels; print
 * formats also give their physical size and resolution.
 *
 * Safe margins are where text must not go: a platform's crop or overlay, or
 * the part of a printed banner taken by eyelets, ropes and battens. Text is
 * fitted inside `width − left − right` × `height − top − bottom`.
 */

export type BannerOutput = 'png' | 'jpeg' | 'pdf';

export interface SafeMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface BannerFormat {
  /** ASCII slug, used in file names. */
  id: string;
  /** Vietnamese name shown on the kit page and in the build log. */
  name: string;
  /** What it is for, in one Vietnamese sentence. */
  use: string;
  width: number;
  height: number;
  dpi: number;
  /** Physical size of print formats, in millimetres. */
  printSize?: { widthMm: number; heightMm: number };
  safe: SafeMargins;
  /** Why the margins are where they are (Vietnamese, for the kit page). */
  safeNote: string;
  /** Smallest font size (px) of the slogan line still readable at this format's viewing distance or display size. */
  minFontSize: number;
  outputs: BannerOutput[];
}

/**
 * Pixels for a length in millimetres at a resolution.
 * @example mmToPx(297, 300) === 3508
 */
export function mmToPx(mm: number, dpi: number): number {
  return Math.round((mm / 25.4) * dpi);
}

const all = (px: number): SafeMargins => ({ top: px, right: px, bottom: px, left: px });

export const BANNER_FORMATS: readonly BannerFormat[] = [
  {
    id: 'bang-ron-6m',
    name: 'băng rôn 6 m',
    use: 'Băng rôn treo đường phố, cổng trường, cổng cơ quan (6 m × 0,8 m).',
    // 6000 mm × 800 mm at 100 dpi: enough for a banner read from the street; too large for a PDF page (14 400 pt limit).
    width: mmToPx(6000, 100),
    height: mmToPx(800, 100),
    dpi: 100,
    printSize: { widthMm: 6000, heightMm: 800 },
    safe: { top: mmToPx(50, 100), bottom: mmToPx(50, 100), left: mmToPx(100, 100), right: mmToPx(100, 100) },
    safeNote: 'Chừa 5 cm trên, dưới và 10 cm mỗi đầu cho khoen, dây buộc và nẹp.',
    // About 10 cm letters: readable from roughly 30 m.
    minFontSize: 400,
    outputs: ['png'],
  },
  {
    id: 'ap-phich-a3',
    name: 'áp phích A3',
    use: 'Áp phích A3 dán bảng tin, thư viện, lớp học; in màu 300 dpi.',
    width: mmToPx(297, 300),
    height: mmToPx(420, 300),
    dpi: 300,
    printSize: { widthMm: 297, heightMm: 420 },
    safe: all(mmToPx(15, 300)),
    safeNote: 'Chừa 15 mm quanh mép: máy in văn phòng không in sát mép và khi xén giấy không mất chữ.',
    // 120 px at 300 dpi ≈ 10 mm (29 pt).
    minFontSize: 120,
    outputs: ['png', 'pdf'],
  },
  {
    id: 'anh-bia-facebook',
    name: 'ảnh bìa Facebook',
    use: 'Ảnh bìa trang (fanpage) Facebook của đơn vị.',
    // Twice Facebook's desktop display size (820 × 312), sharp on high-density screens.
    width: 1640,
    height: 624,
    dpi: 72,
    // Phones show the cover at 640 × 360: the middle two thirds of the width. The page's avatar overlaps the bottom edge.
    safe: { top: 40, right: 280, bottom: 90, left: 280 },
    safeNote: 'Điện thoại chỉ hiện phần giữa (cắt khoảng 1/6 mỗi bên); ảnh đại diện của trang che một phần mép dưới.',
    minFontSize: 44,
    outputs: ['png', 'jpeg'],
  },
  {
    id: 'anh-chia-se',
    name: 'ảnh chia sẻ 1200 × 630',
    use: 'Ảnh kèm liên kết khi chia sẻ lên Facebook, Zalo, Messenger.',
    width: 1200,
    height: 630,
    dpi: 72,
    // Some apps crop link previews towards a square or 2:1: keep text away from the edges.
    safe: { top: 50, right: 70, bottom: 60, left: 70 },
    safeNote: 'Một số ứng dụng cắt bớt hai bên hoặc trên dưới ảnh xem trước liên kết.',
    minFontSize: 40,
    outputs: ['png', 'jpeg'],
  },
  {
    id: 'bai-dang-vuong',
    name: 'bài đăng vuông 1080 × 1080',
    use: 'Ảnh đăng bài trên Facebook, Zalo, Instagram.',
    width: 1080,
    height: 1080,
    dpi: 72,
    safe: all(80),
    safeNote: 'Lưới xem trước trên trang cá nhân có thể cắt sát mép.',
    minFontSize: 48,
    outputs: ['png', 'jpeg'],
  },
  {
    id: 'story',
    name: 'story 1080 × 1920',
    use: 'Tin 24 giờ (story) trên Facebook, Zalo, Instagram.',
    width: 1080,
    height: 1920,
    dpi: 72,
    // Top: progress bar, account name; bottom: reply box and reactions.
    safe: { top: 250, right: 90, bottom: 340, left: 90 },
    safeNote: 'Phía trên có thanh thời gian và tên tài khoản, phía dưới có ô trả lời: không đặt chữ ở đó.',
    minFontSize: 56,
    outputs: ['png', 'jpeg'],
  },
  {
    id: 'youtube',
    name: 'ảnh thu nhỏ YouTube',
    use: 'Ảnh thu nhỏ (thumbnail) cho video lễ khai mạc, tọa đàm trên YouTube.',
    width: 1280,
    height: 720,
    dpi: 72,
    // The duration badge sits in the bottom-right corner and the watched-progress bar along the bottom edge.
    safe: { top: 60, right: 90, bottom: 130, left: 90 },
    safeNote: 'Góc dưới bên phải có nhãn thời lượng video, mép dưới có thanh tiến trình đã xem.',
    // Thumbnails are mostly seen small (about 250 px wide in lists).
    minFontSize: 64,
    outputs: ['png', 'jpeg'],
  },
  {
    id: 'anh-bia-zalo',
    name: 'ảnh bìa Zalo OA',
    use: 'Ảnh bìa tài khoản Zalo Official Account của đơn vị.',
    // Zalo OA cover: 1500 × 1000 px (3:2), the size Vietnamese OA guides give at the time of writing (2023–2025).
    // Zalo's own pages (oa.zalo.me) could not be checked from here: confirm it in the OA admin before uploading, and
    // change it here if Zalo changes it (the kit re-renders on its own, the cache key includes the format).
    width: 1500,
    height: 1000,
    dpi: 72,
    // The app shows the cover behind the OA's avatar and name (lower part) and crops the sides on narrow phones.
    safe: { top: 120, right: 160, bottom: 300, left: 160 },
    safeNote: 'Ảnh đại diện và tên OA nằm đè lên phần dưới ảnh bìa; điện thoại hẹp cắt bớt hai bên.',
    minFontSize: 48,
    outputs: ['png', 'jpeg'],
  },
];

/** The format with this id; throws naming the id when there is none. */
export function bannerFormat(id: string): BannerFormat {
  const format = BANNER_FORMATS.find((candidate) => candidate.id === id);
  if (!format) throw new Error(`Không có khổ "${id}" trong bộ nhận diện (có: ${BANNER_FORMATS.map((item) => item.id).join(', ')})`);
  return format;
}

/**
 * The printed size in Vietnamese, in metres from one metre up, else in millimetres.
 * @example printSizeLabel({ widthMm: 6000, heightMm: 800 }) === '6 m × 0,8 m'
 * @example printSizeLabel({ widthMm: 297, heightMm: 420 }) === '297 × 420 mm'
 */
export function printSizeLabel(size: { widthMm: number; heightMm: number }): string {
  if (Math.max(size.widthMm, size.heightMm) >= 1000) {
    const metres = (mm: number) => `${(mm / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 2 })} m`;
    return `${metres(size.widthMm)} × ${metres(size.heightMm)}`;
  }
  return `${size.widthMm} × ${size.heightMm} mm`;
}
