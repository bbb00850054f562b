// The MDN HTTP Observatory against the production host (.ci/host over dist/), a measurement that
// prints the grade and every test's result; it never fails on a grade. Usage: bash .ci/observatory-run
//
// The Observatory knows only the standard ports, so Caddy listens on 80 and 443 here (root needed).
// Its own command line sets NODE_EXTRA_CA_CERTS to a bundle this network cannot download, which also
// hides Caddy's local authority: this script calls the scanner itself, in a child process started
// with NODE_EXTRA_CA_CERTS set to that authority's root (Node reads it only at start).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.argv[2] ?? join(here, '../../dist');

if (!process.env.OBSERVATORY_SCAN) {
  if (process.getuid?.() !== 0) {
    console.log('observatory: needs the ports 80 and 443, so root; nothing measured.');
    process.exit(0);
  }
  const { startHost } = await import(join(here, '../../tests/e2e/host.mjs'));
  let host;
  try {
    host = await startHost({ dist, ports: { http: 80, https: 443 } });
  } catch (error) {
    console.log(`observatory: Caddy could not listen on 80 and 443 (${error.message.slice(0, 200)}); nothing measured.`);
    process.exit(0);
  }
  const scan = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    env: { ...process.env, OBSERVATORY_SCAN: '1', NODE_EXTRA_CA_CERTS: host.root },
  });
  host.stop();
  process.exit(scan.status ?? 1);
}

// The HSTS preload list is downloaded by the package's install script, which cannot run here: an
// empty list (localhost is on no preload list anyway).
const preload = join(here, 'node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json');
if (!existsSync(preload)) writeFileSync(preload, '{}\n');
const { scan } = await import('@mdn/mdn-http-observatory/src/scanner/index.js');
const result = await scan('localhost');
console.log(`MDN HTTP Observatory (algorithme ${result.scan.algorithmVersion}), https://localhost/ servi par Caddy :`);
console.log(`note ${result.scan.grade} (score ${result.scan.score}), ${result.scan.testsPassed}/${result.scan.testsQuantity} tests réussis`);
for (const [name, test] of Object.entries(result.tests)) {
  const modifier = test.scoreModifier > 0 ? `+${test.scoreModifier}` : String(test.scoreModifier);
  console.log(`  ${test.pass ? 'réussi' : 'ÉCHEC '}  ${name.padEnd(32)} ${String(test.result).padEnd(44)} ${modifier}`);
}
