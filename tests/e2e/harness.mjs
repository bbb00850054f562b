// Shared harness: serves a build with the production host (Caddy, deploy/Caddyfile, through
// .ci/host) over https, launches Debian's Chromium at phone size trusting the host's local authority
// (chromium.mjs), runs each journey in a fresh profile that is closed whatever happens and whose page
// errors are checked, and keeps screenshots under target/e2e-screenshots for a person to look at.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { startHost } from './host.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '../..');
export const screenshots = join(root, 'target/e2e-screenshots');
mkdirSync(screenshots, { recursive: true });

export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'fr-FR' };
export const reference = '#v=1&spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01';
/** The simulations kept on the device (« Mes simulations »), as stored, in key order. */
export const keptSimulations = (page) => page.evaluate(() => Object.keys(localStorage)
  .filter((key) => key.startsWith('assistant-medical/simulations/'))
  .sort()
  .map((key) => localStorage.getItem(key)));

export { startHost };

/** Debian's Chromium, trusting the host's certificate authority. */
export function launch(host) {
  return launchChromium(host);
}

/** A fresh profile (no storage) at phone size, with page errors collected. */
async function freshPage(browser, options = {}) {
  const context = await browser.newContext({ ...phone, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  return { context, page };
}

/**
 * Runs `journey(page, context)` in a fresh profile at phone size, then checks that the page logged no
 * error (uncaught exceptions and console errors); the profile is closed whatever happens. `options`
 * are the context's (viewport, permissions…); `allowed` lists the errors a journey causes on purpose,
 * each a RegExp with the reason beside it where it is used.
 */
export async function inFreshPage(browser, journey, { options = {}, allowed = [] } = {}) {
  const { context, page } = await freshPage(browser, options);
  try {
    const result = await journey(page, context);
    const unexpected = page.errors.filter((error) => !allowed.some((pattern) => pattern.test(error)));
    assert.deepEqual(unexpected, [], 'the page logged no error');
    return result;
  } finally {
    await context.close();
  }
}

/** Text with French narrow and no-break spaces turned into plain spaces, for readable assertions. */
export function plain(text) {
  return String(text ?? '').replace(/[\u202f\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();
}

export async function shot(page, name, fullPage = true) {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage });
}

/** Waits until the app has replaced the static shell. */
export async function appReady(page) {
  await page.waitForSelector('[data-testid=app]');
}

/** For a test file: the app hosted and a browser launched before its tests, both stopped after. */
export function servedApp(options = {}) {
  const env = {};
  before(async () => {
    env.server = await startHost(options);
    env.browser = await launch(env.server);
  });
  after(async () => {
    await env.browser?.close();
    env.server?.stop();
  });
  return env;
}
