// Serves a built dist/ folder as a real host would: correct types (application/wasm), brotli or gzip
// when the browser accepts them, long caching for hashed files, no caching for the shell.
// Usage: node .ci/server.mjs <folder> <port> [--plain]   (--plain: no compression)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const [folder = 'dist', portText = '8080', ...flags] = process.argv.slice(2);
const root = resolve(folder);
const plain = flags.includes('--plain');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.webmanifest', '.json', '.svg', '.txt']);
const cache = new Map();

async function load(path) {
  const info = await stat(path);
  const key = `${path}:${info.mtimeMs}`;
  if (!cache.has(key)) {
    const body = await readFile(path);
    const zipped = compressible.has(extname(path))
      ? {
          br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          gzip: gzipSync(body, { level: 9 }),
        }
      : {};
    cache.set(key, { body, ...zipped });
  }
  return cache.get(key);
}

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    const entry = await load(file);
    const extension = extname(file);
    const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(file);
    const headers = {
      'Content-Type': types[extension] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    };
    const accepted = String(request.headers['accept-encoding'] ?? '');
    let body = entry.body;
    if (!plain && entry.br && /\bbr\b/.test(accepted)) {
      body = entry.br;
      headers['Content-Encoding'] = 'br';
    } else if (!plain && entry.gzip && /\bgzip\b/.test(accepted)) {
      body = entry.gzip;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Introuvable');
  }
});

server.listen(Number(portText), '127.0.0.1', () => {
  const { port } = server.address();
  console.log(`Simulateur servi sur http://localhost:${port}/ (${plain ? 'sans compression' : 'brotli ou gzip'})`);
});
