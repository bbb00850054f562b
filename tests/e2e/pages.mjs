// One page object per screen: the tests speak in the doctor's actions, not in selectors.
import { appReady, plain } from './harness.mjs';

export class Home {
  constructor(page) { this.page = page; }
  async open(url) { await this.page.goto(url); await appReady(this.page); return this; }
  async start() { await this.page.click('[data-testid=start]'); return new Contract(this.page); }
  async resume() { await this.page.click('[data-testid=resume]'); return new Results(this.page); }
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
  async next() { await this.page.click('[data-testid=next]'); return new Activity(this.page); }
}

export class Activity {
  constructor(page) { this.page = page; }
  async pmt(text) { await this.page.fill('#pmt', text); return this; }
  async fa(text) { await this.page.fill('#fa', text); return this; }
  async gauge() { return plain(await this.page.textContent('[data-testid=gauge]')); }
  async next() { await this.page.click('[data-testid=next]'); return new Project(this.page); }
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
