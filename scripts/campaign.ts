// npm run campaign -- new <ke-hoach.txt> --dir <thư-mục> [--places <tệp>] [--level huyện|xã] [--province <tên tỉnh>] :
// creates a campaign folder from a plan (usable with SITE_ROOT), then prints what the publishing gate asks the editor to review.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { newCampaignFiles, writeCampaignFolder } from '../lib/campaign/new-campaign.ts';
import { EditorError, runCommand } from '../lib/issues/editor-error.ts';
import { checkSite } from '../lib/check/gate.ts';
import { formatIssue } from '../lib/issues/content-issue.ts';
import { loadSettings } from '../lib/site/settings.ts';
import { siteFolders } from '../lib/site/site-folders.ts';

const USAGE = 'Cách dùng: npm run campaign -- new <ke-hoach.txt> --dir <thư-mục> [--places <tệp địa phương>] [--level huyện|xã] [--province "<tên tỉnh>"]';

await runCommand(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { dir: { type: 'string' }, places: { type: 'string' }, level: { type: 'string' }, province: { type: 'string' } },
  });
  const [command, planFile] = positionals;
  if (command !== 'new' || !planFile || !values.dir) throw new EditorError(USAGE);
  const level = values.level?.replace(/^cấp\s+/u, '');
  if (level !== undefined && level !== 'huyện' && level !== 'xã') throw new EditorError(`--level cần "huyện" hoặc "xã", nhận được "${values.level}"`);
  const read = (file: string, what: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      throw new EditorError(`Không đọc được ${what} ${file}`);
    }
  };
  const files = await newCampaignFiles({
    planText: read(planFile, 'văn bản Kế hoạch'),
    planName: path.basename(planFile),
    ...(values.places ? { placesText: read(values.places, 'danh sách địa phương'), placesName: path.basename(values.places) } : {}),
    ...(level ? { level } : {}),
    ...(values.province ? { province: values.province } : {}),
  });
  writeCampaignFolder(values.dir, files);

  // The same gate `npm run check` runs: what it warns about is the review list, and it stays so until each point is done.
  const folders = siteFolders(values.dir);
  const { issues } = await checkSite(folders, loadSettings(folders.data));
  const errors = issues.filter((issue) => issue.severity === 'error');
  const review = issues.filter((issue) => issue.severity === 'warning');
  const site = `SITE_ROOT=${values.dir}`;
  console.log(`Đã tạo chiến dịch mới trong ${values.dir} (${files.length} tệp): Kế hoạch, cài đặt, đơn vị, địa phương, tên ngắn các hoạt động, khẩu hiệu và một bài mẫu mỗi loại.`);
  console.log(`\nCần xem lại trước khi xuất bản (${review.length} mục):`);
  for (const issue of review) console.log(`  • ${formatIssue(issue)}`);
  if (errors.length) {
    console.log(`\nLỗi (${errors.length}), build sẽ dừng cho đến khi sửa:`);
    for (const issue of errors) console.log(`  • ${formatIssue(issue)}`);
  }
  console.log(
    [
      '',
      'Tiếp theo:',
      `  1. Sửa từng mục trên rồi xóa ghi chú "# KIỂM TRA: …" (tên ngắn hoạt động: "# cần xem lại"); kiểm tra lại: ${site} npm run check`,
      `  2. Build trang: ${site} npm run build (xem trước: ${site} npm start)`,
    ].join('\n'),
  );
  return errors.length ? 1 : 0;
});
