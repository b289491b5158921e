// npm run bench:corpus -- 4000 [--out .cache/bench/corpus-4000] [--seed 2023] : writes a synthetic site root to build from.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../lib/bench/corpus.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, seed: { type: 'string', default: '2023' } } });
const stories = Number(positionals[0] ?? 1000);
if (!Number.isInteger(stories) || stories < 1) {
  console.error('Cần số tin bài, ví dụ: npm run bench:corpus -- 4000');
  process.exit(1);
}
const outDir = path.resolve(values.out ?? `.cache/bench/corpus-${stories}`);
const summary = generateCorpus({ projectDir: process.cwd(), outDir, stories, seed: Number(values.seed) });
console.log(`Đã tạo ${summary.stories} tin bài, ${summary.profiles} gương tự học, ${summary.events} sự kiện trong ${outDir}`);
console.log(`Build thử: SITE_ROOT=${outDir} npm run build`);
