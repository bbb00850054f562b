// The answer at a glance, on a 390×844 phone: verdict, first-year aid, five-year total, objective and
// the actions in the first screen; no screen wider than the phone at 320 and 390 px; axe-core on
// every state; screenshots of every path (not eligible, to confirm, an opened « Pourquoi ? », a
// chart, each step with the live result).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inFreshPage, plain, reference, root, servedApp, shot } from './harness.mjs';
import { Activity, Banners, Home, Results, Tool } from './pages.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const app = servedApp();
const refused = '#v=1&spe=mg&secteur=2&pmt=1300&etp=1&signature=2025-03-01';
const toConfirm = '#v=1&spe=cardio&secteur=1&etp=1/2&signature=2025-03-01';

/** Each screen, reached as a doctor would. */
const screens = [
  ['accueil', (page) => new Home(page).open(app.server.url)],
  ['contrat', async (page) => (await new Home(page).open(app.server.url)).start()],
  ['activite', async (page) => { await openResult(page, reference); await page.click('[data-testid=edit]'); await page.click('[data-testid=next]'); }],
  ['projet', async (page) => { await openResult(page, reference); await page.click('[data-testid=edit]'); await page.click('[data-testid=next]'); await page.click('[data-testid=next]'); }],
  ['resultat', (page) => openResult(page, reference)],
  ['resultat-non-eligible', (page) => openResult(page, refused)],
  ['resultat-a-confirmer', (page) => openResult(page, toConfirm)],
  ['resultat-incomplet', (page) => openResult(page, '#v=1&spe=chir&secteur=1&etp=1/2&signature=2025-03-01')],
  ['resultat-collectif', (page) => openResult(page, '#v=1&spe=mg&secteur=1&collectif=3&pmt=900&fa=1500&etpgroupe=2&signature=2026-03-01')],
  ['comparer', async (page) => (await openResult(page, reference)).openTool('Comparer les options')],
  ['cout', async (page) => (await openResult(page, reference)).openTool('Coût net de l\'assistant')],
  ['calendrier', async (page) => (await openResult(page, reference)).openTool('Calendrier des versements')],
  ['et-si', async (page) => { await (await openResult(page, reference)).openTool('Et si… en 3e année'); await page.fill('#pmt3', '1 430'); await page.waitForSelector('[data-testid=what-if-aid]'); }],
  ['accueil-mes-simulations', async (page) => { await openResult(page, reference); await page.click('[data-testid=home]'); await page.waitForSelector('[data-testid=simulations]'); }],
  ['mon-contrat', async (page) => { await openContract(page); await page.click('[data-testid=edit-contract]'); await page.waitForSelector('#pmtjour'); }],
  ['suivi', (page) => openContract(page)],
  ['bareme', (page) => page.goto(`${app.server.url}bareme.html`)],
  ['ensuite', (page) => page.goto(`${app.server.url}ensuite.html`)],
  ['mentions-legales', (page) => page.goto(`${app.server.url}mentions-legales.html`)],
  ['confidentialite', (page) => page.goto(`${app.server.url}confidentialite.html`)],
  ['accessibilite', (page) => page.goto(`${app.server.url}accessibilite.html`)],
  ['page-introuvable', (page) => page.goto(`${app.server.url}pas/ici`)],
];

/** A contract signed on 1 October 2023 at half time, followed with today's counts. */
export const runningContract = '#v=1&suivi=1&spe=mg&secteur=1&etp=1/2&signature=2023-10-01&pmt=900&fa=1200&objpmt=1125&pmtjour=1000&fajour=1250&releve=2026-11-20&embauche=2023-11-06';

async function openContract(page) {
  await page.goto(app.server.url + runningContract);
  await page.waitForSelector('[data-testid=contract-hero]');
}

async function openResult(page, link) {
  await page.goto(app.server.url + link);
  return new Results(page).waitFor();
}

