// Installable and offline, on the production host. A persistent profile (installability needs one),
// a service worker that takes control, a reload with the host stopped, and a new build that waits
// for the doctor's "Recharger" and then removes the old cache. Caddy keeps one data folder across
// restarts, so that the browser keeps trusting its certificate authority.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromiumProfile } from './chromium.mjs';
import { phone, plain, reference, root, shot, startHost } from './harness.mjs';
import { Banners, Home, Project, Results } from './pages.mjs';

let site;
let profile;
let caddy;
let context;
let server;

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'am-site-'));
  cpSync(join(root, 'dist'), site, { recursive: true });
  caddy = mkdtempSync(join(tmpdir(), 'am-caddy-'));
  profile = mkdtempSync(join(tmpdir(), 'am-profile-'));
  server = await startHost({ dist: site, data: caddy });
  context = await launchChromiumProfile(profile, server, phone);
});
after(async () => {
  await context?.close();
  server?.stop();
  for (const folder of [site, profile, caddy]) rmSync(folder, { recursive: true, force: true });
});

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
}

async function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

/** The page's errors, collected from its first load: each journey ends with none. */
const errors = [];

function watched(page) {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return page;
}

describe('application installable et hors ligne', () => {
  let page;
  let url;

  afterEach(() => {
    const seen = errors.splice(0);
    assert.deepEqual(seen, [], 'the page logged no error');
  });

  test('le manifeste est valide, le service worker contrôle la page, l’app est installable', async () => {
    url = server.url;
    page = watched(await context.newPage());
    await page.goto(url + reference);
    await new Results(page).waitFor();
    await controlled(page);

    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, [], JSON.stringify(manifest.errors));
    const parsed = JSON.parse(manifest.data);
    for (const field of ['name', 'short_name', 'id', 'start_url', 'scope', 'display', 'orientation', 'lang', 'theme_color', 'background_color', 'description']) {
      assert.ok(parsed[field], `manifest has ${field}`);
    }
    // The rich install sheet: narrow screenshots and two shortcuts.
    assert.deepEqual(parsed.shortcuts.map((s) => s.name), ['Nouvelle simulation', 'Comparer les options']);
    assert.ok(parsed.screenshots.length >= 1 && parsed.screenshots.every((s) => s.form_factor === 'narrow'));
    assert.equal(parsed.display, 'standalone');
    assert.equal(parsed.lang, 'fr');
    const sizes = parsed.icons.map((icon) => `${icon.sizes}:${icon.purpose}`);
    assert.ok(sizes.includes('192x192:any') && sizes.includes('512x512:any') && sizes.includes('512x512:maskable'), sizes.join());
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);

    const names = await cacheNames(page);
    assert.equal(names.length, 1);
    assert.match(names[0], /^assistant-medical-[0-9a-f]{12}$/);
    const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), names[0]);
    for (const file of cached) assert.ok(!file.includes('..'));
    assert.ok(cached.some((path) => /_bg\.wasm$/.test(path)), 'the hashed wasm is precached');
    assert.ok(cached.some((path) => /^\/boot-[0-9a-f]{16}\.js$/.test(path)), 'the loader is precached');
    assert.ok(cached.includes('/index.html') && cached.includes('/manifest.webmanifest') && cached.includes('/icons/icon-512.png'));
    assert.ok(cached.includes('/bareme.html') && cached.includes('/ensuite.html'), 'the site\'s pages are kept for offline reading');
    assert.ok(!cached.some((path) => path.startsWith('/screenshots/') || path === '/og-image.png'), 'install-sheet images are not precached');
  });

  test('la page se recharge et calcule sans réseau', async () => {
    server.stop();
    await context.setOffline(true);
    await page.goto(url);
    // The doctor lands back on the result they left, told that the network is not there. (In a
    // persistent profile Playwright's offline mode leaves navigator.onLine true: the browser's
    // events are sent here as the browser sends them.)
    const results = await new Results(page).waitFor();
    await page.evaluate(() => dispatchEvent(new Event('offline')));
    assert.match(plain(await page.textContent('[data-testid=offline]')), /^Hors ligne : le simulateur calcule sur cet appareil/);
    assert.equal(await results.aidForYear(1), '38 000 €');
    assert.match(await results.objectivePmt(), /^\+260 patients/);
    // Still computing offline: change the answer and read the new figure.
    await page.goto(url + '#v=1&spe=mg&secteur=1&pmt=1600&etp=1&signature=2025-03-01');
    await page.waitForSelector('[data-testid=back-to-saved]');
    assert.equal(await new Results(page).aidForYear(3), '26 000 €');
    await new Banners(page).backToSaved();
    await shot(page, '09-hors-ligne');
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await page.waitForSelector('[data-testid=offline]', { state: 'detached' });
    // The barème is there offline too.
    await page.goto(url + 'bareme.html');
    assert.match(plain(await page.textContent('h1')), /Barème et sources/);
    await context.setOffline(false);
  });

  test('une nouvelle version attend le « Recharger » du médecin, puis l’ancien cache disparaît', async () => {
    server = await startHost({ dist: site, data: caddy });
    // The same site again, on a new port: start clean there.
    url = server.url;
    await page.goto(url + reference);
    await new Results(page).waitFor();
    await controlled(page);
    const oldCaches = await cacheNames(page);

    // A new build: another build id in the service worker, a marker in the shell.
    const swPath = join(site, 'sw.js');
    const sw = readFileSync(swPath, 'utf8');
    // The build id is a 12-hex string in the (minified) worker: a new build has another one.
    const oldBuild = /["']([0-9a-f]{12})["']/.exec(sw)[1];
    assert.equal(`assistant-medical-${oldBuild}`, oldCaches[0]);
    writeFileSync(swPath, sw.replaceAll(oldBuild, '0123456789ab'));
    const indexPath = join(site, 'index.html');
    writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replace('<title>', '<meta name="version-test" content="nouvelle"><title>'));
    // A real build compresses its files again: here the stale compressed copies go, and the host
    // serves the edited files as they are.
    for (const edited of [swPath, indexPath]) for (const suffix of ['.br', '.gz']) rmSync(edited + suffix, { force: true });

    // Mid-simulation: the doctor is typing on the activity step when the update is found.
    await page.click('[data-testid=edit]');
    await page.click('[data-testid=next]');
    await page.fill('#pmt', '1 350');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForSelector('[data-testid=update]', { timeout: 15000 });
    assert.equal(await page.inputValue('#pmt'), '1 350', 'nothing was reloaded under the doctor');
    assert.match(plain(await page.textContent('[data-testid=update]')), /Une nouvelle version du simulateur est disponible/);
    // Nothing swapped yet: the old version still controls the page and its cache is there.
    assert.deepEqual((await cacheNames(page)).sort(), [...oldCaches, 'assistant-medical-0123456789ab'].sort());
    assert.equal(await page.locator('meta[name=version-test]').count(), 0);
    await shot(page, '10-nouvelle-version');

    await Promise.all([page.waitForEvent('load'), page.click('[data-testid=update-reload]')]);
    await page.waitForSelector('[data-testid=app]');
    assert.equal(await page.locator('meta[name=version-test]').count(), 1, 'the new shell is served');
    await page.waitForFunction(async () => (await caches.keys()).length === 1);
    assert.deepEqual(await cacheNames(page), ['assistant-medical-0123456789ab']);
    // The answers survived the update, the one typed just before included, and the doctor lands
    // back on the step they were typing in.
    await page.waitForSelector('.progress .done-2');
    assert.equal(await page.inputValue('#pmt'), '1350');
    await page.click('[data-testid=next]');
    await page.waitForSelector('.progress .done-3');
    const results = await (await new Project(page).next()).waitFor();
    assert.equal(await results.aidForYear(1), '38 000 €');
    assert.match(await results.objective(), /de 1 350 à/);
  });
});
