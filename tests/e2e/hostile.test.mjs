// Issue 5: hostile links, failing storage, strict CSP, no third-party request, and the panic screen.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inFreshPage, keptSimulations, plain, reference, servedApp, shot } from './harness.mjs';
import { Banners, Home, Results } from './pages.mjs';

/** Where versions before « Mes simulations » kept the one simulation. */
const OLD_KEY = 'assistant-medical/reponses';
const app = servedApp();
const kept = keptSimulations;

/** Records the page's dialogs and CSP violations from its very first script. */
async function watch(page, context) {
  page.dialogs = [];
  page.on('dialog', async (dialog) => {
    page.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

async function seed(page, value, key = OLD_KEY) {
  await page.goto(app.server.url);
  // The app must have started before the value is planted, or that first start could read it.
  await page.waitForSelector('[data-testid=app]');
  await page.evaluate(([at, raw]) => localStorage.setItem(at, raw), [key, value]);
  await page.reload();
  await page.waitForSelector('[data-testid=app]');
}

describe('entrées hostiles et navigateurs défaillants', () => {
  test('un lien porteur de script affiche un message et n’exécute rien', () =>
    inFreshPage(app.browser, async (page, context) => {
      await watch(page, context);
      const payload = encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>');
      await page.goto(`${app.server.url}#v=1&spe=${payload}&pmt=%22%3E%3Csvg%2Fonload%3Dalert(3)%3E&%3Cb%3Ecle%3C%2Fb%3E=1&secteur=1`);
      await page.waitForSelector('[data-testid=prefill-issues]', { state: 'attached' });
      const text = await new Banners(page).prefillIssues();
      // Markup is never echoed back, not even as text.
      assert.match(text, /« spe » \(spécialité\) : « \(non affichée\) » n'est pas valable/);
      assert.match(text, /« pmt » \(patientèle médecin traitant\) : « \(non affichée\) » n'est pas valable/);
      assert.match(text, /« \(non affichée\) » n'est pas une réponse connue/);
      assert.doesNotMatch(await new Banners(page).notices(), /<|onerror|onload|script/);
      // Everything the link could reach is written once the worker's details are in.
      await new Results(page).waitFor();
      assert.deepEqual(page.dialogs, [], 'no dialog opened');
      assert.equal(await page.locator('main img, main script, main svg[onload], main b').count(), 0, 'nothing from the link became an element');
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      await shot(page, '11-lien-script');
    }));

  test('un enregistrement abîmé ou étranger est mis de côté, avec un message', async () => {
    const simulation = 'assistant-medical/simulations/1733500000000';
    for (const [label, raw, key] of [
      ['abîmé', '{"schema":2,"answers":"v=1&spe=mg', OLD_KEY],
      ['étranger', '{"theme":"dark"}', OLD_KEY],
      ['futur', '{"schema":7,"answers":"x"}', OLD_KEY],
      ['abîmé, parmi mes simulations', '{"schema":3,"answers":', simulation],
      ['futur, parmi mes simulations', '{"schema":4,"answers":"v=2"}', simulation],
    ]) {
      await inFreshPage(app.browser, async (page, context) => {
        await watch(page, context);
        await seed(page, raw, key);
        const notices = await new Banners(page).notices();
        assert.match(notices, label.startsWith('futur') ? /version plus récente du simulateur/ : /n'a pas pu être relue/, label);
        assert.match(notices, /mise de côté/);
        const aside = await page.evaluate(() => Object.entries(localStorage).filter(([at]) => at.startsWith('assistant-medical/mises-de-cote/')).map(([, value]) => value));
        assert.deepEqual(aside, [raw], `${label}: the value is kept aside, untouched`);
        assert.equal(await page.evaluate((at) => localStorage.getItem(at), key), null);
        assert.equal(await new Home(page).canResume(), false);
        if (label === 'abîmé') await shot(page, '12-stockage-abime');
      });
    }
  });

  test('un enregistrement de l’ancien format (schéma 1) est migré, pas perdu', () =>
    inFreshPage(app.browser, async (page, context) => {
      await watch(page, context);
      await seed(page, '{"schema":1,"answers":"v=1&spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01"}');
      const results = await (await new Home(page).resume()).waitFor();
      assert.equal(await results.aidForYear(1), '38 000 €');
      const [stored, ...others] = (await kept(page)).map((json) => JSON.parse(json));
      assert.deepEqual(others, [], 'one simulation, moved to a key of its own');
      assert.equal(stored.schema, 3);
      assert.equal(stored.origin, 'saisie');
      assert.match(stored.answers, /pmt=1300/);
      assert.equal(await page.evaluate((at) => localStorage.getItem(at), OLD_KEY), null, 'the old key is emptied once moved');
      assert.equal(await new Banners(page).notices(), '');
    }));

  test('sans stockage local, l’app fonctionne et prévient que rien ne sera gardé', () =>
    inFreshPage(app.browser, async (page, context) => {
      await watch(page, context);
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
      });
      await page.goto(app.server.url + reference);
      const results = await new Results(page).waitFor();
      assert.equal(await results.aidForYear(1), '38 000 €');
      assert.match(await new Banners(page).storageWarning(), /ne permet pas d'enregistrer vos réponses sur cet appareil/);
      await shot(page, '13-stockage-desactive');
    }));

  test('stockage plein : l’app continue et prévient', () =>
    inFreshPage(app.browser, async (page, context) => {
      await watch(page, context);
      await context.addInitScript(() => {
        Storage.prototype.setItem = function setItem() {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await page.goto(app.server.url + reference);
      const results = await new Results(page).waitFor();
      assert.equal(await results.aidForYear(2), '28 000 €');
      await page.waitForSelector('[data-testid=storage-warning]');
      assert.match(await new Banners(page).storageWarning(), /espace de stockage de votre navigateur est plein/);
    }));

  test('toute une session : aucune requête hors de l’origine, CSP présente et respectée', () =>
    inFreshPage(app.browser, async (page, context) => {
      await watch(page, context);
      const requests = [];
      context.on('request', (request) => requests.push(request.url()));
      await page.goto(app.server.url);
      const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
      assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:|\*/);
      assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
      const contract = await new Home(page).start();
      await contract.signature('2025-03-01');
      await contract.specialty('mg');
      await contract.sector('1');
      const project = await (await (await contract.next()).pmt('1300')).next();
      await project.option('1');
      const shown = await (await project.next()).waitFor();
      assert.equal(await shown.aidForYear(1), '38 000 €');
      await shown.share();
      await page.click('footer >> text=Mentions légales');
      await page.waitForSelector('h1:has-text("Mentions légales")');
      await page.goBack();
      await page.waitForSelector('[data-testid=app]');
      await page.waitForLoadState('networkidle');
      const origin = new URL(app.server.url).origin;
      const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
      assert.deepEqual(foreign, [], 'every request stays on the page origin');
      assert.ok(requests.some((url) => url.endsWith('.wasm')), 'the network log was recorded');
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
    }));

  test('une erreur inattendue affiche un écran en français et un moyen de recommencer', () =>
    inFreshPage(app.browser, async (page, context) => {
      await watch(page, context);
      await page.goto(app.server.url + reference);
      await new Results(page).waitFor();
      const saved = await kept(page);
      assert.equal(saved.length, 1);
      await page.goto(`${app.server.url}?erreur-de-test`);
      await page.waitForSelector('.panic');
      assert.match(plain(await page.textContent('.panic')), /^Erreur inattendue\s*Le simulateur a rencontré une erreur/);
      await shot(page, '14-erreur-inattendue');
      await page.click('text=Recommencer une simulation');
      await page.waitForSelector('[data-testid=start]');
      assert.match(await new Banners(page).notices(), /mises de côté sur cet appareil, pas supprimées/);
      const aside = await page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('assistant-medical/mises-de-cote/')).map(([, value]) => value));
      assert.deepEqual(aside, saved);
      assert.deepEqual(await kept(page), [], 'set aside, not copied');
      assert.equal(new URL(page.url()).search, '', 'the address is cleaned');
      // The panic asked for by the address: a WebAssembly trap, « unreachable », and nothing else.
    }, { allowed: [/^unreachable$/] }));
});
