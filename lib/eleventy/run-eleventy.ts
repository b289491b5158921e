import { existsSync } from 'node:fs';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { editorErrorIn } from '../issues/editor-error.ts';

/** What Eleventy's error handler writes through: silenced, because the launcher reports each error once, in Vietnamese. */
const SILENT_LOGGER = { log() {}, info() {}, warn() {}, error() {}, message() {}, logWithOptions() {}, forceLog() {}, closeStream() {}, isVerbose: false };

/**
 * Eleventy with its own error report silenced (it would print the error in
 * English, wrapped, before rethrowing it), and its closing line of a failed
 * build ("Wrote 0 files", in red): the launcher reports what happened.
 */
function quiet(eleventy: Eleventy): Eleventy {
  (eleventy.errorHandler as { logger: unknown }).logger = SILENT_LOGGER;
  const logger = eleventy.logger as { logWithOptions: (options: { color?: string }) => void };
  const log = logger.logWithOptions.bind(logger);
  logger.logWithOptions = (line) => (line.color === 'red' ? undefined : log(line));
  return eleventy;
}

/** An editor's error as its own Vietnamese text and what to do next; a fault in the program with its stack, for developers. */
function failureText(error: unknown, nextStep: string, programHeading: string): string {
  const editorError = editorErrorIn(error);
  if (editorError) return `${editorError.message}\n${nextStep}`;
  return `${programHeading} (lỗi của chương trình, không phải của nội dung; báo cho nhóm kỹ thuật):\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

/**
 * Builds the site with the project's config, as `npm run build` does, and
 * reports failure the way an editor can act on it: a content or settings
 * problem as its own Vietnamese text, once, without Eleventy's English wrapper
 * or a stack trace; anything else (a fault in the code) with its stack, for
 * developers. Returns the exit code.
 */
export async function buildWithEleventy(options: { output?: string; print?: (text: string) => void } = {}): Promise<number> {
  const print = options.print ?? ((text: string) => console.error(text));
  try {
    // As Eleventy's CLI does: with source 'cli' the output folder given here wins over the config's.
    const eleventy = quiet(new Eleventy(undefined, options.output, { source: 'cli', configPath: '.eleventy.ts', runMode: 'build' }));
    await eleventy.write();
    return 0;
  } catch (error) {
    print(failureText(error, 'Không xuất bản gì: sửa các lỗi trên rồi chạy lại.', 'Lỗi khi dựng trang'));
    return 1;
  }
}

/**
 * Eleventy 3.1's incremental rebuild renders one changed file and what
 * depends on it; it fails on a file it has not built before ("templateRender
 * has not yet initialized") and takes only the first of several files saved
 * together. A new, deleted or non-template file (data, settings), or several
 * at once, therefore rebuild the whole preview, as `npm run build` would.
 */
function rebuildWholeSiteWhenNeeded(eleventy: Eleventy): void {
  const events = (eleventy as unknown as { config: { events: { on: (name: string, handler: (arg: never) => void) => void } } }).config.events;
  const built = new Set<string>();
  events.on('eleventy.after', ({ results }: { results: { inputPath?: string }[] }) => {
    for (const result of results) if (result.inputPath) built.add(path.resolve(result.inputPath));
  });
  events.on('eleventy.beforeWatch', (queue: string[]) => {
    const [only] = queue.map((file) => path.resolve(file));
    eleventy.setIncrementalBuild(queue.length === 1 && only !== undefined && built.has(only) && existsSync(only));
  });
}

/**
 * `npm start`: builds a preview (drafts and embargoed entries shown, marked),
 * serves it with live reload and rebuilds what changed on every save. Content
 * errors never stop it: the preview shows them in place of its pages (see
 * previewPlugin). Resolves with the exit code once the server has stopped;
 * a content or settings error at the very first build is printed in
 * Vietnamese and ends it, as there is nothing to show yet.
 */
export async function previewWithEleventy(options: { port?: number; print?: (text: string) => void } = {}): Promise<number> {
  const print = options.print ?? ((text: string) => console.error(text));
  let eleventy: Eleventy | undefined;
  try {
    eleventy = quiet(new Eleventy(undefined, undefined, { source: 'cli', configPath: '.eleventy.ts', runMode: 'serve' }));
    eleventy.setIncrementalBuild(true);
    await eleventy.init();
    rebuildWholeSiteWhenNeeded(eleventy);
    await eleventy.watch();
    // Running: content errors show as the error page, never as thrown errors; a fault in the program during a rebuild is printed by Eleventy again.
    (eleventy.errorHandler as { logger: unknown }).logger = eleventy.logger;
  } catch (error) {
    print(failureText(error, 'Chưa mở được bản xem trước: sửa lỗi trên rồi chạy lại npm start.', 'Lỗi khi mở bản xem trước'));
    await eleventy?.stopWatch().catch(() => undefined);
    return 1;
  }
  const running = eleventy;
  // Serving lasts until Ctrl+C: the command waits on the promise below, which the stop signal settles.
  void running.serve(options.port ?? 8080);
  return new Promise((resolve) => {
    // A signal handler returns nothing: the stop is awaited through resolve().
    const stop = () => void running.stopWatch().finally(() => resolve(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
