// A tiny static server for dist/ on 127.0.0.1 (Lighthouse and the benchmark), behaving like a plain host:
// gzip for text, long-lived caching for hashed assets, `dir/` → `dir/index.html`, and the app shell
// (index.html) for other paths without a file extension, as `vite preview` and most hosts do.
// `extra` adds in-memory routes (path → { body, type }) for pages generated on the fly.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves `root` until `close()` is called.
 * @param {{ root: string; port?: number; extra?: Map<string, { body: string | Buffer; type: string }> }} options
 * @returns {Promise<{ origin: string; close: () => Promise<void> }>}
 */
export async function serveStatic({ root, port = 0, extra = new Map() }) {
  const base = resolve(root);
  const gzCache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    let body;
    let type;
    let cacheable = false;
    const route = extra.get(url.pathname);
    if (route) {
      body = typeof route.body === 'string' ? Buffer.from(route.body) : route.body;
      type = route.type;
    } else {
      let file = normalize(join(base, pathname));
      if (!file.startsWith(base)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        if (extname(pathname) !== '') {
          res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
          return;
        }
        file = join(base, 'index.html');
      }
      body = readFileSync(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
      cacheable = pathname.startsWith('/assets/');
    }
    const headers = {
      'Content-Type': type,
      'Cache-Control': cacheable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    };
    const text = /^(text\/|application\/(json|javascript|manifest)|image\/svg)/.test(type);
    if (text && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && body.length > 256) {
      const key = route ? null : `${url.pathname}`;
      let zipped = key ? gzCache.get(key) : undefined;
      if (!zipped || zipped.source !== body.length) {
        zipped = { source: body.length, data: gzipSync(body) };
        if (key) gzCache.set(key, zipped);
      }
      body = zipped.data;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok(undefined));
      }),
  };
}
