// The core journeys in the three engines of the phones (Chromium, Firefox, WebKit), served by the
// production host: a shared link gives the figures, a reload gives the answers back, a hostile link
// gets French messages and leaves the saved answers alone, sharing, the iOS install hint, erasing,
// and the app offline after one visit. A screenshot of the result in each engine.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES, IPHONE_UA, launchEngine } from './engines.mjs';
import { plain, reference, startHost } from './harness.mjs';

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

    test('un rechargement ramène le médecin où il était, ses réponses gardées', async () => {
      assert.match(await tab.saved(), /pmt=1300/);
      await tab.goto(host.url);
      // Reloaded once the app has started: a reload in the middle of the wasm download aborts it, and
      // Firefox reports that abort as a page error.
      await tab.waitFor('[data-testid=app]');
      await tab.reload();
      await tab.waitFor('[data-testid=hero-year-1]');
      assert.match(await text('[data-testid=hero-year-1]'), /^38 000 €/);
      assert.equal(await tab.evaluate(() => document.getElementById('accueil').hidden), true, 'the result, not the home screen');
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
      // What the link could give is kept apart: every simulation kept before is untouched.
      const after = (await tab.saved()).split('\n');
      assert.equal(after.length, before.split('\n').length + 1);
      for (const kept of before.split('\n')) assert.ok(after.includes(kept), kept);
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
      // Not on a first visit, nor over a shared link's banner: after a first result, once that
      // banner is closed.
      await iphone.goto(host.url);
      await iphone.waitFor('[data-testid=app]');
      // A first visit: nothing kept (Chromium's and Firefox's tabs share the earlier journeys' storage).
      await iphone.evaluate(() => localStorage.clear());
      await iphone.reload();
      await iphone.waitFor('[data-testid=start]');
      assert.equal(await iphone.count('[data-testid=ios-hint]'), 0, 'no hint before a result');
      await iphone.goto(host.url + reference);
      await iphone.waitFor('[data-testid=prefill]');
      assert.equal(await iphone.count('[data-testid=ios-hint]'), 0, 'never over a shared link');
      await iphone.click('[data-testid=close-prefill]');
      await iphone.waitFor('[data-testid=ios-hint]');
      assert.match(plain(await iphone.text('[data-testid=ios-hint]')), /touchez Partager, puis « Sur l'écran d'accueil »/);
      await iphone.click('[data-testid=ios-hint-close]');
      assert.equal(await iphone.count('[data-testid=ios-hint]'), 0);
      if (name === 'webkit') await iphone.shot('31-moteur-webkit-astuce-iphone');
      assert.deepEqual(await iphone.pageErrors(), [], 'the iPhone page logged no error');
      await iphone.close();
      tab = await engine.tab();
    });

    test('effacer mes données vide le stockage et revient à l’accueil ; « Annuler » rend tout', async () => {
      await tab.goto(host.url + reference);
      // Once the worker's details are in: they push the last actions down as they arrive.
      await tab.waitFor('[data-testid=details]');
      const kept = await tab.saved();
      assert.match(kept, /pmt=1300/);
      await tab.click('[data-testid=erase]');
      await tab.waitFor('[data-testid=erase-confirm]');
      await tab.click('[data-testid=erase-confirm]');
      await tab.waitFor('[data-testid=start]');
      const ours = () => tab.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('assistant-medical/')).length);
      assert.equal(await ours(), 0);
      assert.equal(await tab.count('[data-testid=resume]'), 0);
      await tab.click('[data-testid=undo]');
      await tab.waitFor('[data-testid=resume]');
      assert.equal(await tab.saved(), kept);
    });

    test('un contrat en cours : saisi, rechargé, partagé, l’agenda en fichier', async () => {
      await tab.goto(host.url);
      await tab.waitFor('[data-testid=app]');
      // Landed back where the previous journey left: the way home first, when there is one.
      if ((await tab.count('[data-testid=home]')) > 0) await tab.click('[data-testid=home]');
      await tab.waitFor('[data-testid=follow-contract]');
      await tab.click('[data-testid=follow-contract]');
      await tab.waitFor('#pmtjour');
      // Signed on 1 October 2023 at half time: the counts and the target written in the contract,
      // and today's counts from ameli pro.
      const contract = {
        signature: '2023-10-01', spe: 'mg', etp: '1/2', pmt: '900', fa: '1200', objpmt: '1125',
        pmtjour: '1000', releve: '2026-11-20', embauche: '2023-11-06',
      };
      for (const [key, value] of Object.entries(contract)) assert.equal(await tab.fill(`#${key}`, value), value, key);
      assert.equal(await text('[data-testid=signature-en-lettres]'), '1er octobre 2023');
      await tab.click('[data-testid=next]');
      await tab.waitFor('[data-testid=contract-hero]');
      // The contract year of today, as the doctor's phone counts it.
      const year = await tab.evaluate(() => {
        const now = new Date();
        return now.getFullYear() - 2023 + (now.getMonth() >= 9 ? 1 : 0);
      });
      assert.match(await text('[data-testid=contract-year]'), new RegExp(`^${year}e année de votre contrat$`));
      assert.match(await text('[data-testid=contract-dates]'), /signé le 1er octobre 2023/);
      assert.match(await text('[data-testid=contract-objective]'), /\+100 patients sur les \+225 promis \(selon votre contrat\)/);
      assert.doesNotMatch(await text('[data-testid=contract-objective]'), /estimation/);
      await tab.shot(`32-moteur-${name}-contrat`);

      await tab.reload();
      await tab.waitFor('[data-testid=contract-hero]');
      assert.match(await text('[data-testid=contract-objective]'), /\+100 patients sur les \+225 promis/);

      // The agenda: an iCalendar file written on the device, a download link.
      const agenda = await tab.evaluate(() => {
        const link = document.querySelector('[data-testid=agenda]');
        return { href: link.getAttribute('href'), download: link.getAttribute('download') };
      });
      assert.match(agenda.download, /\.ics$/);
      const calendar = decodeURIComponent(agenda.href.replace(/^data:text\/calendar[^,]*,/, ''));
      assert.match(calendar, /^BEGIN:VCALENDAR\r\n/);
      assert.match(calendar, /BEGIN:VEVENT/);
      assert.match(calendar, /END:VCALENDAR\r\n$/);

      // Shared: a link that opens the same contract on a colleague's phone.
      await tab.evaluate(() => {
        navigator.share = () => Promise.resolve();
      });
      await tab.click('[data-testid=share]');
      await tab.waitFor('[data-testid=share-url]');
      const link = await tab.evaluate(() => document.querySelector('[data-testid=share-url]').value);
      assert.match(link, /#v=1&.*suivi=1/);
      for (const key of ['objpmt=1125', 'pmtjour=1000', 'releve=2026-11-20']) assert.ok(link.includes(key), key);
      assert.equal(await tab.count('[data-testid=print]'), 1, 'the « Bilan PDF » is offered');
    });

    test('deux fenêtres ouvertes : chaque changement est gardé, aucun n’écrase l’autre', async () => {
      await tab.goto(host.url + reference);
      await tab.waitFor('[data-testid=hero-year-1]');
      const other = await tab.twin();
      try {
        await other.goto(host.url);
        // The other window lands on the same simulation.
        await other.waitFor('[data-testid=hero-year-1]');
        // A change in the first window…
        await tab.click('[data-testid=edit]');
        await tab.click('[data-testid=next]');
        await tab.waitFor('#pmt');
        await tab.fill('#pmt', '1400');
        // …reaches the other, which says so.
        await other.waitFor('[data-testid=notices] .notice');
        assert.match(plain(await other.text('[data-testid=notices]')), /modifiée dans une autre fenêtre/);
        // A change in the other window keeps the first one's.
        await other.click('[data-testid=edit]');
        await other.waitFor('#signature');
        await other.fill('#signature', '2025-04-01');
        const both = async (window) => window.evaluate(() => {
          const key = (localStorage.getItem('assistant-medical/courante') ?? '').split('\n')[0];
          return localStorage.getItem(`assistant-medical/simulations/${key}`) ?? '';
        });
        for (const window of [tab, other]) {
          const kept = await both(window);
          assert.match(kept, /pmt=1400/, 'the first window\'s change is kept');
          assert.match(kept, /signature=2025-04-01/, 'the second window\'s change is kept');
        }
        // The first window, still on its step, changes again: the second window's answer is kept,
        // never overwritten by what the first held in memory.
        await tab.waitFor('[data-testid=notices] .notice');
        await tab.fill('#pmt', '1450');
        const last = await both(tab);
        assert.match(last, /pmt=1450/);
        assert.match(last, /signature=2025-04-01/, 'nothing lost');
        assert.deepEqual(await other.pageErrors(), [], `${name}: the other window logged no error`);
      } finally {
        await other.close();
      }
    });

    test('« Que faire ? » : un bouton ouvre la simulation changée, et le verdict promis est celui obtenu', async () => {
      const promised = {
        'vous seriez éligible': /^✓ Vous êtes éligible/,
        'vous pourriez être éligible, à confirmer par votre CPAM': /^\? À confirmer par votre CPAM/,
      };
      for (const [label, link, button, says] of [
        ['secteur 2 sans OPTAM', '#v=1&spe=mg&secteur=2&pmt=1300&etp=1&signature=2025-03-01', 'try-0', /Secteur/],
        ['600 patients (convention 2024)', '#v=1&spe=mg&secteur=1&pmt=600&etp=1&signature=2025-03-01', 'try-0', /il vous manque 175 patients \(il en faut 775\)/],
        ['seul hors ZIP (avenant 7)', '#v=1&spe=mg&secteur=1&pmt=1300&etp=1/2&signature=2021-05-10&zip=0&groupe=0&coordonne=0&zac=0', 'try-1', /Exercice/],
      ]) {
        await tab.goto(host.url + link);
        await tab.waitFor('[data-testid=way-forward]');
        assert.match(await text('[data-testid=way-forward]'), says, label);
        const brings = await tab.evaluate((id) => document.querySelector(`[data-testid=${id}]`).closest('li').querySelector('.brings').textContent, button);
        const [words, verdict] = Object.entries(promised).find(([words]) => plain(brings).includes(words)) ?? [];
        assert.ok(verdict, `${label}: a better verdict is promised (${plain(brings)})`);
        await tab.click(`[data-testid=${button}]`);
        await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        assert.match(await text('[data-testid=verdict] h2'), verdict, `${label}: « ${words} » holds`);
      }
      // A specialist without a band: the question to ask, and where to type the CPAM's answer.
      await tab.goto(`${host.url}#v=1&spe=cardio&secteur=1&etp=1/2&signature=2025-03-01`);
      await tab.waitFor('[data-testid=way-forward]');
      assert.match(await text('[data-testid=way-forward]'), /demandez à votre CPAM la bande/);
      await tab.click('[data-testid=try-0]');
      await tab.waitFor('#bande');
      assert.equal(await tab.evaluate(() => new Promise((done) => setTimeout(() => done(document.activeElement?.id), 300))), 'bande');
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
