// npm run report [-- --out thư-mục] : writes the results report (Markdown and CSV) from the published content.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand } from '../lib/issues/editor-error.ts';
import { secondTierSentence } from '../lib/plan/report-text.ts';
import { buildResultsReport, reportCsv, reportMarkdown } from '../lib/report/results-report.ts';
import { BuildState } from '../lib/eleventy/build-state.ts';
import { loadSettings } from '../lib/site/settings.ts';
import { siteFolders } from '../lib/site/site-folders.ts';
import { formatDateTimeVi, formatShortDateVi } from '../lib/time/vietnam-time.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: '_site/bao-cao' } } });
await runCommand(async () => {
  const folders = siteFolders(process.env.SITE_ROOT ?? '.');
  const state = new BuildState(folders, loadSettings(folders.data));
  // Content errors end the command through runCommand, listed as the build lists them.
  await state.refresh();
  const report = buildResultsReport(state.site, state.reference, state.settings.now);
  const out = values.out;
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'bao-cao-ket-qua.md'), reportMarkdown(report));
  writeFileSync(path.join(out, 'bao-cao-ket-qua.csv'), reportCsv(report));
  console.log(`Báo cáo tính đến ${formatDateTimeVi(report.now)}; hạn gửi trước ngày ${formatShortDateVi(report.deadline)}.`);
  if (report.secondTier) console.log(secondTierSentence(report.secondTier));
  console.log(`Toàn tỉnh: ${report.totals.events} sự kiện đã tổ chức, ${report.totals.stories} tin bài, ${report.totals.profiles} gương tự học.`);
  console.log(`Đã ghi ${path.join(out, 'bao-cao-ket-qua.md')} và ${path.join(out, 'bao-cao-ket-qua.csv')}.`);
});
