import { formatSeconds } from '../text/numbers.ts';

/**
 * Per-stage build times for the benchmark (TUAN_LE_TIMINGS=1): one line per
 * stage, e.g. "Giai đoạn: nguồn tin RSS 0,42 s". Silent otherwise.
 */
export async function timeStage<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    logStage(name, started);
  }
}

export function logStage(name: string, started: number): void {
  if (!process.env.TUAN_LE_TIMINGS) return;
  console.log(`Giai đoạn: ${name} ${formatSeconds(performance.now() - started, 2)}`);
}
