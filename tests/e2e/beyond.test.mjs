// Beyond the official simulator: each tool at 390×844 with a screenshot; « Et ensuite ? » as a page of
// the site; the printed summary read back from Chromium's PDF.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inFreshPage, plain, reference, screenshots, servedApp, shot } from './harness.mjs';
import { Results, Tool } from './pages.mjs';

const app = servedApp();

async function openResults(page, link = reference) {
  await page.goto(app.server.url + link);
  return new Results(page).waitFor();
}

describe('au-delà du simulateur officiel', () => {
  test('comparer les options : une ligne par option, une carte par option sur un téléphone', () =>
    inFreshPage(app.browser, async (page) => {
      const results = await openResults(page);
      await results.openTool('Comparer les options');
      const rows = await page.$$eval('[data-testid=compare] tr', (trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent.replace(/[\u202f\u00a0]/g, ' ').trim())));
      assert.deepEqual(rows, [
        ['Option', 'Éligibilité', '1re année', '2e année', '3e année et suivantes (plafond)', 'Total sur 5 ans', 'Sur 5 ans, aide moins coût', 'Objectif en 3 ans'],
        // 1 815,79 × 12 × 1,42 × ½ = 15 470,53 → 15 471 € a year, 77 355 € over 5 years, against 66 000 € of aid.
        // ½ ETP between P50 and P70: +18,75 % of 1 300 = 243,75 → +244.
        ['1/2 ETP (mi-temps)', '✓ éligible', '19 000 €', '14 000 €', '11 000 €', '66 000 €', 'reste à charge 11 355 €', '+244 patients'],
        ['1 ETP (temps plein)', '✓ éligible', '38 000 €', '28 000 €', '22 000 €', '132 000 €', 'reste à charge 22 705 €', '+260 patients'],
      ]);
      // On a phone each row is a card: no cell is wider than the screen.
      const widest = await page.$$eval('[data-testid=compare] td', (cells) => Math.max(...cells.map((c) => c.getBoundingClientRect().right)));
      assert.ok(widest <= 390, `a cell reaches ${widest} px`);
      await shot(page, '15-comparer');
    }));

  test('coût net : en mots, valeurs par défaut puis salaire et charges saisis', () =>
    inFreshPage(app.browser, async (page) => {
      const results = await openResults(page);
      await results.openTool('Coût net de l\'assistant');
      // 1 815,79 × 12 × 1,42 = 30 941 € a year; 38 000 € of aid in year 1.
      assert.equal(plain(await page.textContent('[data-testid=net-year-1]')), 'gain 7 059 €');
      assert.equal(plain(await page.textContent('[data-testid=net-year-3]')), 'reste à charge 8 941 €');
      await page.fill('#salaire', '2 000');
      await page.fill('#charges', '25');
      // 2 000 × 12 × 1,25 = 30 000 €.
      await page.waitForFunction(() => document.querySelector('[data-testid=net-year-1]')?.textContent.includes('8'));
      assert.equal(plain(await page.textContent('[data-testid=net-year-1]')), 'gain 8 000 €');
      // 5 × 30 000 € − 132 000 € of aid.
      assert.equal(plain(await page.textContent('[data-testid=net-total]')), 'reste à charge 18 000 €');
      assert.equal(plain(await page.textContent('[data-testid=net-words]')), 'reste à charge 18 000 €');
      assert.equal(await page.locator('svg.chart rect.cost').count(), 5, 'the employer cost drawn for each year');
      await shot(page, '16-cout-net');
    }));

  test('calendrier des versements', () =>
    inFreshPage(app.browser, async (page) => {
      const results = await openResults(page);
      await results.openTool('Calendrier des versements');
      const calendar = plain(await page.textContent('[data-testid=calendar]'));
      assert.match(calendar, /1re année — totalité : 38 000 €, dans le mois qui suit la signature, entre le 1er mars 2025 et le 1er avril 2025/);
      assert.match(calendar, /2e année — totalité : 28 000 €, le 1er mars 2026/);
      // 2028 is a leap year: year 3 ends on 29 February.
      assert.match(calendar, /3e année — 1re moitié : au plus 11 000 €, entre le 01\/03\/2027 et le 29\/02\/2028 \(date non publiée\)/);
      await shot(page, '17-calendrier');
    }));

  test('et si… en 3e année : objectif à moitié atteint, aide estimée, la patientèle sur une ligne', () =>
    inFreshPage(app.browser, async (page) => {
      const results = await openResults(page);
      await results.openTool('Et si… en 3e année');
      await page.fill('#pmt3', '1 430');
      await page.waitForSelector('[data-testid=what-if-aid]');
      const block = plain(await page.textContent('[data-testid=what-if]'));
      assert.match(block, /Patientèle médecin traitant : 1 430 sur 1 560 visés, soit 50 % de l'objectif/);
      assert.equal(plain(await page.textContent('[data-testid=what-if-aid]')), '11 000 €');
      assert.match(block, /estimation/);
      assert.match(plain(await page.textContent('#graphique-patients-description')), /1 300 patients à la signature, 1 560 visés, 1 430 en 3e année/);
      await page.fill('#pmt3', '1 600');
      await page.waitForFunction(() => document.querySelector('[data-testid=what-if-aid]')?.textContent.includes('22'));
      assert.match(plain(await page.textContent('[data-testid=what-if]')), /objectif atteint/);
      await shot(page, '18-et-si');
      // The estimate also reaches the result.
      await new Tool(page).backToResults();
      assert.match(plain(await page.textContent('[data-testid=aid-modulated]')), /Avec vos chiffres : 22 000 €/);
    }));

  test('contrat collectif : un groupe de trois généralistes', () =>
    inFreshPage(app.browser, async (page) => {
      const results = await openResults(page, '#v=1&spe=mg&secteur=1&collectif=3&pmt=900&fa=1500&etpgroupe=2&signature=2026-03-01');
      assert.equal(await results.verdict(), '✓ Vous êtes éligible');
      assert.equal(await results.aidForYear(1), '76 000 €');
      assert.equal(await results.aidForYear(3), '44 000 €');
      assert.match(await results.objective(), /\+520 patients médecin traitant d'ici la 2e année\s*de 2 700 à 3 220 patients/);
      await shot(page, '19-contrat-collectif');
    }));

  test('et ensuite ? : une page du site, questions repliées, sources, date dite une fois', () =>
    inFreshPage(app.browser, async (page) => {
      await openResults(page);
      await page.click('.further >> text=Et ensuite ?');
      await page.waitForSelector('h1:has-text("Et ensuite ?")');
      const text = plain(await page.textContent('main'));
      for (const expected of ['votre CPAM', 'groupement d\'employeurs', 'TESE', 'CQP', 'FAE', 'plus de trois mois', 'secrétaire', '6 mois', 'CDD', 'le 22 juin 2024 ou après']) {
        assert.ok(text.includes(expected), expected);
      }
      assert.equal((text.match(/vérifiées le/g) ?? []).length, 1, 'the date is said once');
      assert.ok((await page.locator('details.faq').count()) >= 10, 'each question is folded');
      await shot(page, '20-et-ensuite');
      await new Tool(page).backToResults();
      await new Results(page).waitFor();
    }));

  test('impression : un résumé de deux pages avec les chiffres clés et le graphique', () =>
    inFreshPage(app.browser, async (page) => {
      await openResults(page);
      const folder = mkdtempSync(join(tmpdir(), 'am-pdf-'));
      const pdf = join(folder, 'resume.pdf');
      await page.emulateMedia({ media: 'print' });
      writeFileSync(pdf, await page.pdf({ format: 'A4' }));
      writeFileSync(join(screenshots, 'resume.pdf'), readFileSync(pdf));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
      assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
      const text = plain(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
      for (const expected of ['Vous êtes éligible', '38 000 €', '28 000 €', '22 000 €', '132 000 €', '+260 patients', 'de 1 300 à 1 560 patients', 'Convention médicale 2024–2029', 'Vos réponses', 'Médecine générale', 'Règles et sources', 'ameli.fr', 'Simulation du', '1re année', '5e année']) {
        assert.ok(text.includes(expected), `the PDF shows « ${expected} »`);
      }
      for (const absent of ['Partager', 'Effacer mes données', 'Pourquoi ?']) {
        assert.ok(!text.includes(absent), `the PDF has no « ${absent} »`);
      }
      // The total once, the day and the way back to the simulation at the top.
      assert.equal(text.split('Total sur 5 ans').length - 1, 1, '« Total sur 5 ans » printed once');
      const top = text.slice(0, 400);
      assert.match(top, /Simulation du \d{1,2}(er)? \p{L}+ \d{4}/u, top);
      assert.ok(text.replace(/\s+/g, '').includes(`${app.server.url}${reference}`.replace(/\s+/g, '')), 'the reopen link');
      assert.match(text, /Chaque chiffre cite ses sources/);
      console.log(`# PDF : ${pages} page(s)`);
    }));

  test('le « Bilan de mon contrat » : une page A4, les chiffres, leur statut, la date des comptes, le lien', () =>
    inFreshPage(app.browser, async (page) => {
      await page.goto(app.server.url + '#v=1&suivi=1&spe=mg&secteur=1&etp=1/2&signature=2023-10-01&pmt=900&fa=1200&objpmt=1125&pmtjour=1000&releve=2026-11-20');
      await page.waitForSelector('[data-testid=contract-hero]');
      const folder = mkdtempSync(join(tmpdir(), 'am-pdf-'));
      const pdf = join(folder, 'bilan.pdf');
      await page.emulateMedia({ media: 'print' });
      writeFileSync(pdf, await page.pdf({ format: 'A4' }));
      writeFileSync(join(screenshots, 'bilan-contrat.pdf'), readFileSync(pdf));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
      const text = plain(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
      for (const expected of ['Bilan de mon contrat', 'signé le 1er octobre 2023', '+100 patients sur les +225 promis', 'selon votre contrat', '20/11/2026', 'Règles et sources']) {
        assert.ok(text.includes(expected), `the PDF shows « ${expected} »`);
      }
      for (const absent of ['Ajouter à mon agenda', 'Partager', 'Accueil et mes simulations', 'Les autres décisions']) {
        assert.ok(!text.includes(absent), `the PDF has no « ${absent} »`);
      }
      // The way back to this contract's view, and the words of the hero printed once.
      const link = new RegExp(`${app.server.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#v=1&\\S*suivi=1`);
      assert.match(text.replace(/\s+/g, ''), link, 'the reopen link');
      assert.equal(text.split('+100 patients sur les +225 promis').length - 1, 1, 'the progress printed once');
      console.log(`# Bilan PDF : ${pages} page(s)`);
      assert.equal(pages, 1, 'the Bilan fits one A4 page');
    }));
});
