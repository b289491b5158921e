import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NICE } from '../../lib/build-cache/thread-priority.ts';

// Field 19 of /proc/<pid>/task/<tid>/stat: the thread's nice value.
const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);

describe('background threads at a lower priority', () => {
  it.runIf(process.platform === 'linux')('lowers the calling thread and the processes it starts, not the thread that started it', async () => {
    const before = niceOf(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'));
    const worker = new Worker(new URL('../fixtures/threads/lower-priority.mjs', import.meta.url));
    const report = await new Promise<{ lowered: boolean; nice: number; childNice: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    const lowered = Math.max(before, BACKGROUND_NICE);
    expect(report).toEqual({ lowered: true, nice: lowered, childNice: lowered });
    expect(niceOf(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'))).toBe(before);
  });
});
