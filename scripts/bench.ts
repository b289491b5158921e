// npm run bench [-- --sizes 1000,4000 --runs 3] : the full site against a bare Eleventy build of the same Markdown, in the same run.
// npm run bench -- --quick : small corpora, one run each; CI runs it so the benchmark keeps working (targets are not judged).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareSite } from '../lib/bench/bare-site.ts';
import { generateCorpus } from '../lib/bench/corpus.ts';
import { measureBuild, measureWatchEdits, median, type BuildMeasure } from '../lib/bench/measure.ts';
import { homePageTransfer, PAGE_BUDGETS, scriptsOf, storyPageBytes, unsizedImages } from '../lib/bench/page-budgets.ts';
import { formatDecimalVi, formatSeconds } from '../lib/text/numbers.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,4000' },
    runs: { type: 'string', default: '3' },
    edits: { type: 'string', default: '3' },
    'cold-all': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
  },
});
if (values.quick) Object.assign(values, { sizes: '40,160', runs: '1', edits: '1' });
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const project = process.cwd();
const cacheDirs = ['.cache/img', '.cache/banners'];
// As npm run build runs it (a larger young generation: fewer garbage collections); the bare build gets the same.
const eleventy = ['--max-semi-space-size=32', '--import', 'tsx', 'node_modules/@11ty/eleventy/cmd.cjs'];
const fmt = (seconds: number) => formatSeconds(seconds * 1000, 2);
const mb = (value: number) => `${Math.round(value)} MB`;
const kb = (bytes: number) => `${formatDecimalVi(bytes / 1024, 1)} KB`;
const results = new Map<number, { full: number; bare: number }>();
let failed = false;
const verdict = (ok: boolean) => {
  failed ||= !ok;
  return ok ? 'đạt' : 'CHƯA ĐẠT';
};

