import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
  '.opml': 'text/x-opml; charset=utf-8',
};

/** Text types a real web server compresses on the fly. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface ServedRequest {
  path: string;
  /** Bytes written on the wire (after gzip where the client accepts it). */
  bytes: number;
}

export interface StaticServer {
  url: string;
  /** Every request answered so far, in order. */
  requests: ServedRequest[];
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Extra response headers for a URL path, e.g. the site's security headers. */
  headers?: (pathname: string) => Readonly<Record<string, string>>;
}

/**
 * Serves a built site on 127.0.0.1 the way a static host does: index.html for
 * folders, 404.html for unknown paths, gzip for text when the browser asks.
 * Counts the bytes it sends, for transfer budgets.
 */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const requests: ServedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = existsSync(file);
    const served = found ? file : path.join(root, '404.html');
    const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const record: ServedRequest = { path: pathname, bytes: 0 };
    requests.push(record);
    const write = response.write.bind(response);
    response.write = ((chunk: Buffer, ...rest: unknown[]) => {
      record.bytes += chunk.length;
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof response.write;
    response.writeHead(found ? 200 : 404, {
      ...options.headers?.(pathname),
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    const stream = createReadStream(served);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
