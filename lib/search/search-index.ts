import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lowerThreadPriority } from '../build-cache/thread-priority.ts';
import { exited, recordSpawns } from './child-processes.ts';
import { timeStage } from '../build-cache/timing.ts';
import { isoDateTime } from '../time/vietnam-time.ts';
import { writeDateOrder } from './date-order.ts';
import { withBody } from './indexed-body.ts';
import { PARTS_FILE, partsList, searchParts } from './search-parts.ts';
import type { SearchRecord } from './search-records.ts';

/** The folder under the output that holds the index and the search library. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** A search record as sent to the indexing thread: plain values only. */
export interface IndexJob {
  outputDir: string;
  records: { url: string; html: string; date: string; markdown?: string }[];
  /** Pages in each part of the index (see search-parts.ts). */
  pagesPerPart: number;
}

/** What an older part keeps: its index, not a second copy of the search library. */
const PART_FILES = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|fragment|filter)$/;

/** Removes the older parts a previous build wrote (the archive may have been split differently). */
function removeOlderParts(bundleDir: string): void {
  for (const name of readdirSync(bundleDir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && /^phan-\d+$/.test(entry.name))) {
    rmSync(path.join(bundleDir, name.name), { recursive: true, force: true });
  }
}

function keepOnlyTheIndex(partDir: string): void {
  for (const name of readdirSync(partDir).filter((name) => !PART_FILES.test(name))) rmSync(path.join(partDir, name), { recursive: true, force: true });
}

/**
 * Writes a Pagefind index of the records into the output folder and stops
 * Pagefind. Pagefind indexes in its own process; this runs on a worker thread
 * (see writeSearchIndexInBackground) so that its messages to and from that
 * process are not held up while the main thread renders pages.
 */
export async function writeSearchIndex({ outputDir, records, pagesPerPart }: IndexJob): Promise<void> {
  // Background work: this thread and the Pagefind process leave the cores to rendering first.
  lowerThreadPriority();
  // Loaded in the indexing thread only; the Pagefind process it starts is waited for (see recordSpawns).
  const spawns = recordSpawns();
  const pagefind = await import('pagefind');
  try {
    const parts = searchParts(records, pagesPerPart);
    const indexes = await Promise.all(
      parts.map(async () => {
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Không tạo được chỉ mục tìm kiếm: ${errors.join('; ')}`);
        return index;
      }),
    );
    const problems: string[] = [];
    await timeStage('Pagefind đọc các trang', () =>
      Promise.all(
        parts.flatMap((part, number) =>
          part.pages.map(async ({ url, html, markdown }) => {
            const added = await indexes[number]!.addHTMLFile({ url, content: withBody(html, markdown) });
            if (added.errors.length) problems.push(`${url}: ${added.errors.join('; ')}`);
          }),
        ),
      ),
    );
    if (problems.length) throw new Error(`Không đưa được trang vào chỉ mục tìm kiếm: ${problems.join(' | ')}`);
    const bundleDir = path.join(outputDir, SEARCH_BUNDLE_DIR);
    await timeStage('Pagefind ghi chỉ mục', async () => {
      for (const [number, part] of parts.entries()) {
        const partDir = path.join(bundleDir, part.folder);
        const written = await indexes[number]!.writeFiles({ outputPath: partDir });
        if (written.errors.length) throw new Error(`Không ghi được chỉ mục tìm kiếm: ${written.errors.join('; ')}`);
        if (number === 0) removeOlderParts(bundleDir);
        else keepOnlyTheIndex(partDir);
      }
    });
    writeFileSync(path.join(bundleDir, PARTS_FILE), JSON.stringify(partsList(parts)));
    await timeStage('thứ tự ngày cho tìm kiếm', () => writeDateOrder(bundleDir, new Map(records.map((record) => [record.url, record.date]))));
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
export function writeSearchIndexInBackground(outputDir: string, records: readonly SearchRecord[], pagesPerPart: number): Promise<void> {
  const job: IndexJob = { outputDir, pagesPerPart, records: records.map(({ url, html, date, markdown }) => ({ url, html, date: isoDateTime(date), ...(markdown === undefined ? {} : { markdown }) })) };
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
