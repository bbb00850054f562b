// Shared harness: serves dist/ with the project's own server, launches Debian's Chromium at phone
// size, and keeps screenshots under target/e2e-screenshots for a person to look at.
import { spawn } from 'node:child_process';
import { after, before } from 'node:test';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '../..');
export const screenshots = join(root, 'target/e2e-screenshots');
mkdirSync(screenshots, { recursive: true });

// Flags that keep Chromium from calling Google on a closed network.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'fr-FR' };

/** Starts the static server on a free port; resolves to { url, stop }. */
export function serve(folder = join(root, 'dist'), extra = []) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(root, '.ci/server.mjs'), folder, '0', ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      const match = /http:\/\/localhost:(\d+)\//.exec(String(chunk));
      if (match) resolvePromise({ url: `http://localhost:${match[1]}/`, stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });
}

/** A fresh profile (no storage) at phone size, with page errors collected. */
export async function freshPage(browser, options = {}) {
  const context = await browser.newContext({ ...phone, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  return { context, page };
}

/** Text with French narrow and no-break spaces turned into plain spaces, for readable assertions. */
export function plain(text) {
  return String(text ?? '').replace(/[\u202f\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();
}

export async function shot(page, name) {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/** Waits until the app has replaced the static shell. */
export async function appReady(page) {
  await page.waitForSelector('[data-testid=app]');
}

/** For a test file: the app served and a browser launched before its tests, both stopped after. */
export function servedApp() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.stop();
  });
  return env;
}
