import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { AfterBuild } from './after-build.ts';
import { headersFile, nginxSnippet } from '../deploy/security-headers.ts';

/**
 * Writes the recommended security headers (lib/deploy/security-headers.ts)
 * beside the pages, for the web server to send: `_headers` for Netlify and
 * Cloudflare Pages, `nginx-headers.conf` to include in an nginx server block.
 */
export function securityHeadersPlugin(eleventyConfig: UserConfig, pathPrefix: string): void {
  eleventyConfig.on('eleventy.after', async ({ directories }: AfterBuild) => {
    await Promise.all([
      writeFile(path.join(directories.output, '_headers'), headersFile(pathPrefix)),
      writeFile(path.join(directories.output, 'nginx-headers.conf'), nginxSnippet(pathPrefix)),
    ]);
  });
}
