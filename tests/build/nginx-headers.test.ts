import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headersForPath } from '../../lib/deploy/security-headers.ts';
import { nginxAvailable, startNginx, type Nginx } from '../helpers/nginx.ts';

const siteDir = inject('sampleSiteDir');

describe.runIf(nginxAvailable())('the nginx snippet the build writes, in a real nginx', () => {
  let nginx: Nginx;

  beforeAll(async () => {
    // As the README says to deploy: the snippet included in the server block that serves the site.
    nginx = await startNginx(siteDir, `include ${path.join(siteDir, 'nginx-headers.conf')};`);
  });

  afterAll(async () => {
    await nginx?.stop();
  });

  it.each(['/', '/tin-tuc/khai-mac-tuan-le-hoc-tap-suot-doi-2023/', '/tim-kiem/', '/doi-tac/', '/doi-tac/nhung/tat-ca/', '/js/search.js', '/feed.xml', '/khong-co-trang-nay/'])(
    'sends %s with the recommended headers',
    async (sitePath) => {
      const response = await fetch(`${nginx.url}${sitePath}`);
      expect(response.status).toBe(sitePath === '/khong-co-trang-nay/' ? 404 : 200);
      const expected = headersForPath(sitePath);
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${sitePath} ${name}`).toBe(value);
      await response.arrayBuffer();
    },
  );
});