for (const size of sizes) {
  const root = path.resolve(`.cache/bench/corpus-${size}`);
  const corpus = generateCorpus({ projectDir: project, outDir: root, stories: size });
  const bareDir = path.resolve(`.cache/bench/bare-${size}`);
  const bareConfig = writeBareSite(bareDir, path.join(root, 'content'));
  const fullArgs = (out: string) => [...eleventy, '--config=.eleventy.ts', `--output=${out}`];
  const bareArgs = (out: string) => [...eleventy, `--config=${bareConfig}`, `--output=${out}`];
  const env = { SITE_ROOT: root, PREVIEW: '', TUAN_LE_TIMINGS: '1' };
  console.log(`\n== ${corpus.stories} tin bài, ${corpus.profiles} gương tự học, ${corpus.events} sự kiện ==`);

  // Outputs of an earlier benchmark are deleted before the cold build, whose minutes of image work absorb the cost.
  const runsDir = path.join(bareDir, 'runs');
  rmSync(runsDir, { recursive: true, force: true });

  // Cold: empty photo and share-card caches, stages reported by the build itself. Measured at the first
  // size only (every story's share card is rendered once: minutes at 4,000); other sizes get an unmeasured warm-up.
  if (size === sizes[0] || values['cold-all']) {
    for (const dir of cacheDirs) rmSync(dir, { recursive: true, force: true });
  }
  const cold = measureBuild(fullArgs(path.join(runsDir, 'cold')), env, project);
  const label = size === sizes[0] || values['cold-all'] ? 'Build lạnh (bộ nhớ đệm ảnh trống)' : 'Build làm nóng (ảnh chia sẻ mới của kho này)';
  console.log(`${label}: ${fmt(cold.seconds)}, bộ nhớ đỉnh ${mb(cold.maxRssMb)}`);
  for (const line of cold.output.split('\n').filter((text) => text.includes('Giai đoạn:'))) console.log(`  ${line.trim()}`);

  // Every run writes into a folder of its own: on this disk, deleting a site's thousands of
  // folders slows the file writes of the next seconds, which would land on whichever build came next.
  const full: BuildMeasure[] = [];
  const bare: BuildMeasure[] = [];
  for (let run = 0; run < runs; run += 1) {
    full.push(measureBuild(fullArgs(path.join(runsDir, `full-${run}`)), env, project));
    bare.push(measureBuild(bareArgs(path.join(runsDir, `bare-${run}`)), {}, project));
  }
  const fullTime = median(full.map((m) => m.seconds));
  const bareTime = median(bare.map((m) => m.seconds));
  const peak = Math.max(...full.map((m) => m.maxRssMb));
  results.set(size, { full: fullTime, bare: bareTime });
  console.log(`Build ấm, toàn bộ trang (trung vị ${runs} lần): ${fmt(fullTime)}, bộ nhớ đỉnh ${mb(peak)}`);
  console.log(`Eleventy trần cùng Markdown: ${fmt(bareTime)}, bộ nhớ đỉnh ${mb(Math.max(...bare.map((m) => m.maxRssMb)))}`);
  console.log(`Tỉ lệ toàn bộ/trần: ${formatDecimalVi(fullTime / bareTime, 2)}× — ${verdict(fullTime / bareTime <= 2)} (mục tiêu ≤ 2×)`);
  console.log(`Bộ nhớ đỉnh: ${mb(peak)} — ${verdict(peak < 1536)} (mục tiêu < 1,5 GB)`);

  // Page budgets on the site just built.
  const site = path.join(runsDir, 'full-0');
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html'));
  const entryPages = pages.filter((file) => /^(tin-tuc|guong-tu-hoc)\/[^/]+\/index\.html$/.test(file) && !file.includes('trang-'));
  const storyBytes = Math.max(...entryPages.filter((file) => file.startsWith('tin-tuc/')).slice(0, 200).map((file) => storyPageBytes(site, `/${path.dirname(file)}/`)));
  const scripts = entryPages.filter((file) => scriptsOf(readFileSync(path.join(site, file), 'utf8')).length > 0).length;
  const unsized = pages.reduce((sum, file) => sum + unsizedImages(readFileSync(path.join(site, file), 'utf8')).length, 0);
  const home = await homePageTransfer(site);
  console.log(`Ngân sách trang: tin bài lớn nhất ${kb(storyBytes)} HTML+CSS nén — ${verdict(storyBytes < PAGE_BUDGETS.storyBytes)} (< 40 KB); trang tin/gương có JavaScript: ${scripts} — ${verdict(scripts === 0)}; ảnh thiếu width/height: ${unsized} — ${verdict(unsized === 0)}; trang chủ trên điện thoại tải ${kb(home)} — ${verdict(home < PAGE_BUDGETS.homeBytes)} (< 300 KB)`);

  // Watch mode: edit one story, time until the pages are written again. The site is watched the way
  // npm start runs it (incremental); bare Eleventy with its default watch, and incremental for reference.
  const stories = readdirSync(path.join(root, 'content/tin-tuc')).filter((name) => name.endsWith('.md')).sort();
  const storyFile = path.join(root, 'content/tin-tuc', stories[Math.floor(stories.length / 2)]!);
  const original = readFileSync(storyFile, 'utf8');
  const watch = async (args: string[], watchEnv: Record<string, string>) => {
    try {
      return median(await measureWatchEdits(args, watchEnv, project, storyFile, Number(values.edits)));
    } finally {
      writeFileSync(storyFile, original);
    }
  };
  const fullWatch = await watch([...fullArgs(path.join(bareDir, 'out-watch')), '--incremental'], env);
  const bareWatch = await watch(bareArgs(path.join(bareDir, 'out-watch-bare')), {});
  const bareIncremental = await watch([...bareArgs(path.join(bareDir, 'out-watch-bare-inc')), '--incremental'], {});
  console.log(`Sửa một tin khi đang xem trước (--watch --incremental, như npm start): toàn bộ trang ${fmt(fullWatch)}`);
  console.log(`  Eleventy trần --watch: ${fmt(bareWatch)} — tỉ lệ ${formatDecimalVi(fullWatch / bareWatch, 2)}× ${verdict(fullWatch / bareWatch <= 1.25)} (mục tiêu ≤ 1,25×)`);
  console.log(`  Eleventy trần --watch --incremental (tham khảo): ${fmt(bareIncremental)} — tỉ lệ ${formatDecimalVi(fullWatch / bareIncremental, 2)}×`);
}

const [small, large] = sizes;
if (small && large && results.has(small) && results.has(large)) {
  const growth = results.get(large)!.full / results.get(small)!.full;
  console.log(`\nTăng theo quy mô: ${large}/${small} tin = ${formatDecimalVi(growth, 2)}× thời gian — ${verdict(growth <= (large / small) * 1.125)} (mục tiêu ≤ ${formatDecimalVi((large / small) * 1.125, 1)}×)`);
}
if (values.quick) console.log('\n(--quick: kho nhỏ, mỗi phép đo một lần; chỉ để chắc benchmark chạy được, không xét mục tiêu.)');
process.exitCode = failed && !values.quick ? 1 : 0;