/** Elements whose content is wider than their own box (ignoring what is meant to be clipped). */
function overflowing() {
  // A 1-pixel box that hides its overflow is a screen-reader-only helper (a table's headings on a phone).
  const insideClippedHelper = (element) => {
    for (let box = element.parentElement; box; box = box.parentElement) {
      if (box.getBoundingClientRect().width <= 1 && getComputedStyle(box).overflow === 'hidden') return true;
    }
    return false;
  };
  const found = [];
  for (const element of document.querySelectorAll('body *')) {
    if (element.closest('svg') || element.closest('.visually-hidden') || insideClippedHelper(element)) continue;
    const style = getComputedStyle(element);
    if (style.display === 'inline' || style.display === 'none' || style.overflowX !== 'visible') continue;
    if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
      found.push(`${element.tagName.toLowerCase()}.${element.className} (${element.scrollWidth} > ${element.clientWidth})`);
    }
  }
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth) found.push(`the page (${page.scrollWidth} > ${page.clientWidth})`);
  return found;
}

describe('la réponse d’un coup d’œil', () => {
  test('le verdict, l’aide de la 1re année, le total sur 5 ans, l’objectif et les actions tiennent dans le premier écran', () =>
    inFreshPage(app.browser, async (page) => {
      await openResult(page, reference);
      const bottoms = await page.evaluate(() =>
        Object.fromEntries(
          ['verdict', 'hero-year-1', 'hero-total', 'hero-objective', 'share', 'print', 'edit'].map((id) => [
            id,
            Math.round(document.querySelector(`[data-testid=${id}]`).getBoundingClientRect().bottom + window.scrollY),
          ]),
        ),
      );
      for (const [id, bottom] of Object.entries(bottoms)) assert.ok(bottom <= 844, `${id} ends at ${bottom} px`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`# résultat : éléments clés en ${JSON.stringify(bottoms)} ; hauteur de la page ${height} px (tout replié)`);
      assert.ok(height < 2_000, `${height} px (aim: under 2 000 px, everything folded)`);
      await shot(page, '21-resultat-premier-ecran', false);
    }));

  test('les conditions : repliées quand tout va, ouvertes quand l’une échoue ou reste à confirmer', () =>
    inFreshPage(app.browser, async (page) => {
      await openResult(page, reference);
      assert.equal(await page.getAttribute('[data-testid=conditions]', 'open'), null);
      assert.match(await new Results(page).conditionsSummary(), /^4 conditions remplies$/);
      assert.match(await new Results(page).conditions(), /vos 1 300 patients ≥ 775 \(seuil P30\)/);
      await openResult(page, refused);
      assert.equal(await page.getAttribute('[data-testid=conditions]', 'open'), '');
      assert.match(await new Results(page).verdict(), /Vous n'êtes pas éligible/);
      assert.match(plain(await page.textContent('[data-testid=verdict]')), /Secteur : Secteur 2 sans OPTAM : non éligible/);
      // No large figures for an aid this doctor cannot get: the text's amounts are folded, under another title.
      assert.equal(plain(await page.textContent('#aide-titre')), 'L\'aide prévue par le texte');
      assert.equal(await page.locator('svg.chart').isVisible(), false);
      await shot(page, '22-non-eligible');
      await openResult(page, toConfirm);
      assert.match(await new Results(page).verdict(), /À confirmer par votre CPAM/);
      assert.match(await new Results(page).conditionsSummary(), /à confirmer/);
      await shot(page, '23-a-confirmer');
      // An opened « Pourquoi ? », with its way to the barème.
      await page.click('[data-testid=conditions] li.to-confirm details.why summary');
      assert.match(plain(await page.textContent('[data-testid=conditions] li.to-confirm .why-body')), /Fiabilité : inconnu : fixé par votre CPAM/);
      assert.equal(await page.getAttribute('[data-testid=conditions] li.to-confirm .why-links a', 'href'), 'bareme.html#conv2024');
      await shot(page, '24-pourquoi-ouvert', false);
    }));

  test('le graphique de l’aide : cinq barres, les plafonds en pointillés, son texte', () =>
    inFreshPage(app.browser, async (page) => {
      await openResult(page, `${reference}&pmt3=1430`);
      assert.equal(await page.locator('svg.chart rect.bar:not(.estimate)').count(), 5);
      assert.equal(await page.locator('svg.chart rect.ceiling').count(), 3);
      assert.match(plain(await page.textContent('#graphique-aide-description')), /3e année : au plus 22 000 €, estimé 11 000 €/);
      await page.locator('figure.chart-figure').screenshot({ path: join(root, 'target/e2e-screenshots/25-graphique-aide.png') });
    }));

  test('chaque étape avec le résultat en direct, une barre de progression, un bouton qui nomme la suivante', () =>
    inFreshPage(app.browser, async (page) => {
      await openResult(page, reference);
      await page.click('[data-testid=edit]');
      for (const [number, name] of [[1, 'contrat'], [2, 'activite'], [3, 'projet']]) {
        await page.waitForSelector(`.progress .done-${number}`);
        assert.match(await new Banners(page).liveSummary(), /✓ Vous êtes éligible · 38 000 € la 1re année/);
        assert.equal(plain(await page.textContent('[data-testid=next]')), ['Suivant : votre activité', 'Suivant : votre projet', 'Voir le résultat'][number - 1]);
        await shot(page, `26-etape-${number}-${name}`, false);
        if (number === 2) {
          const activity = new Activity(page);
          assert.match(await activity.gauge(), /P30\s*775\s*P50\s*1 045\s*P70≈\s*1 330/);
          // 1 300 patients sit between the P50 tick (1 045) and the P70 one (≈ 1 330)…
          let { marker, ticks } = await activity.gaugeMarker();
          assert.ok(ticks[1] < marker && marker < ticks[2], JSON.stringify({ marker, ticks }));
          // …and 1 600 between P90 (1 503) and P95 (1 721): the marker follows the count.
          await activity.pmt('1 600');
          await page.waitForFunction(() => /1 600|1\u202f600/.test(document.querySelector('[data-testid=gauge] figcaption').textContent));
          ({ marker, ticks } = await activity.gaugeMarker());
          assert.ok(ticks[3] < marker && marker < ticks[4], JSON.stringify({ marker, ticks }));
          await activity.pmt('1 300');
        }
        await page.click('[data-testid=next]');
      }
    }));

  test('aucun écran plus large que le téléphone, à 320 et 390 px ; axe-core : 0 violation', async () => {
    const report = [];
    for (const width of [320, 390]) {
      for (const [name, open] of screens) {
        await inFreshPage(app.browser, async (page) => {
          await open(page);
          // Open every disclosure, so that its content is measured and checked too.
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
          const wide = await page.evaluate(overflowing);
          assert.deepEqual(wide, [], `${name} at ${width} px`);
          if (width === 390) {
            await page.evaluate(axeSource);
            const result = await page.evaluate(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
            const violations = result.violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
            report.push(`${name}: ${result.passes.length} règles passées, ${result.violations.length} violation(s)`);
            assert.deepEqual(violations, [], `axe on ${name}`);
          }
          // The 404 page is one on purpose: Chromium logs its status.
        }, { options: { viewport: { width, height: 844 } }, allowed: name === 'page-introuvable' ? [/status of 404/] : [] });
      }
    }
    const version = JSON.parse(readFileSync(join(root, 'tests/e2e/node_modules/axe-core/package.json'), 'utf8')).version;
    console.log(`# axe-core ${version}, WCAG 2.2 A/AA, 390×844 :\n# ${report.join('\n# ')}`);
  });

  test('une bannière tient sur une ligne, se ferme, ne suit pas le médecin sur les outils', () =>
    inFreshPage(app.browser, async (page) => {
      // Two keys ignored, the rest a full simulation (its tools are offered).
      await page.goto(`${app.server.url}#v=1&spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01&foo=1&bar=2`);
      await new Results(page).waitFor();
      const banner = page.locator('[data-testid=prefill]');
      assert.match(plain(await banner.locator('.line').textContent()), /^Simulation préremplie depuis un lien partagé 2 réponse\(s\) du lien ignorée\(s\)\.$/);
      assert.equal(await banner.locator('details').getAttribute('open'), null, 'the details are folded');
      // Its one button, « Fermer », sits at the end of the banner's line, not on a row of its own.
      const line = await banner.locator('.line').boundingBox();
      const close = await banner.locator('[data-testid=close-prefill]').boundingBox();
      assert.ok(close.y < line.y + line.height && close.x >= line.x + line.width, JSON.stringify({ line, close }));
      await new Results(page).openTool('Comparer les options');
      assert.equal(await page.locator('[data-testid=prefill]').count(), 0, 'no banner on a tool');
      await new Tool(page).backToResults();
      await page.click('[data-testid=close-prefill]');
      assert.equal(await page.locator('[data-testid=prefill]').count(), 0);
    }));
});
