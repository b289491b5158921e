import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Debian's nginx (apt-get install nginx). */
export const NGINX_PATH = '/usr/sbin/nginx';

/**
 * Tests through a real nginx run wherever it is installed. On CI a missing
 * nginx is a failure, not a skip: .ci/run installs it.
 */
export function nginxAvailable(): boolean {
  const available = existsSync(NGINX_PATH);
  if (!available && process.env.CI === 'true') {
    throw new Error(`CI=true nhưng không có nginx tại ${NGINX_PATH}: .ci/run phải cài gói nginx.`);
  }
  return available;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Nginx {
  url: string;
  stop: () => Promise<void>;
}

/**
 * nginx in the foreground, as the current user, on a free port of 127.0.0.1:
 * its config, logs and temp files in a fresh folder (no root paths), serving
 * `root` with `serverLines` (e.g. an `include`) in its server block.
 */
export function startNginx(root: string, serverLines: string): Promise<Nginx> {
  return startNginxHttp((port) =>
    ['  include /etc/nginx/mime.types;', '  server {', `    listen 127.0.0.1:${port};`, `    root ${root};`, `    ${serverLines}`, '  }'].join('\n'),
  );
}

/**
 * nginx as startNginx runs it, with `httpLines(port)` as its http block's own
 * lines: whole server blocks, maps, includes (e.g. a file of deploy/nginx/
 * whose listen line is moved to the port).
 */
export async function startNginxHttp(httpLines: (port: number) => string): Promise<Nginx> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'tuan-le-nginx-'));
  const port = await freePort();
  const conf = path.join(prefix, 'nginx.conf');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${path.join(prefix, kind)};`);
  writeFileSync(
    conf,
    [
      'daemon off;',
      // One process, as this user: no worker switching to a user who cannot read a private temp folder.
      'master_process off;',
      `pid ${path.join(prefix, 'nginx.pid')};`,
      `error_log ${path.join(prefix, 'error.log')};`,
      'events {}',
      'http {',
      '  access_log off;',
      ...temp,
      httpLines(port),
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(NGINX_PATH, ['-e', path.join(prefix, 'error.log'), '-p', `${prefix}/`, '-c', conf], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx không chạy được:\n${readFileSync(path.join(prefix, 'error.log'), 'utf8')}`);
    try {
      await fetch(url, { method: 'HEAD' });
      break;
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
