// One page object per screen: the tests speak in the doctor's actions, not in selectors.
import { appReady, plain } from './harness.mjs';

export class Home {
  constructor(page) { this.page = page; }
  async open(url) { await this.page.goto(url); await appReady(this.page); return this; }
  async start() { await this.page.click('[data-testid=start]'); return new Profile(this.page); }
  async resume() { await this.page.click('[data-testid=resume]'); return new Results(this.page); }
  async canResume() { return (await this.page.locator('[data-testid=resume]').count()) > 0; }
}

export class Profile {
  constructor(page) { this.page = page; }
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
  async signature(iso) { await this.page.fill('#signature', iso); return this; }
  async option(code) { await this.page.check(`#etp-${code.replace('/', '-')}`); return this; }
  async next() { await this.page.click('[data-testid=next]'); return new Results(this.page); }
}

export class Results {
  constructor(page) { this.page = page; }
  async waitFor() { await this.page.waitForSelector('[data-testid=verdict]'); return this; }
  async verdict() { return plain(await this.page.textContent('[data-testid=verdict] h2')); }
  async aidForYear(year) { return plain(await this.page.textContent(`[data-testid=aid-year-${year}]`)); }
  async total() { return plain(await this.page.textContent('[data-testid=aid-total]')); }
  async objectivePmt() { return plain(await this.page.textContent('[data-testid=objective-pmt]')); }
  async objective() { return plain(await this.page.textContent('[data-testid=objective]')); }
  async summary() { return plain(await this.page.textContent('[data-testid=live-summary]')); }
  async share() {
    await this.page.click('[data-testid=share]');
    await this.page.waitForSelector('[data-testid=share-url]');
    return this.page.inputValue('[data-testid=share-url]');
  }
  async shareStatus() { return plain(await this.page.textContent('[data-testid=share-status]')); }
  async erase() { await this.page.click('[data-testid=erase]'); return new Home(this.page); }
}
