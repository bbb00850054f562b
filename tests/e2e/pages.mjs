// One page object per screen: the tests speak in the doctor's actions, not in selectors.
import { appReady, plain } from './harness.mjs';

export class Home {
  constructor(page) { this.page = page; }
  async open(url) { await this.page.goto(url); await appReady(this.page); return this; }
  /** From any screen: the way home. */
  static async from(page) { await page.click('[data-testid=home]'); await page.waitForSelector('[data-testid=start]'); return new Home(page); }
  async start() { await this.page.click('[data-testid=start]'); await this.page.waitForSelector('.progress .done-1'); return new Contract(this.page); }
  async resume() { await this.page.click('[data-testid=resume]'); return new Results(this.page); }
  /** « Mes simulations »: each kept simulation's name, the last saved first. */
  async simulations() {
    await appReady(this.page);
    return (await this.page.locator('[data-testid=open-simulation]').allTextContents()).map(plain);
  }
  async openSimulation(index) { await this.page.locator('[data-testid=open-simulation]').nth(index).click(); return new Results(this.page); }
  async delete(index) { await this.page.locator('[data-testid=delete-simulation]').nth(index).click(); }
  async followContract() { await this.page.click('[data-testid=follow-contract]'); await this.page.waitForSelector('h1:has-text("Votre contrat")'); return new ContractForm(this.page); }
  /** The app mounts a task after the page loads: wait for it before saying nothing is there. */
  async canResume() {
    await appReady(this.page);
    return (await this.page.locator('[data-testid=resume]').count()) > 0;
  }
}

/** Step 1: the contract's date, the specialty, the sector. */
export class Contract {
  constructor(page) { this.page = page; }
  async signature(iso) { await this.page.fill('#signature', iso); return this; }
  async specialty(code) { await this.page.selectOption('#spe', code); return this; }
  async sector(code) { await this.page.check(`#secteur-${code}`); return this; }
  async next() { await this.page.click('[data-testid=next]'); await this.page.waitForSelector('.progress .done-2'); return new Activity(this.page); }
}

export class Activity {
  constructor(page) { this.page = page; }
  async pmt(text) { await this.page.fill('#pmt', text); return this; }
  async fa(text) { await this.page.fill('#fa', text); return this; }
  async gauge() { return plain(await this.page.textContent('[data-testid=gauge]')); }
  /** Where the doctor's count sits on the gauge: its x, and each percentile tick's, left to right. */
  async gaugeMarker() {
    return this.page.evaluate(() => ({
      marker: Number(document.querySelector('[data-testid=gauge] circle.marker').getAttribute('cx')),
      ticks: [...document.querySelectorAll('[data-testid=gauge] line.tick')].map((tick) => Number(tick.getAttribute('x1'))),
    }));
  }
  async next() { await this.page.click('[data-testid=next]'); await this.page.waitForSelector('.progress .done-3'); return new Project(this.page); }
}

export class Project {
  constructor(page) { this.page = page; }
  async option(code) { await this.page.check(`#etp-${code.replace('/', '-')}`); return this; }
  async zip(answer = true) { await this.page.check(answer ? '#zip-1' : '#zip-0'); return this; }
  async next() { await this.page.click('[data-testid=next]'); return new Results(this.page); }
}

