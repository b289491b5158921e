import Eleventy from '@11ty/eleventy';
import { editorErrorIn } from '../check/editor-error.ts';

/** What Eleventy's error handler writes through: silenced, because the launcher reports each error once, in Vietnamese. */
const SILENT_LOGGER = { log() {}, info() {}, warn() {}, error() {}, message() {}, logWithOptions() {}, forceLog() {}, closeStream() {}, isVerbose: false };

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
    const eleventy = new Eleventy(undefined, options.output, { source: 'cli', configPath: '.eleventy.ts', runMode: 'build' });
    // Eleventy would print the error itself (in English, wrapped) before rethrowing it.
    (eleventy.errorHandler as { logger: unknown }).logger = SILENT_LOGGER;
    // Nor its closing line of a failed build ("Wrote 0 files", in red): the report says what happened.
    const logger = eleventy.logger as { logWithOptions: (options: { color?: string }) => void };
    const log = logger.logWithOptions.bind(logger);
    logger.logWithOptions = (line) => (line.color === 'red' ? undefined : log(line));
    await eleventy.write();
    return 0;
  } catch (error) {
    const editorError = editorErrorIn(error);
    if (editorError) print(`${editorError.message}\nKhông xuất bản gì: sửa các lỗi trên rồi chạy lại.`);
    else print(`Lỗi khi dựng trang (lỗi của chương trình, không phải của nội dung; báo cho nhóm kỹ thuật):\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
