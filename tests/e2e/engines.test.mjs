// The core journeys in the three engines of the phones (Chromium, Firefox, WebKit), served by the
// production host: a shared link gives the figures, a reload gives the answers back, a hostile link
// gets French messages and leaves the saved answers alone, sharing, the iOS install hint, erasing,
// and the app offline after one visit. A screenshot of the result in each engine.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES, IPHONE_UA, launchEngine } from './engines.mjs';
import { plain, reference, startHost } from './harness.mjs';

const KEY = 'assistant-medical/reponses';

for (const name of ENGINES) {
  describe(`les parcours essentiels dans ${name}`, () => {
    let host;
    let engine;
    let tab;
    const text = async (selector) => plain(await tab.text(selector));

    before(async () => {
      host = await startHost();
      engine = await launchEngine(name, host);
      console.log(`# ${name} : ${engine.version}`);
      tab = await engine.tab();
    });
    after(async () => {
      await engine?.close();
      host?.stop();
    });
    // Every journey ends with no page error, in every engine (WebKit's read from the page).
    afterEach(async () => {
      if (tab) assert.deepEqual(await tab.pageErrors(), [], `${name}: the page logged no error`);
    });

    test('un lien partagé donne le verdict et les chiffres', async () => {
      await tab.goto(host.url + reference);
      await tab.waitFor('[data-testid=hero-objective]');
      assert.match(await text('[data-testid=verdict] h2'), /Vous êtes éligible/);
      assert.match(await text('[data-testid=hero-year-1]'), /^38 000 €/);
      assert.match(await text('[data-testid=hero-total]'), /^132 000 €/);
      assert.match(await text('[data-testid=hero-objective]'), /\+260 patients/);
      assert.match(await text('[data-testid=prefill]'), /Simulation préremplie depuis un lien partagé/);
      assert.equal(await tab.evaluate(() => location.hash), '', 'the address is cleaned');
      assert.equal(await tab.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, 'no sideways scroll');
      await tab.shot(`30-moteur-${name}-resultat`);
    });

    test('un rechargement rend les réponses enregistrées', async () => {
      assert.match(await tab.saved(), /pmt=1300/);
      await tab.goto(host.url);
      // Reloaded once the app has started: a reload in the middle of the wasm download aborts it, and
      // Firefox reports that abort as a page error.
      await tab.waitFor('[data-testid=app]');
      await tab.reload();
      await tab.waitFor('[data-testid=resume]');
      await tab.click('[data-testid=resume]');
      await tab.waitFor('[data-testid=hero-year-1]');
      assert.match(await text('[data-testid=hero-year-1]'), /^38 000 €/);
    });

    test('un lien hostile : des messages en français, les réponses enregistrées intactes', async () => {
      const before = await tab.saved();
      await tab.goto(`${host.url}#v=1&spe=zzz&pmt=-12&etp=7&foo=bar`);
      await tab.waitFor('[data-testid=notices] .notice');
      const notices = await text('[data-testid=notices]');
      assert.match(notices, /Ce lien ne contient aucune réponse utilisable/);
      assert.match(notices, /« pmt » \(patientèle médecin traitant\) : « -12 » n'est pas valable/);
      assert.match(notices, /« foo » n'est pas une réponse connue du simulateur/);
      assert.equal(await tab.saved(), before);
      const payload = encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>');
      await tab.goto(`${host.url}#v=1&spe=${payload}&secteur=1&pmt=1300`);
      await tab.waitFor('[data-testid=prefill-issues]');
      assert.match(await text('[data-testid=prefill-issues]'), /« spe » \(spécialité\) : « \(non affichée\) » n'est pas valable/);
      assert.equal(await tab.count('main img, main script'), 0, 'nothing from the link became an element');
      assert.equal(await tab.saved(), before);
    });

    test('partager : le presse-papiers sans feuille de partage, la feuille de partage sinon, le lien affiché', async () => {
      await tab.goto(host.url + reference);
      await tab.waitFor('[data-testid=share]');
      const native = await tab.evaluate(() => 'share' in navigator);
      const shownLink = () => tab.evaluate(() => document.querySelector('[data-testid=share-url]')?.value ?? null);
      if (!native) {
        await tab.click('[data-testid=share]');
        await tab.waitFor('[data-testid=share-url]');
        assert.ok((await shownLink()).endsWith(reference));
        assert.match(await text('[data-testid=share-status]'), /^(Lien copié|Copie impossible : sélectionnez le lien ci-dessous pour le copier\.)$/);
        console.log(`# ${name} : pas de navigator.share, presse-papiers : « ${await text('[data-testid=share-status]')} »`);
      }
      // The phone's share sheet cannot be driven here: a recording navigator.share stands for it.
      await tab.evaluate(() => {
        window.__shared = [];
        navigator.share = (data) => {
          window.__shared.push(data);
          return Promise.resolve();
        };
      });
      await tab.click('[data-testid=share]');
      await tab.waitFor('[data-testid=share-url]');
      const link = await shownLink();
      assert.ok(link.startsWith(host.url) && link.endsWith(reference), link);
      const shared = await tab.evaluate(() => window.__shared.map((data) => [data.url, data.title]));
      assert.deepEqual(shared.map(([url, title]) => [url, plain(title)]), [[link, "Simulation : aide à l'emploi d'un assistant médical"]]);
      assert.equal(await text('[data-testid=share-status]'), '');
    });

    test('l’astuce d’installation sur iPhone', async () => {
      // Safari on an iPhone, not opened from the home screen: the user agent is what the app reads.
      // WebKitWebDriver drives one session at a time: the doctor's tab closes meanwhile.
      await tab.close();
      const iphone = await engine.tab({ userAgent: IPHONE_UA });
      await iphone.goto(host.url);
      await iphone.waitFor('[data-testid=ios-hint]');
      assert.match(plain(await iphone.text('[data-testid=ios-hint]')), /touchez Partager, puis « Sur l'écran d'accueil »/);
      await iphone.click('[data-testid=ios-hint-close]');
      assert.equal(await iphone.count('[data-testid=ios-hint]'), 0);
      if (name === 'webkit') await iphone.shot('31-moteur-webkit-astuce-iphone');
      assert.deepEqual(await iphone.pageErrors(), [], 'the iPhone page logged no error');
      await iphone.close();
      tab = await engine.tab();
    });

    test('effacer mes données vide le stockage et revient à l’accueil', async () => {
      await tab.goto(host.url + reference);
      // Once the worker's details are in: they push the last actions down as they arrive.
      await tab.waitFor('[data-testid=details]');
      await tab.click('[data-testid=erase]');
      await tab.waitFor('[data-testid=erase-confirm]');
      await tab.click('[data-testid=erase-confirm]');
      await tab.waitFor('[data-testid=start]');
      assert.equal(await tab.evaluate((key) => localStorage.getItem(key), KEY), null);
      assert.equal(await tab.count('[data-testid=resume]'), 0);
    });

    test('hors ligne après une visite', async () => {
      await tab.goto(host.url + reference);
      await tab.waitFor('[data-testid=hero-year-1]');
      await tab.controlled();
      host.stop();
      // A query makes it a new document, not a new fragment of the page on screen.
      await tab.goto(`${host.url}?hors-ligne${reference.replace('pmt=1300', 'pmt=1200')}`);
      await tab.waitFor('[data-testid=hero-year-1]');
      assert.match(await text('[data-testid=hero-year-1]'), /^38 000 €/);
      assert.match(await text('[data-testid=hero-objective]'), /\+240 patients/);
      // The details and a tool too: the worker and its WebAssembly come from the service worker's cache.
      await tab.waitFor('[data-action="ecran:comparer"]');
      await tab.click('[data-action="ecran:comparer"]');
      await tab.waitFor('table[data-testid=compare]');
      assert.match(plain(await tab.text('table[data-testid=compare]')), /1 ETP \(temps plein\).*38 000 €/);
    });
  });
}
