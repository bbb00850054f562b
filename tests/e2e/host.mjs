// The production host for the tests: `.ci/host` (Caddy with deploy/Caddyfile) on free ports, with its
// own data folder (so its local certificate authority is fresh), over any build folder and sub-path.
// Browsers trust that authority the way each allows: Chromium by the public keys of its chain
// (chromiumArgs), Firefox and WebKit through their own means (see engines.mjs).
import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { request } from 'node:https';
import { createHash, X509Certificate } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** GET over https without checking the certificate (the test checks what Caddy serves, not trust). */
export function fetchRaw(url, headers = {}) {
  return new Promise((resolveResponse, reject) => {
    const req = request(url, { method: 'GET', headers, rejectUnauthorized: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolveResponse({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function until(ready, what) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await ready().catch(() => false)) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`${what} did not start`);
}

/** The base64 SHA-256 of a certificate's public key, as Chromium's allow-list wants it. */
function spki(pem) {
  const der = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

/**
 * Starts `.ci/host` and resolves to { url, httpUrl, root (the authority's certificate file),
 * chromiumArgs, stop() }. Options: dist (default dist/), publicUrl (default /), data (Caddy's folder,
 * kept by stop(): to restart with the same certificate authority; default a new one, removed), ports
 * ({ http, https }, default two free ones).
 */
export async function startHost({ dist = join(root, 'dist'), publicUrl = '/', data: kept, ports } = {}) {
  const [httpPort, httpsPort] = ports ? [ports.http, ports.https] : [await freePort(), await freePort()];
  const data = kept ?? mkdtempSync(join(tmpdir(), 'am-caddy-'));
  const child = spawn('bash', [join(root, '.ci/host')], {
    env: {
      ...process.env,
      SITE: 'localhost',
      HTTP_PORT: String(httpPort),
      HTTPS_PORT: String(httpsPort),
      DIST: dist,
      PUBLIC_URL: publicUrl,
      XDG_DATA_HOME: join(data, 'data'),
      XDG_CONFIG_HOME: join(data, 'config'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stderr.on('data', (chunk) => {
    log += chunk;
  });
  const url = `https://localhost${httpsPort === 443 ? '' : `:${httpsPort}`}${publicUrl}`;
  try {
    await until(async () => (await fetchRaw(url)).status < 500, `Caddy (${log.slice(-400)})`);
  } catch (error) {
    process.kill(-child.pid, 'SIGTERM');
    throw error;
  }
  const authority = join(data, 'data/caddy/pki/authorities/local');
  const keys = ['root.crt', 'intermediate.crt'].map((name) => spki(readFileSync(join(authority, name), 'utf8')));
  return {
    url,
    httpUrl: `http://localhost${httpPort === 80 ? '' : `:${httpPort}`}${publicUrl}`,
    root: join(authority, 'root.crt'),
    chromiumArgs: [`--ignore-certificate-errors-spki-list=${keys.join(',')}`],
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already stopped.
      }
      if (!kept) rmSync(data, { recursive: true, force: true });
    },
  };
}
