// Worker-thread entry for writeSearchIndexInBackground (search-index.ts). Plain JavaScript:
// on Node 20 a worker does not inherit the parent's TypeScript loader, so it registers tsx itself.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { writeSearchIndex } = await import('./search-index.ts');
writeSearchIndex(workerData).then(
  () => parentPort.postMessage({}),
  (error) => parentPort.postMessage({ error: error.message }),
);
