import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The nice value of background work: the kernel then gives the cores to page rendering first. */
export const BACKGROUND_NICE = 10;

/**
 * Lowers the priority of the calling thread, and of the processes it starts
 * from then on (they inherit it); never raises it. On Linux a thread has its
 * own nice value; elsewhere, or if the system refuses, the thread keeps its
 * priority.
 */
export function lowerThreadPriority(nice = BACKGROUND_NICE): boolean {
  try {
    // "<pid>/task/<tid>" for the thread that reads it.
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (getPriority(threadId) < nice) setPriority(threadId, nice);
    return true;
  } catch {
    return false;
  }
}
