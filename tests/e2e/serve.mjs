// A tiny static file server for the built app (node:http only), used by the end-to-end tests and
// the benchmark, and from the command line:
//
//   node tests/e2e/serve.mjs [folder=dist] [port=8081] [host=127.0.0.1]
//
// What a careful static host does: correct MIME types (application/wasm!), brotli or gzip when the
// request accepts it (compressed once per file and cached), `Cache-Control: no-cache` for
// index.html and sw.js, `Access-Control-Allow-Origin: *` (an iframe sandboxed without
// allow-same-origin has the origin `null`, so its module and wasm fetches are CORS requests),
// optional extra headers (the CSP), 404 for missing files, and no way out of the folder.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

// Formats that are already compressed gain nothing from another pass.
const INCOMPRESSIBLE = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.woff2']);
const NO_CACHE = new Set(['index.html', 'sw.js']);
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;

/** Parses `Accept-Encoding` and picks br, then gzip, honouring `q=0`. */
export function pickEncoding(header = '') {
  const accepted = new Map();
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number.parseFloat(q.slice(2)) : 1);
  }
  const ok = (name) => (accepted.has(name) ? accepted.get(name) > 0 : (accepted.get('*') ?? 0) > 0);
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Shared by every server in this process: path -> { mtimeMs, size, raw, br?, gzip? } (the
// compressed forms as promises, so concurrent requests compress once). Keyed on mtime and size so
// that a test that rewrites a file (a new sw.js) is served the new bytes.
const fileCache = new Map();

async function load(file) {
  const st = await stat(file);
  const hit = fileCache.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit;
  const entry = { mtimeMs: st.mtimeMs, size: st.size, raw: await readFile(file) };
  fileCache.set(file, entry);
  return entry;
}

/** The file's bytes in `encoding` ('br': quality 11, 'gzip': level 9), computed once. */
function encoded(entry, encoding) {
  if (!entry[encoding]) {
    entry[encoding] = encoding === 'br'
      ? brotliAsync(entry.raw, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: 11,
          [zlib.BROTLI_PARAM_SIZE_HINT]: entry.raw.length,
        },
      })
      : gzipAsync(entry.raw, { level: 9 });
  }
  return entry[encoding];
}

/**
 * Serves `root` on http://host:port/ (port 0: any free port).
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export async function serve({ root, port = 0, host = '127.0.0.1', headers = {} } = {}) {
  const base = resolve(root ?? 'dist');
  const info = await stat(base).catch(() => null);
  if (!info || !info.isDirectory()) throw new Error(`serve: not a folder: ${base}`);

  const server = createServer(async (req, res) => {
    const send = (status, body, extra = {}) => {
      res.writeHead(status, {
        'Access-Control-Allow-Origin': '*',
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
        'X-Content-Type-Options': 'nosniff',
        ...extra,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
          'Access-Control-Allow-Headers': '*',
        });
        res.end();
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(405, 'Method not allowed\n', { Allow: 'GET, HEAD, OPTIONS' });
        return;
      }
      // Decode the path ourselves: any `..` segment, encoded or not, or a NUL byte is refused
      // before it reaches the file system.
      const rawPath = (req.url ?? '/').split('?')[0].split('#')[0];
      let path;
      try {
        path = decodeURIComponent(rawPath);
      } catch {
        send(400, 'Bad request\n');
        return;
      }
      const segments = path.split(/[\\/]+/);
      if (!path.startsWith('/') || path.includes('\0') || segments.some((s) => s === '..')) {
        send(403, 'Forbidden\n');
        return;
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = resolve(base, '.' + path);
      if (file !== base && !file.startsWith(base + sep)) {
        send(403, 'Forbidden\n');
        return;
      }
      const st = await stat(file).catch(() => null);
      if (!st || !st.isFile()) {
        send(404, 'Not found\n');
        return;
      }
      const entry = await load(file);
      const ext = extname(file).toLowerCase();
      const name = path.split('/').pop();
      const out = {
        'Content-Type': MIME_TYPES[ext] ?? 'application/octet-stream',
        // trunk's hashed names never change content; everything else is revalidated.
        'Cache-Control': NO_CACHE.has(name) || !HASHED.test(name) ? 'no-cache' : 'public, max-age=31536000, immutable',
        'Access-Control-Allow-Origin': '*',
        'X-Content-Type-Options': 'nosniff',
        Vary: 'Accept-Encoding',
        ...headers,
      };
      let body = entry.raw;
      const encoding = INCOMPRESSIBLE.has(ext) ? null : pickEncoding(req.headers['accept-encoding']);
      if (encoding) {
        body = await encoded(entry, encoding);
        out['Content-Encoding'] = encoding;
      }
      out['Content-Length'] = body.length;
      res.writeHead(200, out);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      if (!res.headersSent) send(500, `Internal error: ${err && err.message}\n`);
      else res.destroy();
    }
  });

  // Keep-alive sockets would hold close() open; track them to end them.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const actualPort = server.address().port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actualPort}/`,
    port: actualPort,
    close: () => new Promise((ok) => {
      server.close(() => ok());
      for (const socket of sockets) socket.destroy();
    }),
  };
}

// Command line: node tests/e2e/serve.mjs [folder] [port] [host]
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8081', host = '127.0.0.1'] = process.argv.slice(2);
  const server = await serve({ root, port: Number(port), host });
  console.log(`Serving ${resolve(root)} at ${server.url} (Ctrl+C to stop)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
