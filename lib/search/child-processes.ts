import childProcess, { type ChildProcess } from 'node:child_process';

/**
 * The processes a piece of work starts through `child_process.spawn`, so the
 * caller can wait for them to end. Pagefind's `close()` kills its backend
 * without waiting; a worker thread that ends at once leaves the killed process
 * unreaped (a zombie per preview rebuild), since only the thread that started
 * a process collects its exit.
 */
export function recordSpawns(): { processes: ChildProcess[]; stop: () => void } {
  const processes: ChildProcess[] = [];
  const spawn = childProcess.spawn;
  childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
    const started = spawn(...args);
    processes.push(started);
    return started;
  }) as typeof spawn;
  return { processes, stop: () => (childProcess.spawn = spawn) };
}

/** Settles when every process has exited, or after `limitMs` (a timer keeps the thread alive meanwhile). */
export async function exited(processes: readonly ChildProcess[], limitMs = 5000): Promise<void> {
  const running = processes.filter((process) => process.exitCode === null && process.signalCode === null);
  if (running.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(running.map((process) => new Promise((resolve) => process.once('exit', resolve)))),
    new Promise((resolve) => (timer = setTimeout(resolve, limitMs))),
  ]);
  clearTimeout(timer);
}
