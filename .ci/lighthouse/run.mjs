// Lighthouse, mobile preset, against the release build served by the production host (.ci/host,
// Caddy over https, on free ports). Prints the category scores, FCP, LCP, TBT, CLS and the bytes transferred.
// A measurement, not a test: it never fails on a score. Usage: node .ci/lighthouse/run.mjs [dist]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(process.argv[2] ?? join(here, '../../dist'));
const runs = Number(process.env.RUNS ?? 3);

const { startHost } = await import(join(here, '../../tests/e2e/host.mjs'));
const host = await startHost({ dist });
const url = host.url;

// The tests' own flags (tests/e2e/chromium.mjs, one list for every script), headless; Chromium trusts
// the host's local certificate authority by its public keys (see host.mjs).
const { CHROMIUM, CHROMIUM_FLAGS } = await import(join(here, '../../tests/e2e/chromium.mjs'));
const flags = ['--headless', ...CHROMIUM_FLAGS, ...host.chromiumArgs];
const results = [];
for (let run = 1; run <= runs; run += 1) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: flags });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const audit = (id) => lhr.audits[id];
    results.push({
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      seo: Math.round(lhr.categories.seo.score * 100),
      fcp: audit('first-contentful-paint').numericValue,
      lcp: audit('largest-contentful-paint').numericValue,
      tbt: audit('total-blocking-time').numericValue,
      cls: audit('cumulative-layout-shift').numericValue,
      bytes: audit('total-byte-weight').numericValue,
      // Every audit of the other categories that did not pass, so that a score below 100 says why.
      failing: ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
        lhr.categories[category].auditRefs.map((ref) => lhr.audits[ref.id]).filter((a) => a.score !== null && a.score < 1).map((a) => `${category}: ${a.id} (${a.title})`),
      ),
      longTasks: (audit('long-tasks')?.details?.items ?? []).map((t) => `${Math.round(t.startTime)}+${Math.round(t.duration)} ${String(t.url).split('/').pop()}`),
      lcpElement: JSON.stringify(audit('largest-contentful-paint-element')?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? ''),
      // A run Lighthouse could not finish (page not loaded in time…): said, not hidden in a NaN.
      error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
    });
  } finally {
    await chrome.kill();
  }
}
host.stop();

const row = (label, values) => console.log(label.padEnd(26) + values.map((v) => String(v).padStart(10)).join(''));
console.log(`Lighthouse mobile, ${url} (Caddy, brotli), ${runs} runs`);
row('', results.map((_, i) => `run ${i + 1}`));
row('performance', results.map((r) => r.performance));
row('accessibility', results.map((r) => r.accessibility));
row('best practices', results.map((r) => r.bestPractices));
row('SEO', results.map((r) => r.seo));
row('FCP (ms)', results.map((r) => Math.round(r.fcp)));
row('LCP (ms)', results.map((r) => Math.round(r.lcp)));
row('TBT (ms)', results.map((r) => Math.round(r.tbt)));
row('CLS', results.map((r) => (Number.isFinite(r.cls) ? r.cls.toFixed(3) : 'NaN')));
row('bytes transferred', results.map((r) => Math.round(r.bytes)));
for (const failing of new Set(results.flatMap((r) => r.failing))) console.log(`not passed: ${failing}`);
results.forEach((r, i) => r.error && console.log(`run ${i + 1} failed: ${r.error}`));
// LONG_TASKS=1: each run's main-thread tasks over 50 ms (start+duration ms, script), what TBT is made of.
if (process.env.LONG_TASKS) results.forEach((r, i) => console.log(`run ${i + 1} long tasks: ${r.longTasks.join(', ') || 'none'}`));
if (process.env.LCP_ELEMENT) results.forEach((r, i) => console.log(`run ${i + 1} LCP element: ${r.lcpElement}`));
