// The install sheet's screenshots (manifest "screenshots", form_factor narrow): the app itself on a
// 390×844 phone at 2× (780×1688 pixels), served by the production host, so that they show what a
// doctor will get. Run after a release build: node .ci/screenshots.mjs (then rebuild to ship them).
//   public/screenshots/resultat.png   the answer: verdict, first-year aid, five-year total, objective
//   public/screenshots/aide.png       the aid year by year, its chart and a « Pourquoi ? » opened
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { startHost } = await import(join(root, 'tests/e2e/host.mjs'));
const { launchChromium } = await import(join(root, 'tests/e2e/chromium.mjs'));
// The same phone and reference link as the tests (harness.mjs would also load node:test).
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'fr-FR' };
const reference = '#v=1&spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01';

const host = await startHost();
const browser = await launchChromium(host);
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
