// The install sheet's screenshots (manifest "screenshots", form_factor narrow): the app itself on a
// 390×844 phone at 2× (780×1688 pixels), served by the production host, so that they show what a
// doctor will get. Run after a release build: node .ci/screenshots.mjs (then rebuild to ship them).
//   public/screenshots/resultat.png   the answer: verdict, first-year aid, five-year total, objective
//   public/screenshots/aide.png       the aid year by year, its chart and a « Pourquoi ? » opened
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(join(root, 'tests/e2e/package.json'))('playwright-core');
const { startHost } = await import(join(root, 'tests/e2e/host.mjs'));
const { chromiumArgs, phone, reference } = await import(join(root, 'tests/e2e/harness.mjs'));

const host = await startHost();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: [...chromiumArgs, ...host.chromiumArgs] });
try {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await page.goto(host.url + reference);
  await page.waitForSelector('[data-testid=hero-objective]');
  // The banner about the shared link is for the colleague who opened it, not for the install sheet.
  await page.click('[data-testid=close-prefill]');
  await page.screenshot({ path: join(root, 'public/screenshots/resultat.png') });
  await page.click('details.years > summary');
  await page.evaluate(() => document.querySelector('#aide-titre').scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(root, 'public/screenshots/aide.png') });
  console.log('screenshots: public/screenshots/resultat.png, public/screenshots/aide.png (780×1688)');
} finally {
  await browser.close();
  host.stop();
}
