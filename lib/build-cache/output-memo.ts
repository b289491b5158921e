import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Generated files (feeds, calendars) written again only when what they are
 * made from changed. Inputs are compared one by one with ===: entries kept
 * between watch rebuilds are the same objects while their files are
 * unchanged, so an edit to one story rewrites only the files that list it.
 */
export class OutputMemo {
  private written = new Map<string, readonly unknown[]>();

  /** True when `target` exists and was last written from these same inputs. */
  isCurrent(target: string, inputs: readonly unknown[]): boolean {
    const last = this.written.get(target);
    return Boolean(last && last.length === inputs.length && last.every((input, index) => input === inputs[index]) && existsSync(target));
  }

  /** Writes off the main thread, so the next file can be made meanwhile. */
  async write(target: string, inputs: readonly unknown[], content: string | Buffer): Promise<void> {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    this.written.set(target, [...inputs]);
  }
}