export class Results {
  constructor(page) { this.page = page; }
  /** The answer, then the details the worker writes under it. */
  async waitFor() {
    await this.page.waitForSelector('[data-testid=verdict]');
    await this.page.waitForSelector('[data-testid=details]');
    return this;
  }
  async verdict() { return plain(await this.page.textContent('[data-testid=verdict] h2')); }
  async heroYear1() { return plain(await this.page.textContent('[data-testid=hero-year-1]')); }
  async heroTotal() { return plain(await this.page.textContent('[data-testid=hero-total]')); }
  async heroObjective() { return plain(await this.page.textContent('[data-testid=hero-objective]')); }
  async aidForYear(year) { return plain(await this.page.textContent(`[data-testid=aid-year-${year}]`)); }
  async total() { return plain(await this.page.textContent('[data-testid=aid-total]')); }
  async objectivePmt() { return plain(await this.page.textContent('[data-testid=objective-pmt]')); }
  async objective() { return plain(await this.page.textContent('[data-testid=objective]')); }
  async share() {
    await this.page.click('[data-testid=share]');
    await this.page.waitForSelector('[data-testid=share-url]');
    return this.page.inputValue('[data-testid=share-url]');
  }
  async shareStatus() { return plain(await this.page.textContent('[data-testid=share-status]')); }
  /** « Modifier »: back to the first step, answers kept. */
  async edit() { await this.page.click('[data-testid=edit]'); await this.page.waitForSelector('.progress .done-1'); return new Contract(this.page); }
  async conditionsSummary() { return plain(await this.page.textContent('[data-testid=conditions] summary')); }
  async conditions() { return plain(await this.page.textContent('[data-testid=conditions]')); }
  async erase() {
    await this.page.click('[data-testid=erase]');
    await this.page.click('[data-testid=erase-confirm]');
    return new Home(this.page);
  }
  /** Opens a tool and waits for its block, which the tools' worker computes. */
  async openTool(title) {
    await this.page.click(`.further button:has-text("${title}")`);
    await this.page.waitForSelector(`h1:has-text("${title}")`);
    await this.page.waitForSelector('[data-testid=tool-loading]', { state: 'detached' });
  }
}

/** Fills the reference case through the steps: GP, 1 300 patients, 1 ETP, signed 1 March 2025. */
export async function fillReferenceCase(page, url, shot = async () => {}) {
  const home = await new Home(page).open(url);
  await shot('01-accueil');
  const contract = await home.start();
  await contract.signature('2025-03-01');
  await contract.specialty('mg');
  await contract.sector('1');
  await shot('02-contrat');
  const activity = await contract.next();
  await activity.pmt('1 300');
  await shot('03-activite');
  const project = await activity.next();
  await project.option('1');
  await shot('04-projet');
  return (await project.next()).waitFor();
}

/** What sits above every screen: notices, the shared-link banner, the storage warning, the live result. */
export class Banners {
  constructor(page) { this.page = page; }
  async notices() { return plain(await this.page.textContent('[data-testid=notices]')); }
  async prefill() { return plain(await this.page.textContent('[data-testid=prefill]')); }
  async prefillIssues() { return plain(await this.page.textContent('[data-testid=prefill-issues]')); }
  async storageWarning() { return plain(await this.page.textContent('[data-testid=storage-warning]')); }
  async liveSummary() { return plain(await this.page.textContent('[data-testid=live-summary]')); }
  async backToSaved() { await this.page.click('[data-testid=back-to-saved]'); return new Results(this.page); }
  async closePrefill() { await this.page.click('[data-testid=close-prefill]'); }
}

/** A tool's screen (comparison, net cost, calendar, « Et si… »). */
export class Tool {
  constructor(page) { this.page = page; }
  async backToResults() { await this.page.click('text=Retour au résultat'); return new Results(this.page).waitFor(); }
  /** « Et si… »: the count reached in year 3, then its estimated aid once computed. */
  async pmtInYear3(text) { await this.page.fill('#pmt3', text); await this.page.waitForSelector('[data-testid=what-if-aid]'); }
  async whatIfAid() { return plain(await this.page.textContent('[data-testid=what-if-aid]')); }
}

/** « J'ai déjà un contrat »: the figures of the contract, then today's. */
export class ContractForm {
  constructor(page) { this.page = page; }
  /** Each answer by its key: `{ signature: '2023-10-01', spe: 'mg', etp: '1/2', pmt: '900', … }`. */
  async fill(answers) {
    for (const [key, value] of Object.entries(answers)) {
      const tag = await this.page.locator(`#${key}`).evaluate((element) => element.tagName);
      if (tag === 'SELECT') await this.page.selectOption(`#${key}`, value);
      else await this.page.fill(`#${key}`, value);
    }
    return this;
  }
  async error(key) { return plain(await this.page.textContent(`#${key}-erreur`)); }
  async next() { await this.page.click('[data-testid=next]'); return new ContractView(this.page).waitFor(); }
}

/** Where a running contract stands today, written by the worker. */
export class ContractView {
  constructor(page) { this.page = page; }
  async waitFor() { await this.page.waitForSelector('[data-testid=contract-hero], [data-testid=contract-missing]'); return this; }
  async hero() { return plain(await this.page.textContent('[data-testid=contract-hero]')); }
  async text(testid) { return plain(await this.page.textContent(`[data-testid=${testid}]`)); }
}
