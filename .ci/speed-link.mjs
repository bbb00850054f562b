// A shared link opened cold on a slow phone: from navigation to the figures on screen, in Chromium
// with slow 4G (1.6 Mbit/s down, 150 ms round trip) and the CPU slowed 4×, each run in a fresh
// profile (no cache, no service worker). Prints every run, the median, the transfer floor (bytes on
// the wire / bandwidth + 3 round trips) and their ratio. A measurement: it never fails on speed.
//
// Usage: node .ci/speed-link.mjs [base URL]   (default: starts .ci/host on free ports over dist/,
//        or over DIST=folder)     RUNS=9 node .ci/speed-link.mjs
// TIMELINE=1 prints each run's requests; CALIBRATE=1 also fetches the wasm alone, from a blank page,
// under the same network emulation, RUNS times: what the emulator itself takes for those bytes.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { launchChromium } = await import(join(root, 'tests/e2e/chromium.mjs'));

const RUNS = Number(process.env.RUNS ?? 7);
const DOWN_BYTES_PER_S = 1.6e6 / 8;
const RTT_MS = 150;
const LINK = '#v=1&spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01';

const host = process.argv[2]
  ? { url: process.argv[2], stop: () => {} }
  : await (await import(join(root, 'tests/e2e/host.mjs'))).startHost(process.env.DIST ? { dist: process.env.DIST } : {});
const browser = await launchChromium(host);

/** Slow 4G on this page, without any cache: the CDP session, to listen to its requests. */
async function slowNetwork(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: RTT_MS, downloadThroughput: DOWN_BYTES_PER_S, uploadThroughput: 750e3 / 8 });
  return cdp;
}

async function run() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  // The moment the first year's aid is on screen, from the navigation's start (performance.now()).
  await page.addInitScript(() => {
    const seen = () => {
      const figure = document.querySelector('[data-testid=hero-year-1]');
      if (figure && figure.textContent.trim()) {
        window.__figuresAt = performance.now();
        return true;
      }
      return false;
    };
    new MutationObserver((_, observer) => {
      if (seen()) observer.disconnect();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const cdp = await slowNetwork(context, page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  const finished = new Set();
  const urls = new Map();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, { url: event.request.url.replace(/^https:\/\/[^/]+/, ''), start: event.timestamp }));
  cdp.on('Network.loadingFinished', (event) => {
    const request = urls.get(event.requestId);
    if (request) request.end = event.timestamp;
    finished.add(event.requestId);
    bytes += event.encodedDataLength;
  });
  await page.goto(host.url + LINK, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__figuresAt !== undefined, null, { timeout: 60000 });
  const figuresAt = await page.evaluate(() => window.__figuresAt);
  const text = await page.textContent('[data-testid=hero-year-1]');
  await context.close();
  const first = Math.min(...[...urls.values()].map((r) => r.start));
  const timeline = [...urls.values()].map((r) => `${r.url.split(/[?#]/)[0] || '/'} ${Math.round((r.start - first) * 1000)}→${r.end ? Math.round((r.end - first) * 1000) : '…'} ms`);
  return { figuresAt, bytes, requests: finished.size, text: text.replace(/\s+/g, ' ').trim(), timeline };
}

/** The wasm alone under the same emulation, without the CPU slowdown: the network's share of a run. */
async function wasmAlone() {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${host.url}404.html`);
  const wasm = await page.evaluate(async () => {
    const html = await (await fetch('./', { cache: 'no-store' })).text();
    return html.match(/href="?([^" >]*_bg\.wasm)/)[1];
  });
  const cdp = await slowNetwork(context, page);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
  });
  const ms = await page.evaluate(async (url) => {
    const start = performance.now();
    await (await fetch(url, { cache: 'no-store' })).arrayBuffer();
    return performance.now() - start;
  }, wasm);
  await context.close();
  return { ms, bytes };
}

const results = [];
for (let i = 0; i < RUNS; i += 1) results.push(await run());
const alone = [];
if (process.env.CALIBRATE) for (let i = 0; i < RUNS; i += 1) alone.push(await wasmAlone());
await browser.close();
host.stop();

if (process.env.TIMELINE) results.forEach((r, i) => console.log(`  essai ${i + 1} : ${r.timeline.join(' ; ')}`));
const times = results.map((r) => r.figuresAt).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const bytes = results.map((r) => r.bytes).sort((a, b) => a - b)[Math.floor(results.length / 2)];
const floor = (bytes / DOWN_BYTES_PER_S) * 1000 + 3 * RTT_MS;
console.log(`Lien partagé à froid, Chromium 390×844, 4G lente (1,6 Mbit/s, ${RTT_MS} ms), CPU ×4 — ${host.url}`);
results.forEach((r, i) => console.log(`  essai ${i + 1} : chiffres à l'écran à ${Math.round(r.figuresAt)} ms, ${r.bytes} octets transférés en ${r.requests} requêtes (1re année : ${r.text})`));
console.log(`médiane ${Math.round(median)} ms ; plancher ${Math.round(floor)} ms (${bytes} octets / 200 000 o/s + 3 × ${RTT_MS} ms) ; rapport ${(median / floor).toFixed(2)}`);
alone.forEach((a, i) => console.log(`  le wasm seul ${i + 1} : ${Math.round(a.ms)} ms pour ${a.bytes} octets (formule : ${Math.round((a.bytes / DOWN_BYTES_PER_S) * 1000 + RTT_MS)} ms)`));
