// npm run new -- story "Tiêu đề" --unit bao-thanh-hoa --district "Hoằng Hóa" --activities 1,4 --photo anh.jpg --alt "…" --credit "…"
// Also: profile "Họ tên" … --consent "…"; event "Tên sự kiện" … --start "2023-10-04 08:00" --end … --venue … --address … --format "trực tiếp".
// Asks for what is missing when run in a terminal; writes a valid draft and never overwrites.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { runCommand } from '../lib/issues/editor-error.ts';
import { checkSite } from '../lib/check/gate.ts';
import { formatIssue } from '../lib/issues/content-issue.ts';
import { loadReferenceData } from '../lib/content/reference.ts';
import { missingAnswers, scaffoldPlan, ScaffoldError, type ScaffoldAnswers, type ScaffoldKind } from '../lib/newsroom/scaffold.ts';
import { loadSettings } from '../lib/site/settings.ts';
import { siteFolders } from '../lib/site/site-folders.ts';

const KINDS: Record<string, ScaffoldKind> = { story: 'story', 'tin-bai': 'story', profile: 'profile', 'guong-tu-hoc': 'profile', event: 'event', 'su-kien': 'event' };
const text = { type: 'string' } as const;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    unit: text, district: { type: 'string', multiple: true }, activities: text, author: { type: 'string', multiple: true },
    photo: text, alt: text, credit: text, consent: text, start: text, end: text, venue: text, address: text, format: text, link: text,
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const kind = KINDS[positionals[0] ?? ''];
if (!kind) fail('Cách dùng: npm run new -- story|profile|event "Tiêu đề" [--unit …] [--district …] [--activities 1,4] …');

const answers: Partial<ScaffoldAnswers> = {
  kind,
  title: positionals[1],
  unit: values.unit,
  districts: values.district?.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean),
  activities: values.activities?.split(',').map((value) => Number(value.trim())).filter((value) => Number.isInteger(value)),
  authors: values.author,
  photo: values.photo ? { file: values.photo, alt: values.alt ?? '', credit: values.credit ?? '' } : undefined,
  consent: values.consent,
  start: values.start, end: values.end, venue: values.venue, address: values.address, format: values.format, link: values.link,
};

if (missingAnswers(answers).length && process.stdin.isTTY) {
  const ask = createInterface({ input: process.stdin, output: process.stdout });
  const question = async (label: string) => (await ask.question(`${label}: `)).trim();
  answers.title ||= await question(kind === 'profile' ? 'Họ tên nhân vật' : 'Tiêu đề');
  answers.unit ||= await question('Mã đơn vị (xem data/units.yaml)');
  if (!answers.districts?.length) answers.districts = (await question('Địa phương (ví dụ Hoằng Hóa)')).split(',').map((value) => value.trim()).filter(Boolean);
  if (!answers.activities?.length) answers.activities = (await question('Số hoạt động của Kế hoạch (ví dụ 1,4)')).split(',').map(Number).filter(Number.isInteger);
  if (kind !== 'event' && !answers.photo) answers.photo = { file: await question('Tệp ảnh'), alt: await question('Mô tả ảnh (alt)'), credit: await question('Tác giả ảnh') };
  if (kind === 'profile') answers.consent ||= await question('Nơi lưu văn bản đồng ý của nhân vật');
  if (kind === 'event') {
    answers.start ||= await question('Bắt đầu (2023-10-04 08:00)');
    answers.end ||= await question('Kết thúc');
    answers.venue ||= await question('Nơi tổ chức');
    answers.address ||= await question('Địa chỉ');
    answers.format ||= await question('Hình thức (trực tiếp / trực tuyến / kết hợp)');
  }
  ask.close();
}

await runCommand(async () => {
  const folders = siteFolders(process.env.SITE_ROOT ?? '.');
  const settings = loadSettings(folders.data);
  const reference = loadReferenceData(folders.data);
  try {
    const plan = scaffoldPlan(answers as ScaffoldAnswers, reference, settings.now);
    const target = path.join(folders.content, plan.markdownPath);
    if (existsSync(target)) fail(`Đã có tệp content/${plan.markdownPath}: không ghi đè. Hãy sửa tệp đó hoặc đặt tiêu đề khác.`);
    const before = await checkSite(folders, settings);
    const slug = path.basename(plan.markdownPath, '.md');
    const clash = before.entries.find((entry) => entry.kind === kind && entry.slug === slug);
    if (clash) fail(`Đường dẫn "${slug}" đã được dùng bởi ${clash.file}: không ghi đè. Hãy đặt tiêu đề khác.`);
    if (answers.photo && !existsSync(answers.photo.file)) fail(`Không tìm thấy tệp ảnh ${answers.photo.file}`);

    mkdirSync(path.dirname(target), { recursive: true });
    if (answers.photo && plan.photoPath) {
      const photoTarget = path.join(folders.content, plan.photoPath);
      if (existsSync(photoTarget)) fail(`Đã có ảnh content/${plan.photoPath}: không ghi đè.`);
      copyFileSync(answers.photo.file, photoTarget);
    }
    writeFileSync(target, plan.text, { flag: 'wx' });

    const file = `content/${plan.markdownPath}`;
    const after = await checkSite(folders, settings);
    const own = after.issues.filter((issue) => issue.file === path.relative(folders.root, target).split(path.sep).join('/') && issue.severity !== 'info');
    console.log(`Đã tạo ${file}${plan.photoPath ? ` và ảnh content/${plan.photoPath}` : ''} (bản nháp).`);
    for (const issue of own) console.log(`  ${formatIssue(issue)}`);
    console.log('Mở tệp để viết bài, xem trước bằng npm start, kiểm tra bằng npm run check; khi bài đã duyệt, xóa dòng draft: true.');
  } catch (error) {
    if (error instanceof ScaffoldError) fail(error.message);
    throw error;
  }
});
