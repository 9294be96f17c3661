/**
 * A small static file server on loopback, for e2e tests (pages and the CDN build served from different
 * ports, so from different origins), the storybook check and the demo page.
 */
import { createReadStream, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface StaticServer {
  url: string;
  port: number;
  /** Every path requested so far, in order (for tests that count requests). */
  requests: string[];
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Send `Access-Control-Allow-Origin: *` (a CDN does, so module scripts load cross-origin). */
  cors?: boolean;
  /** Extra routes answered before files: path -> HTML or a handler's text. */
  pages?: Record<string, string | (() => string)>;
  /** The `cache-control` header of every answer (a CDN lets browsers cache). @default 'no-store' */
  cacheControl?: string;
  /** Port to listen on; 0 picks a free one. @default 0 */
  port?: number;
}

export function startStaticServer(rootDir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(rootDir);
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    const headers: Record<string, string> = { 'cache-control': options.cacheControl ?? 'no-store' };
    if (options.cors) headers['access-control-allow-origin'] = '*';
    const page = options.pages?.[path];
    if (page !== undefined) {
      response.writeHead(200, { ...headers, 'content-type': mimeTypes['.html'] });
      response.end(typeof page === 'function' ? page() : page);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403, headers).end('forbidden');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end(`not found: ${path}`);
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': mimeTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer, reject) => {
    server.on('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolveServer({
        url: `http://127.0.0.1:${port}`,
        port,
        requests,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
