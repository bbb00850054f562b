// The simulator on a phone: a GP fills the steps; results, saved answers, share links, a garbage link
// and « Effacer » are checked in a real headless Chromium at 390×844, served by the production host.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inFreshPage, keptSimulations, plain, servedApp, shot } from './harness.mjs';
import { Banners, Home, Results, fillReferenceCase } from './pages.mjs';

const app = servedApp();

/** The issue's reference case: GP, 1 300 patients médecin traitant, 1 ETP, signed in 2025. */
async function fill(page) {
  return fillReferenceCase(page, app.server.url, (name) => shot(page, name));
}

async function assertReferenceResults(results) {
  assert.equal(await results.verdict(), '✓ Vous êtes éligible');
  assert.equal(await results.heroYear1(), '38 000 €');
  assert.equal(await results.heroTotal(), '132 000 €');
  assert.equal(await results.heroObjective(), '+260 patients');
  assert.equal(await results.aidForYear(1), '38 000 €');
  assert.equal(await results.aidForYear(2), '28 000 €');
  assert.equal(await results.aidForYear(3), '22 000 €');
  assert.equal(await results.aidForYear(5), '22 000 €');
  assert.equal(await results.total(), '132 000 €');
  assert.match(await results.objectivePmt(), /^\+260 patients médecin traitant d'ici la 3e année/);
  assert.match(await results.objective(), /de 1 300 à 1 560 patients/);
}

describe('simulateur sur téléphone', () => {
  test('un généraliste à 1 300 patients, 1 ETP, 2025 : 38 000 / 28 000 / 22 000 et +260', () =>
    inFreshPage(app.browser, async (page) => {
      const results = await fill(page);
      await assertReferenceResults(results);
      await shot(page, '05-resultat');
    }));

  test('le résultat en direct suit les réponses, la date est dite en toutes lettres', () =>
    inFreshPage(app.browser, async (page) => {
      const contract = await (await new Home(page).open(app.server.url)).start();
      // Nothing answered yet: no "missing answers" before the doctor had a chance to answer.
      assert.equal(await new Banners(page).liveSummary(), '');
      await contract.signature('2025-03-01');
      assert.equal(plain(await page.textContent('[data-testid=signature-en-lettres]')), '1er mars 2025');
      await contract.specialty('mg');
      await contract.sector('1');
      const activity = await contract.next();
      await activity.pmt('1300');
      const project = await activity.next();
      await project.option('1');
      await page.waitForFunction(() => /38/.test(document.querySelector('[data-testid=live-summary]').textContent));
      assert.match(await new Banners(page).liveSummary(), /✓ Vous êtes éligible · 38 000 € la 1re année · \+260 patients/);
    }));

  test('les réponses reviennent après un rechargement, là où le médecin était', () =>
    inFreshPage(app.browser, async (page) => {
      await fill(page);
      await page.reload();
      await assertReferenceResults(await new Results(page).waitFor());
      const home = await Home.from(page);
      assert.ok(await home.canResume(), 'home offers to resume');
      const [only, ...others] = await home.simulations();
      assert.deepEqual(others, []);
      assert.match(only, /^Projet, signature le 1er mars 2025 · 1 ETP enregistrée le \d{1,2}(er)? \p{L}+ \d{4}$/u);
      await assertReferenceResults(await (await home.resume()).waitFor());
    }));

  test('à l’étape 1 avec une date de 2021, aucun ✗ épinglé : les questions de l’avenant 7 restent à poser', () =>
    inFreshPage(app.browser, async (page) => {
      const contract = await (await new Home(page).open(app.server.url)).start();
      await contract.signature('2021-05-10');
      await contract.specialty('mg');
      await contract.sector('1');
      await page.waitForFunction(() => document.querySelector('#secteur-1')?.checked);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      // The step-3 questions of 2021 (group, coordination, ZIP) are not answered yet: missing, so
      // nothing is pinned, never « ✗ » as if they were « non ».
      const live = await new Banners(page).liveSummary();
      assert.doesNotMatch(live, /✗|pas éligible/, live);
      assert.equal(live, '', 'an incomplete simulation pins no verdict');
    }));

  test('« Modifier » sur une réponse mène droit à sa question', () =>
    inFreshPage(app.browser, async (page) => {
      await page.goto(app.server.url + '#v=1&spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01');
      await new Results(page).waitFor();
      await page.click('[data-testid=answers] summary');
      await page.click('[data-testid=answers] button[aria-label="Modifier\u00a0: Patientèle médecin traitant"]');
      await page.waitForFunction(() => document.activeElement?.id === 'pmt');
      assert.match(plain(await page.textContent('#app h1')), /Votre activité/);
    }));

  test('un lien partagé ouvre la même simulation sur un autre profil', async () => {
    const link = await inFreshPage(
      app.browser,
      async (page) => {
        const results = await fill(page);
        const shared = await results.share();
        assert.match(shared, /#v=1&spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01$/);
        assert.equal(await results.shareStatus(), 'Lien copié');
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shared);
        return shared;
      },
      { options: { permissions: ['clipboard-read', 'clipboard-write'] } },
    );
    await inFreshPage(app.browser, (page, context) => openOnAColleaguesPhone(page, context, link));
  });

  /** The colleague's phone, slowed 4×, opens the link cold. */
  async function openOnAColleaguesPhone(page, context, link) {
    const colleague = { page, context };
    // Every frame until the app is there: the static home must stay until the result replaces it,
    // never a blank page in between (the phone slowed 4× so that frames fall between tasks).
    await colleague.page.addInitScript(() => {
      window.__blankFrames = 0;
      const watch = () => {
        if (document.querySelector('[data-testid=app]')) return;
        if (document.getElementById('accueil')?.hidden) window.__blankFrames += 1;
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await (await colleague.context.newCDPSession(colleague.page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await colleague.page.goto(link);
    const shared = await new Results(colleague.page).waitFor();
    assert.equal(await colleague.page.evaluate(() => window.__blankFrames), 0, 'no blank frame before the result');
    assert.match(plain(await colleague.page.textContent('[data-testid=prefill]')), /Simulation préremplie depuis un lien partagé/);
    await assertReferenceResults(shared);
    assert.equal(new URL(colleague.page.url()).hash, '', 'the address is cleaned');
    await shot(colleague.page, '06-lien-partage');
    // Nothing was saved on the colleague's phone before: the link's answers are now kept there,
    // marked as received.
    const [saved, ...others] = (await keptSimulations(colleague.page)).map((json) => JSON.parse(json));
    assert.deepEqual(others, []);
    assert.match(saved.answers, /pmt=1300/);
    assert.equal(saved.origin, 'lien');
  }

  test('un lien aux valeurs absurdes donne un message en français et garde les réponses enregistrées', () =>
    inFreshPage(app.browser, async (page) => {
      await fill(page);
      const before = await keptSimulations(page);
      assert.equal(before.length, 1);

      await page.goto(`${app.server.url}#v=1&spe=zzz&pmt=-12&etp=7&foo=bar`);
      await page.waitForSelector('[data-testid=notices] .notice');
      const notice = await new Banners(page).notices();
      assert.match(notice, /Ce lien ne contient aucune réponse utilisable/);
      assert.match(notice, /« spe » \(spécialité\) : « zzz » n'est pas valable/);
      assert.match(notice, /« pmt » \(patientèle médecin traitant\) : « -12 » n'est pas valable \(un nombre négatif n'a pas de sens ici/);
      assert.match(notice, /« foo » n'est pas une réponse connue du simulateur/);
      await shot(page, '07-lien-absurde');
      assert.deepEqual(await keptSimulations(page), before);

      // A half-valid link: prefilled, the bad key listed, kept apart; the doctor's own untouched.
      await page.goto(`${app.server.url}#v=1&spe=mg&secteur=1&pmt=abc&etp=1/2&signature=2025-03-01`);
      await page.waitForSelector('[data-testid=prefill]');
      assert.match(await new Banners(page).prefillIssues(), /« pmt » .* « abc » n'est pas valable/);
      const withTheLink = await keptSimulations(page);
      assert.equal(withTheLink.length, 2);
      assert.ok(withTheLink.includes(before[0]), 'the doctor\'s simulation is untouched');
      await new Banners(page).backToSaved();
      await assertReferenceResults(await new Results(page).waitFor());
      assert.deepEqual(await keptSimulations(page), withTheLink);
    }));

  test('un lien reçu s’ajoute à « Mes simulations » sans rien remplacer ; supprimer se rattrape', () =>
    inFreshPage(app.browser, async (page) => {
      await fill(page);
      await page.goto(`${app.server.url}#v=1&spe=mg&secteur=1&pmt=900&etp=1/2&signature=2025-03-01`);
      await page.waitForSelector('[data-testid=back-to-saved]');
      assert.match(await new Banners(page).prefill(), /Enregistrée à part : la vôtre n'a pas changé\./);
      assert.equal(await new Results(page).aidForYear(1), '19 000 €');
      const kept = (await keptSimulations(page)).map((json) => JSON.parse(json).answers);
      assert.equal(kept.length, 2);
      assert.ok(kept.some((answers) => /pmt=1300/.test(answers)) && kept.some((answers) => /pmt=900/.test(answers)), kept.join(' | '));
      // The same link again opens the one kept, not a copy.
      await page.goto(`${app.server.url}?x#v=1&spe=mg&secteur=1&pmt=900&etp=1/2&signature=2025-03-01`);
      await page.waitForSelector('[data-testid=prefill]');
      assert.match(await new Banners(page).prefill(), /Déjà dans vos simulations/);
      assert.equal((await keptSimulations(page)).length, 2);

      const home = await Home.from(page);
      const names = await home.simulations();
      assert.equal(names.length, 2);
      assert.match(names[0], /^Lien reçu le .* · Projet, signature le 1er mars 2025 · 1\/2 ETP/);
      assert.match(names[1], /^Projet, signature le 1er mars 2025 · 1 ETP/);
      await shot(page, '15-mes-simulations');
      await home.delete(0);
      assert.deepEqual(await home.simulations(), [names[1]]);
      await page.click('[data-testid=undo]');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=open-simulation]').length === 2);
      await assertReferenceResults(await (await new Home(page).openSimulation(1)).waitFor());
    }));

  test('un contrat déjà signé se suit depuis son résultat : « Suivre ce contrat »', () =>
    inFreshPage(app.browser, async (page) => {
      await fill(page);
      await page.click('[data-testid=already-signed] button');
      await page.waitForSelector('#pmtjour');
      // The answers given in the steps are the contract's: the signature and its counts.
      assert.equal(await page.inputValue('#signature'), '2025-03-01');
      assert.equal(await page.inputValue('#pmt'), '1300');
      await page.fill('#pmtjour', '1 400');
      await page.fill('#releve', '2026-11-20');
      await page.click('[data-testid=next]');
      await page.waitForSelector('[data-testid=contract-hero]');
      assert.match(plain(await page.textContent('[data-testid=contract-objective]')), /\+100 patients sur les \+260 promis/);
      await shot(page, '33-suivre-ce-contrat');
    }));

  test('un lien collé avec « ? » au lieu de « # » ouvre la simulation, ou dit pourquoi il est ignoré', () =>
    inFreshPage(app.browser, async (page) => {
      await page.goto(`${app.server.url}?spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01`);
      await assertReferenceResults(await new Results(page).waitFor());
      assert.equal(new URL(page.url()).search, '', 'the address is cleaned');
      await page.goto(`${app.server.url}?foo=bar`);
      await page.waitForSelector('[data-testid=notices] .notice');
      assert.match(await new Banners(page).notices(), /Ce lien ne contient aucune réponse utilisable/);
    }));

  test('effacer mes données demande confirmation, vide le stockage et revient à l’accueil', () =>
    inFreshPage(app.browser, async (page) => {
      await fill(page);
      await page.click('[data-testid=erase]');
      await shot(page, '08-effacer-confirmation', false);
      assert.equal((await keptSimulations(page)).length, 1, 'nothing erased before confirming');
      await page.click('[data-testid=erase-confirm]');
      const home = new Home(page);
      await page.waitForSelector('[data-testid=start]');
      assert.equal(await home.canResume(), false);
      const keys = await page.evaluate(() => Object.keys(localStorage));
      assert.deepEqual(keys.filter((key) => key.startsWith('assistant-medical/')), []);
      assert.match(await new Banners(page).notices(), /Vos données ont été effacées de cet appareil/);
      await shot(page, '08-donnees-effacees');
      await page.reload();
      await page.waitForSelector('[data-testid=start]');
      assert.equal(await home.canResume(), false);
    }));
});
