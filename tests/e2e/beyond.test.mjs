// Issue 6: beyond the official simulator. Each new screen at 390×844 with a screenshot; the printed
// summary read back from Chromium's PDF; axe-core on every screen; no sideways scrolling at 320 px.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshPage, plain, root, screenshots, servedApp, shot } from './harness.mjs';
import { Home, Results } from './pages.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const reference = '#v=1&spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01';
const app = servedApp();

async function openResults(page, link = reference) {
  await page.goto(app.server.url + link);
  return new Results(page).waitFor();
}

async function openTool(page, title) {
  await page.click(`.further button:has-text("${title}")`);
  await page.waitForSelector(`h1:has-text("${title}")`);
}

describe('au-delà du simulateur officiel', () => {
  test('comparer les options côte à côte', async () => {
    const { context, page } = await freshPage(app.browser);
    await openResults(page);
    await openTool(page, 'Comparer les options');
    const rows = await page.$$eval('[data-testid=compare] tr', (trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent.replace(/[\u202f\u00a0]/g, ' ').trim())));
    assert.deepEqual(rows, [
      ['', '1/2 ETP (mi-temps)', '1 ETP (temps plein)'],
      ['Éligibilité', '✓ éligible', '✓ éligible'],
      ['1re année', '19 000 €', '38 000 €'],
      ['2e année', '14 000 €', '28 000 €'],
      ['3e année', '11 000 €', '22 000 €'],
      ['4e année', '11 000 €', '22 000 €'],
      ['5e année', '11 000 €', '22 000 €'],
      ['Total sur 5 ans', '66 000 €', '132 000 €'],
      // 1 815,79 × 12 × 1,42 × ½ = 15 470,53 → 15 471 € a year, 77 355 € over 5 years; full time 30 941 €, 154 705 €.
      ['Coût net sur 5 ans', '11 355 €', '22 705 €'],
      // ½ ETP between P50 and P70: +18,75 % of 1 300 = 243,75 → +244; 1 ETP: +20 % → +260.
      ['Objectif en 3 ans', '+244 patients', '+260 patients'],
    ]);
    await shot(page, '15-comparer');
    await context.close();
  });

  test('coût net : valeurs par défaut puis salaire et charges saisis', async () => {
    const { context, page } = await freshPage(app.browser);
    await openResults(page);
    await openTool(page, 'Coût net de l\'assistant');
    // 1 815,79 × 12 × 1,42 = 30 941 € a year; minus 38 000 € in year 1.
    assert.equal(plain(await page.textContent('[data-testid=net-year-1]')), '−7 059 €');
    assert.equal(plain(await page.textContent('[data-testid=net-year-3]')), '8 941 €');
    await page.fill('#salaire', '2 000');
    await page.fill('#charges', '25');
    // 2 000 × 12 × 1,25 = 30 000 €.
    await page.waitForFunction(() => document.querySelector('[data-testid=net-year-1]')?.textContent.includes('8'));
    assert.equal(plain(await page.textContent('[data-testid=net-year-1]')), '−8 000 €');
    // 5 × 30 000 € − 132 000 € of aid.
    assert.equal(plain(await page.textContent('[data-testid=net-total]')), '18 000 €');
    await shot(page, '16-cout-net');
    await context.close();
  });

  test('calendrier des versements', async () => {
    const { context, page } = await freshPage(app.browser);
    await openResults(page);
    await openTool(page, 'Calendrier des versements');
    const calendar = plain(await page.textContent('[data-testid=calendar]'));
    assert.match(calendar, /1re année — totalité : 38 000 €, en avril 2025/);
    assert.match(calendar, /2e année — totalité : 28 000 €, le 1er mars 2026/);
    // 2028 is a leap year: year 3 ends on 29 February.
    assert.match(calendar, /3e année — 1re moitié : au plus 11 000 €, entre le 01\/03\/2027 et le 29\/02\/2028 \(date non publiée\)/);
    await shot(page, '17-calendrier');
    await context.close();
  });

  test('et si… en 3e année : objectif à moitié atteint, aide estimée', async () => {
    const { context, page } = await freshPage(app.browser);
    await openResults(page);
    await openTool(page, 'Et si… en 3e année');
    await page.fill('#pmt3', '1 430');
    await page.waitForSelector('[data-testid=what-if-aid]');
    const block = plain(await page.textContent('[data-testid=what-if]'));
    assert.match(block, /Patientèle médecin traitant : 1 430 sur 1 560 visés, soit 50 % de l'objectif/);
    assert.equal(plain(await page.textContent('[data-testid=what-if-aid]')), '11 000 €');
    assert.match(block, /estimation/);
    await page.fill('#pmt3', '1 600');
    await page.waitForFunction(() => document.querySelector('[data-testid=what-if-aid]')?.textContent.includes('22'));
    assert.match(plain(await page.textContent('[data-testid=what-if]')), /objectif atteint/);
    await shot(page, '18-et-si');
    // The estimate also reaches the results and the net cost.
    await page.click('text=Retour au résultat');
    assert.match(plain(await page.textContent('[data-testid=aid-modulated]')), /Avec vos chiffres : 22 000 €/);
    await context.close();
  });

  test('contrat collectif : un groupe de trois généralistes', async () => {
    const { context, page } = await freshPage(app.browser);
    const results = await openResults(page, '#v=1&spe=mg&secteur=1&collectif=3&pmt=900&fa=1500&etpgroupe=2&signature=2026-03-01');
    assert.equal(await results.verdict(), '✓ Vous êtes éligible');
    assert.equal(await results.aidForYear(1), '76 000 €');
    assert.equal(await results.aidForYear(3), '44 000 €');
    assert.match(await results.objective(), /\+520 patients médecin traitant d'ici la 2e année\s*de 2 700 à 3 220 patients/);
    await shot(page, '19-contrat-collectif');
    await context.close();
  });

  test('et ensuite ? : étapes et questions fréquentes, sources et date', async () => {
    const { context, page } = await freshPage(app.browser);
    await openResults(page);
    await openTool(page, 'Et ensuite ?');
    const text = plain(await page.textContent('.content'));
    for (const expected of ['votre CPAM', 'groupement d\'employeurs', 'TESE', 'CQP', 'FAE', 'plus de trois mois', 'secrétaire', '6 mois', 'CDD']) {
      assert.ok(text.includes(expected), expected);
    }
    assert.ok((text.match(/Mis à jour le 23 novembre 2026/g) ?? []).length >= 8, 'each answer is dated');
    await shot(page, '20-et-ensuite');
    await context.close();
  });

  test('impression : un résumé d’une ou deux pages avec les chiffres clés', async () => {
    const { context, page } = await freshPage(app.browser);
    await openResults(page);
    const folder = mkdtempSync(join(tmpdir(), 'am-pdf-'));
    const pdf = join(folder, 'resume.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    writeFileSync(join(screenshots, 'resume.pdf'), readFileSync(pdf));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    const text = plain(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    for (const expected of ['Vous êtes éligible', '38 000 €', '28 000 €', '22 000 €', '132 000 €', '+260 patients médecin traitant', 'de 1 300 à 1 560 patients', 'Convention médicale 2024–2029', 'Vos réponses', 'Médecine générale', 'Sources', 'ameli.fr', 'Simulation du']) {
      assert.ok(text.includes(expected), `the PDF shows « ${expected} »`);
    }
    for (const absent of ['Partager cette simulation', 'Effacer mes données', 'Pourquoi ?']) {
      assert.ok(!text.includes(absent), `the PDF has no « ${absent} »`);
    }
    console.log(`# PDF : ${pages} page(s)`);
    await context.close();
  });

  test('axe-core : aucune violation WCAG 2.1 AA sur chaque écran, et pas de défilement horizontal à 320 px', async () => {
    const screens = [
      ['accueil', async (page) => { await page.goto(app.server.url); await new Home(page).open(app.server.url); }],
      ['profil', async (page) => { await (await new Home(page).open(app.server.url)).start(); }],
      ['activite', async (page) => { await openResults(page); await page.click('text=Modifier mes réponses'); await page.click('[data-testid=next]'); }],
      ['projet', async (page) => { await openResults(page); await page.click('text=Modifier mes réponses'); await page.click('[data-testid=next]'); await page.click('[data-testid=next]'); }],
      ['resultat', async (page) => { await openResults(page); }],
      ['resultat-incomplet', async (page) => { await openResults(page, '#v=1&spe=chir&secteur=1&etp=1/2&signature=2025-03-01'); }],
      ['comparer', async (page) => { await openResults(page); await openTool(page, 'Comparer les options'); }],
      ['cout', async (page) => { await openResults(page); await openTool(page, 'Coût net de l\'assistant'); }],
      ['calendrier', async (page) => { await openResults(page); await openTool(page, 'Calendrier des versements'); }],
      ['et-si', async (page) => { await openResults(page); await openTool(page, 'Et si… en 3e année'); await page.fill('#pmt3', '1 430'); }],
      ['ensuite', async (page) => { await openResults(page); await openTool(page, 'Et ensuite ?'); }],
      ['mentions-legales', async (page) => { await new Home(page).open(app.server.url); await page.click('text=Mentions légales'); }],
      ['confidentialite', async (page) => { await new Home(page).open(app.server.url); await page.click('text=Confidentialité'); }],
      ['accessibilite', async (page) => { await new Home(page).open(app.server.url); await page.click('footer >> text=Accessibilité'); }],
    ];
    const report = [];
    for (const width of [390, 320]) {
      for (const [name, open] of screens) {
        const { context, page } = await freshPage(app.browser, { viewport: { width, height: 844 } });
        await open(page);
        await page.waitForTimeout(150);
        // Open every disclosure, so that its content is checked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${name} at ${width} px scrolls sideways by ${overflow} px`);
        if (width === 390) {
          await page.evaluate(axeSource);
          const result = await page.evaluate(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
          const violations = result.violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
          report.push(`${name}: ${result.passes.length} règles passées, ${result.violations.length} violation(s)`);
          assert.deepEqual(violations, [], `axe on ${name}`);
        }
        await context.close();
      }
    }
    console.log(`# axe-core ${JSON.parse(readFileSync(join(root, 'tests/e2e/node_modules/axe-core/package.json'), 'utf8')).version}, WCAG 2.1 A/AA, 390×844 :\n# ${report.join('\n# ')}`);
  });
});
