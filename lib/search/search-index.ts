import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lowerThreadPriority } from '../site/thread-priority.ts';
import { exited, recordSpawns } from './child-processes.ts';
import { timeStage } from '../site/timing.ts';
import { isoDateTime } from '../time/vietnam-time.ts';
import { writeDateOrder } from './date-order.ts';
import { withBody } from './indexed-body.ts';
import type { SearchRecord } from './search-records.ts';

/** The folder under the output that holds the index and the search library. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** A search record as sent to the indexing thread: plain values only. */
export interface IndexJob {
  outputDir: string;
  records: { url: string; html: string; date: string; markdown?: string }[];
}

/**
 * Writes a Pagefind index of the records into the output folder and stops
 * Pagefind. Pagefind indexes in its own process; this runs on a worker thread
 * (see writeSearchIndexInBackground) so that its messages to and from that
 * process are not held up while the main thread renders pages.
 */
export async function writeSearchIndex({ outputDir, records }: IndexJob): Promise<void> {
  // Background work: this thread and the Pagefind process leave the cores to rendering first.
  lowerThreadPriority();
  // Loaded in the indexing thread only; the Pagefind process it starts is waited for (see recordSpawns).
  const spawns = recordSpawns();
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Không tạo được chỉ mục tìm kiếm: ${errors.join('; ')}`);
    const problems: string[] = [];
    await timeStage('Pagefind đọc các trang', () =>
      Promise.all(
        records.map(async ({ url, html, markdown }) => {
          const added = await index.addHTMLFile({ url, content: withBody(html, markdown) });
          if (added.errors.length) problems.push(`${url}: ${added.errors.join('; ')}`);
        }),
      ),
    );
    if (problems.length) throw new Error(`Không đưa được trang vào chỉ mục tìm kiếm: ${problems.join(' | ')}`);
    const bundleDir = path.join(outputDir, SEARCH_BUNDLE_DIR);
    const written = await timeStage('Pagefind ghi chỉ mục', () => index.writeFiles({ outputPath: bundleDir }));
    if (written.errors.length) throw new Error(`Không ghi được chỉ mục tìm kiếm: ${written.errors.join('; ')}`);
    await timeStage('thứ tự ngày cho tìm kiếm', async () => writeDateOrder(bundleDir, new Map(records.map((record) => [record.url, record.date]))));
  } finally {
    await pagefind.close();
    spawns.stop();
    await exited(spawns.processes);
  }
}

/**
 * Builds and writes the index on a worker thread while the caller goes on
 * (Eleventy rendering); settles when the index is written, rejects with the
 * reason it could not be.
 */
export function writeSearchIndexInBackground(outputDir: string, records: readonly SearchRecord[]): Promise<void> {
  const job: IndexJob = { outputDir, records: records.map(({ url, html, date, markdown }) => ({ url, html, date: isoDateTime(date), ...(markdown === undefined ? {} : { markdown }) })) };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-index-worker.mjs', import.meta.url), { workerData: job });
    let settled = false;
    worker.once('message', (message: { error?: string }) => {
      settled = true;
      // The index is written (or failed): nothing is left for the thread to do, even while watching.
      void worker.terminate();
      if (message.error) reject(new Error(message.error));
      else resolve();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`Không ghi được chỉ mục tìm kiếm: Pagefind dừng giữa chừng (mã ${code})`));
    });
  });
}
