import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './helpers/site-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sampleSiteDir: string;
  }
}

/**
 * Builds the project's own sample site once, with the real command, for the
 * build and browser tests to read. A failed build fails the whole run.
 */
export default function setup(project: TestProject): () => void {
  const result = buildSite(undefined);
  if (result.status !== 0) throw new Error(`Không build được trang mẫu:\n${result.output}`);
  project.provide('sampleSiteDir', result.outDir);
  return () => rmSync(result.outDir, { recursive: true, force: true });
}
