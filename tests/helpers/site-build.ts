import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PROJECT_DIR = path.resolve(import.meta.dirname, '../..');
export const FIXTURES_DIR = path.join(PROJECT_DIR, 'tests/fixtures');

/**
 * A throw-away site root: the project's reference data (units, districts,
 * plan, settings) plus the given content folder, so fixture sites only hold
 * the content they test.
 */
export function makeSiteRoot(contentDir: string, siteYamlExtra = '', parent = tmpdir()): string {
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(path.join(parent, 'tuan-le-site-'));
  cpSync(path.join(PROJECT_DIR, 'data'), path.join(root, 'data'), { recursive: true });
  cpSync(contentDir, path.join(root, 'content'), { recursive: true });
  if (siteYamlExtra) {
    const file = path.join(root, 'data/site.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${siteYamlExtra}\n`);
  }
  return root;
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Runs the real build command on a site root: `npm run build`'s script, or,
 * for a preview, Eleventy as `npm start` runs it (without the server).
 */
export function buildSite(root: string | undefined, env: Record<string, string> = {}, command: 'build' | 'preview' = env.PREVIEW === '1' ? 'preview' : 'build'): BuildResult {
  const outDir = mkdtempSync(path.join(tmpdir(), 'tuan-le-out-'));
  const args = command === 'build' ? ['scripts/build.ts'] : ['./node_modules/@11ty/eleventy/cmd.cjs', '--config=.eleventy.ts'];
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', ...args, `--output=${outDir}`],
    {
      cwd: PROJECT_DIR,
      encoding: 'utf8',
      env: { ...process.env, ...(root ? { SITE_ROOT: root } : {}), ...env },
      timeout: 240_000,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** Every file of a built site, as paths relative to its folder. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => name.split(path.sep).join('/'));
}

export function readOutput(outDir: string, sitePath: string): string {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return readFileSync(path.join(outDir, file), 'utf8');
}
