// The production host, as a doctor's phone meets it: `.ci/host` (Caddy, deploy/Caddyfile) on free
// ports, over the root build (dist/) and over a build for a sub-path (target/dist-sous-chemin, made
// by .ci/test with PUBLIC_URL=/un/chemin/, SITE_URL and CONTACT set). Headers, caching, compression,
// the French 404 page, the app computing a shared link, and the app offline after one visit.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { fetchRaw, startHost } from './host.mjs';
import { inFreshPage, launch, plain, reference, root, shot } from './harness.mjs';
import { Results } from './pages.mjs';

const builds = [
  { name: 'à la racine', dist: join(root, 'dist'), publicUrl: '/', siteUrl: null },
  {
    name: 'sous un chemin',
    dist: join(root, 'target/dist-sous-chemin'),
    publicUrl: '/un/chemin/',
    siteUrl: 'https://simulateur.exemple.fr/un/chemin/',
    contact: 'erreurs@exemple.fr',
    publisher: 'Dr Exemple, 1 rue Exemple, 75000 Paris',
  },
];

/** deploy/_headers as [{ path, headers: { name: value } }], names in lower case. */
function headersFile() {
  const blocks = [];
  for (const line of readFileSync(join(root, 'deploy/_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      blocks.push({ path: line.trim(), headers: {} });
    } else {
      const colon = line.indexOf(':');
      blocks.at(-1).headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return blocks;
}

/** The one file at the top of the build whose name matches. */
function builtFile(dist, pattern) {
  const found = readdirSync(dist).filter((name) => pattern.test(name));
  assert.equal(found.length, 1, `${pattern} in ${dist}: ${found.join(', ')}`);
  return found[0];
}

function plainHttp(url) {
  return new Promise((resolve, reject) => {
    httpRequest(url, (res) => {
      res.resume();
      resolve({ status: res.statusCode, headers: res.headers });
    })
      .on('error', reject)
      .end();
  });
}

const everyPage = headersFile().find((block) => block.path === '/*').headers;

function assertSecurityHeaders(headers, what) {
  for (const [name, value] of Object.entries(everyPage)) assert.equal(headers[name], value, `${name} on ${what}`);
  assert.match(headers['content-security-policy'], /frame-ancestors 'none'/);
  assert.match(headers['permissions-policy'], /camera=\(\), microphone=\(\), geolocation=\(\)/);
  assert.equal(headers.server, undefined, `no Server header on ${what}`);
}

for (const build of builds) {
  describe(`l'hébergement de production (Caddy), ${build.name}`, () => {
    let host;
    let browser;
    const at = (path) => `${host.url}${path}`;

    before(async () => {
      assert.ok(existsSync(join(build.dist, 'index.html')), `no build in ${build.dist}: PUBLIC_URL=${build.publicUrl} DIST=${build.dist} bash .ci/build`);
      host = await startHost({ dist: build.dist, publicUrl: build.publicUrl });
      browser = await launch(host);
    });
    // Whatever failed: no Caddy nor Chromium left behind.
    after(async () => {
      await browser?.close();
      host?.stop();
    });

    test('http renvoie vers https, port compris, avec les en-têtes de sécurité', async () => {
      const response = await plainHttp(`${host.httpUrl}?x=1`);
      assert.equal(response.status, 308);
      assert.equal(response.headers.location, `${host.url}?x=1`);
      assert.equal(response.headers['strict-transport-security'], everyPage['strict-transport-security']);
    });

    test('chaque en-tête de deploy/_headers est servi, sur la page comme sur chaque fichier', async () => {
      for (const { path, headers } of headersFile()) {
        const file = path === '/*' ? '' : path.slice(1);
        const names = file.endsWith('*') ? readdirSync(build.dist).filter((name) => name.startsWith(file.slice(0, -1)) && !/\.(br|gz)$/.test(name)) : [file];
        assert.ok(names.length > 0, `a built file for ${path}`);
        for (const name of names) {
          const response = await fetchRaw(at(name));
          assert.equal(response.status, 200, name);
          assertSecurityHeaders(response.headers, name || 'the page');
          for (const [header, value] of Object.entries(headers)) assert.equal(response.headers[header], value, `${header} on ${name}`);
        }
      }
      if (build.publicUrl !== '/') {
        const bare = await fetchRaw(host.url.replace(/\/$/, ''));
        assert.equal(bare.status, 308, 'the sub-path without its slash');
        assert.equal(new URL(bare.headers.location, host.url).pathname, build.publicUrl);
      }
    });

    test('les fichiers à nom haché sont immuables, la page, sw.js et le manifeste toujours revalidés', async () => {
      for (const pattern of [/^assistant-medical-[0-9a-f]{1,16}_bg\.wasm$/, /^assistant-medical-[0-9a-f]{1,16}\.js$/, /^boot-[0-9a-f]{16}\.js$/, /^main-[0-9a-f]{1,16}\.css$/]) {
        const name = builtFile(build.dist, pattern);
        assert.equal((await fetchRaw(at(name))).headers['cache-control'], 'public, max-age=31536000, immutable', name);
      }
      // The tools' worker keeps its name from build to build: revalidated too.
      for (const name of ['', 'index.html', 'sw.js', 'manifest.webmanifest', 'bareme.html', 'regles.json', 'outils-loader.js', 'outils.js', 'outils_bg.wasm']) {
        assert.equal((await fetchRaw(at(name))).headers['cache-control'], 'no-cache', name || 'the page');
      }
    });

    test('le wasm part compressé en brotli (ou gzip), avec le bon type', async () => {
      const wasm = builtFile(build.dist, /^assistant-medical-[0-9a-f]{1,16}_bg\.wasm$/);
      const brotli = await fetchRaw(at(wasm), { 'accept-encoding': 'br, gzip' });
      assert.equal(brotli.headers['content-encoding'], 'br');
      assert.equal(brotli.headers['content-type'], 'application/wasm');
      assert.deepEqual(brotli.body, readFileSync(join(build.dist, `${wasm}.br`)));
      const gzip = await fetchRaw(at(wasm), { 'accept-encoding': 'gzip' });
      assert.equal(gzip.headers['content-encoding'], 'gzip');
      const raw = await fetchRaw(at(wasm));
      assert.equal(raw.headers['content-encoding'], undefined);
      assert.deepEqual(raw.body, readFileSync(join(build.dist, wasm)));
      assert.equal((await fetchRaw(at('outils_bg.wasm'), { 'accept-encoding': 'br' })).headers['content-type'], 'application/wasm');
      const manifest = await fetchRaw(at('manifest.webmanifest'), { 'accept-encoding': 'br' });
      assert.equal(manifest.headers['content-type'], 'application/manifest+json');
      assert.equal(manifest.headers['content-encoding'], 'br');
    });

    test('le manifeste, le service worker et regles.json suivent le chemin de publication', async () => {
      const manifest = JSON.parse((await fetchRaw(at('manifest.webmanifest'))).body);
      assert.equal(manifest.id, build.publicUrl);
      assert.equal(manifest.start_url, build.publicUrl);
      assert.equal(manifest.scope, build.publicUrl);
      assert.deepEqual(manifest.shortcuts.map((s) => s.url), [`${build.publicUrl}?nouvelle`, `${build.publicUrl}?comparer`]);
      for (const image of [...manifest.icons, ...manifest.screenshots]) {
        const response = await fetchRaw(new URL(image.src, at('manifest.webmanifest')).href);
        assert.equal(response.status, 200, image.src);
        if (image.type === 'image/png') {
          // The PNG header's width and height are the sizes the manifest declares.
          const size = `${response.body.readUInt32BE(16)}x${response.body.readUInt32BE(20)}`;
          assert.equal(size, image.sizes, image.src);
        }
      }
      assert.ok(manifest.screenshots.length >= 2 && manifest.screenshots.every((shot) => shot.form_factor === 'narrow' && shot.label));
      const sw = (await fetchRaw(at('sw.js'))).body.toString();
      const precache = JSON.parse(/PRECACHE=(\[[^\]]*\])/.exec(sw)[1]);
      assert.ok(precache.length > 10 && precache.every((path) => path.startsWith(build.publicUrl)), precache.join());
      for (const path of precache) assert.equal((await fetchRaw(new URL(path, host.url).href)).status, 200, path);
      const rules = await fetchRaw(at('regles.json'));
      assert.equal(rules.headers['content-type'], 'application/json');
      const parsed = JSON.parse(rules.body);
      const codes = parsed.versions.map((version) => version.code);
      assert.deepEqual(codes, ['av7', 'ra2023', 'conv2024', 'coll2026']);
      assert.ok(parsed.parametres.length > 100);
      for (const parameter of parsed.parametres) {
        assert.ok(['C', 'C2', 'E', 'U'].includes(parameter.statut), `${parameter.cle}: ${parameter.statut}`);
        assert.ok(codes.includes(parameter.version) || parameter.version === 'commun', `${parameter.cle}: ${parameter.version}`);
        assert.ok(parsed.sources.some((source) => source.id === parameter.source) || parameter.statut === 'U', `${parameter.cle}: ${parameter.source}`);
      }
    });

    test('les aperçus de partage : présents avec SITE_URL, absents sans ; le contact avec CONTACT', async () => {
      const html = (await fetchRaw(host.url)).body.toString();
      if (build.contact) assert.ok(html.includes(`<meta name="contact" content="${build.contact}">`), 'contact meta');
      else assert.doesNotMatch(html, /name="?contact/);
      if (build.siteUrl) {
        assert.ok(html.includes(`<meta property="og:url" content="${build.siteUrl}">`), 'og:url');
        assert.ok(html.includes(`<meta property="og:image" content="${build.siteUrl}og-image.png">`), 'og:image');
        assert.ok(html.includes('<meta name="twitter:card" content="summary_large_image">'));
        const image = await fetchRaw(at('og-image.png'));
        assert.equal(image.status, 200);
        assert.equal(image.body.readUInt32BE(16), 1200, 'og-image width');
        assert.equal(image.body.readUInt32BE(20), 630, 'og-image height');
      } else {
        assert.doesNotMatch(html, /og:|twitter:/, 'no preview tags without SITE_URL');
      }
    });

    test('les mentions légales nomment l’éditeur ; le barème offre « Signaler une erreur » avec CONTACT', async () => {
      const notice = plain((await fetchRaw(at('mentions-legales.html'))).body.toString().replace(/<[^>]+>/g, ''));
      const bareme = (await fetchRaw(at('bareme.html'))).body.toString();
      if (build.publisher) assert.ok(notice.includes(`Éditeur : ${build.publisher}.`), notice);
      else assert.match(notice, /Éditeur : non indiqué dans cette copie du simulateur/);
      if (build.contact) {
        assert.ok(notice.includes(`Contact : ${build.contact}.`), notice);
        assert.match(bareme, /<a class="report"[^>]*href="mailto:erreurs%40exemple\.fr\?subject=Erreur%20possible/);
      } else {
        assert.doesNotMatch(bareme, /class="report"/);
      }
    });

    test('une adresse inconnue donne la page 404 en français, avec ses en-têtes et ses liens', async () => {
      const response = await fetchRaw(at('pas/ici'), { 'accept-encoding': 'br' });
      assert.equal(response.status, 404);
      assert.match(response.headers['content-type'], /^text\/html/);
      assertSecurityHeaders(response.headers, 'the 404 page');
      await inFreshPage(browser, async (page) => {
        await page.goto(at('pas/ici'));
        assert.match(plain(await page.textContent('h1')), /Cette page n'existe pas/);
        assert.equal(await page.evaluate(() => getComputedStyle(document.body).fontFamily !== ''), true);
        await page.click(`a[href="${build.publicUrl}"]`);
        await page.waitForSelector('[data-testid=app]');
      }, { allowed: [/status of 404/] }); // the page under test is a 404: Chromium logs its status
    });

    test('l’app calcule un lien partagé, puis marche hors ligne après une visite', async () => {
      await inFreshPage(browser, async (page) => {
        await page.goto(at(reference));
        const results = await new Results(page).waitFor();
        assert.match(await results.heroYear1(), /^38 000 €/);
        assert.match(await results.heroTotal(), /^132 000 €/);
        // « Signaler une erreur » only with a contact, prefilled with this simulation's link.
        const reports = page.locator('a.report');
        if (build.contact) {
          const href = await reports.first().getAttribute('href');
          assert.match(href, /^mailto:erreurs%40exemple\.fr\?subject=Erreur%20possible/);
          assert.ok(href.includes(encodeURIComponent(host.url)), href);
        } else {
          assert.equal(await reports.count(), 0);
        }
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
        const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
        assert.equal(new URL(scope).pathname, build.publicUrl);
        await page.goto(at('bareme.html'));
        await shot(page, `27-bareme-${build.publicUrl === '/' ? 'racine' : 'sous-chemin'}`, false);
        host.stop();
        await page.goto(at(`${reference.replace('pmt=1300', 'pmt=1200')}`));
        await new Results(page).waitFor();
        assert.match(await new Results(page).heroYear1(), /^38 000 €/);
        await page.goto(at('bareme.html'));
        assert.match(plain(await page.textContent('h1')), /Barème/);
      });
    });
  });
}
