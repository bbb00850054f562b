// Time from a keystroke to the updated result, in Chromium at phone size (a measurement that prints
// figures; it never fails on speed). Run after a release build: node .ci/speed.mjs
// Measured twice: as is, and with the CPU slowed 4× as Lighthouse does to stand for a mid-range phone.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { launchChromium } = await import(join(root, 'tests/e2e/chromium.mjs'));
// Served by the production host (.ci/host) on free ports.
const host = await (await import(join(root, 'tests/e2e/host.mjs'))).startHost();
const url = host.url;
const browser = await launchChromium(host);

async function measure(throttle) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${url}#v=1&spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01`);
  await page.waitForSelector('[data-testid=verdict]');
  await page.click('[data-testid=edit]');
  await page.click('[data-testid=next]');
  if (throttle > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  const times = await page.evaluate(async () => {
    const input = document.querySelector('#pmt');
    const summary = document.querySelector('[data-testid=live-summary]');
    const samples = [];
    for (let i = 0; i < 60; i += 1) {
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(summary, { childList: true, characterData: true, subtree: true });
      });
      const start = performance.now();
      // Alternate between bands so that the result really changes every time.
      input.value = String(i % 2 === 0 ? 1600 + i : 900 + i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      samples.push((await changed) - start);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return samples;
  });
  await page.close();
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  console.log(`CPU ×${throttle}: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times[times.length - 1].toFixed(2)} ms (${times.length} keystrokes; one frame = 16.7 ms)`);
}

console.log('Keystroke in « patientèle médecin traitant » → updated live summary (engine + render), Chromium 390×844:');
await measure(1);
await measure(4);
await browser.close();
host.stop();
