// Removes a build folder so each production build starts clean (no stale pages from deleted or unpublished content).
import { rmSync } from 'node:fs';

for (const folder of process.argv.slice(2)) rmSync(folder, { recursive: true, force: true });
