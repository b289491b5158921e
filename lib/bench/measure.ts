import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import path from 'node:path';

const RSS_PRELOAD = path.resolve(import.meta.dirname, 'report-rss.cjs');

export interface BuildMeasure {
  seconds: number;
  maxRssMb: number;
  output: string;
}

export function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs one build as a child process and measures its wall time and peak memory. */
export function measureBuild(nodeArgs: string[], env: Record<string, string>, cwd: string): BuildMeasure {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', RSS_PRELOAD, ...nodeArgs], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`Build lỗi:\n${output.slice(-4000)}`);
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(output)?.[1] ?? 0);
  return { seconds, maxRssMb: rss / 1024, output };
}

/**
 * Starts a build in watch mode, then edits one file `edits` times, each time
 * measuring from the save to Eleventy's "Wrote … files" line. The file is
 * restored afterwards by the caller (it only gets lines appended).
 */
export async function measureWatchEdits(nodeArgs: string[], env: Record<string, string>, cwd: string, file: string, edits: number): Promise<number[]> {
  const child = spawn(process.execPath, [...nodeArgs, '--watch'], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let buffer = '';
  const waiters: ((line: string) => void)[] = [];
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (/Wrote \d+ files/.test(line)) waiters.shift()?.(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const nextWrite = () => new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Hết giờ chờ build lại')), 300_000);
    waiters.push((line) => {
      clearTimeout(timer);
      resolve(line);
    });
  });
  try {
    await nextWrite();
    const times: number[] = [];
    for (let edit = 1; edit <= edits; edit += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const written = nextWrite();
      const started = performance.now();
      appendFileSync(file, `\nCập nhật thử số ${edit}.\n`);
      await written;
      times.push((performance.now() - started) / 1000);
    }
    return times;
  } finally {
    child.kill('SIGTERM');
  }
}
