// The three browser engines of the phones, behind one small interface, so that one journey runs in
// each: Chromium and Firefox through puppeteer-core (CDP and WebDriver BiDi), WebKit (Safari's engine,
// as WebKitGTK's MiniBrowser) through WebKitWebDriver and selenium-webdriver.
//
// Each engine trusts the host's local certificate authority its own way: Chromium by the public keys
// of the chain (host.chromiumArgs), Firefox by the root imported into a fresh profile (certutil), WebKit
// by WebDriver's acceptInsecureCerts (WebKitGTK then allows the service worker too).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { Builder, By, until } from 'selenium-webdriver';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';
import { screenshots } from './harness.mjs';

/** The engines to run, all by default; ENGINES=webkit (or a comma-separated list) for some. */
export const ENGINES = process.env.ENGINES?.split(',') ?? ['chromium', 'firefox', 'webkit'];
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const PHONE = { width: 390, height: 844 };
export const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';

/**
 * What a journey asks of a browser, the same in every engine. Each engine's tab provides:
 * goto(url) (a new document, or a new fragment of the same one, as a tapped link does), reload(),
 * waitFor(selector, timeout), evaluate(fn, ...args) (fn may be async; its result comes back as JSON),
 * click(selector) (the engine's own input, not a scripted click), screenshot(path), close(),
 * pageErrors() (the uncaught errors of the pages seen so far, then forgotten), and twin() (a second
 * window of the same browser, sharing its storage: the installed app and a browser tab).
 */
class Tab {
  /** Sets a field's value and sends the `input` event a typed answer sends (dates and lists too). */
  fill(selector, value) {
    return this.evaluate((s, v) => {
      const field = document.querySelector(s);
      if (!field) throw new Error(`no ${s}`);
      field.value = v;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      return field.value;
    }, selector, value);
  }
  text(selector) {
    return this.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
  }
  count(selector) {
    return this.evaluate((s) => document.querySelectorAll(s).length, selector);
  }
  /** Every simulation kept on the device (« Mes simulations »), in key order, one JSON text per line. */
  saved() {
    return this.evaluate(() => Object.keys(localStorage)
      .filter((key) => key.startsWith('assistant-medical/simulations/'))
      .sort()
      .map((key) => localStorage.getItem(key))
      .join('\n'));
  }
  shot(name) {
    return this.screenshot(join(screenshots, `${name}.png`));
  }
  /** Resolves once a service worker controls the page. */
  async controlled() {
    for (let attempt = 0; attempt < 150; attempt += 1) {
      if (await this.evaluate(() => navigator.serviceWorker?.controller != null)) return;
      await new Promise((wait) => setTimeout(wait, 100));
    }
    throw new Error('no service worker took control');
  }
}

class PuppeteerTab extends Tab {
  constructor(page) {
    super();
    this.page = page;
    this.errors = [];
    page.on('pageerror', (error) => this.errors.push(error.message));
  }
  async pageErrors() {
    return this.errors.splice(0);
  }
  async goto(url) {
    await this.page.goto(url);
  }
  async reload() {
    await this.page.reload();
  }
  async waitFor(selector, timeout = 20_000) {
    await this.front();
    await this.page.waitForSelector(selector, { timeout });
  }
  async evaluate(fn, ...args) {
    await this.front();
    return this.page.evaluate(fn, ...args);
  }
  async click(selector) {
    await this.front();
    await this.page.click(selector);
  }
  async screenshot(path) {
    await this.page.screenshot({ path });
  }
  async close() {
    await this.page.close();
    this.twinned = false;
  }
  /** Two windows of one browser: the one acted on comes to the front, as a doctor's would (a
   * background tab may be frozen). */
  async twin() {
    const page = await this.page.browser().newPage();
    await page.setViewport({ ...PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const twin = new PuppeteerTab(page);
    this.twinned = true;
    twin.twinned = true;
    return twin;
  }
  async front() {
    if (this.twinned) await this.page.bringToFront();
  }
}

/**
 * Classic WebDriver reports no page errors: a listener in the page collects them once it has loaded
 * (WebDriver's `get` returns after the load event, and cannot run a script before the page's own),
 * and they are read back before each new document. An error thrown before the load event is not
 * seen in WebKit; the app's own start runs after it, in tasks of its own.
 */
const LISTEN_FOR_ERRORS = `if (!window.__pageErrors) {
  window.__pageErrors = [];
  addEventListener('error', (event) => window.__pageErrors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => window.__pageErrors.push(String(event.reason)));
}`;

class WebDriverTab extends Tab {
  constructor(driver, window = null) {
    super();
    this.driver = driver;
    this.window = window;
    this.errors = [];
  }
  /** A twin window of one session: every command goes to its own window first. */
  async focus() {
    if (this.window) await this.driver.switchTo().window(this.window);
  }
  async twin() {
    if (!this.window) this.window = await this.driver.getWindowHandle();
    await this.driver.switchTo().newWindow('window');
    const twin = new WebDriverTab(this.driver, await this.driver.getWindowHandle());
    twin.shared = true;
    return twin;
  }
  async collect() {
    await this.focus();
    const seen = await this.driver.executeScript('return window.__pageErrors ?? [];').catch(() => []);
    this.errors.push(...seen);
  }
  async listen() {
    await this.driver.executeScript(LISTEN_FOR_ERRORS);
  }
  async goto(url) {
    await this.collect();
    await this.driver.get(url);
    await this.listen();
  }
  async reload() {
    await this.collect();
    await this.driver.navigate().refresh();
    await this.listen();
  }
  async pageErrors() {
    await this.collect();
    await this.driver.executeScript('window.__pageErrors = [];').catch(() => {});
    return this.errors.splice(0);
  }
  async waitFor(selector, timeout = 20_000) {
    await this.focus();
    await this.driver.wait(until.elementLocated(By.css(selector)), timeout, `${selector} after ${timeout} ms`);
  }
  async evaluate(fn, ...args) {
    await this.focus();
    // WebDriver's asynchronous script: the last argument is the callback.
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ value }), (error) => done({ error: String(error) }));`;
    return this.driver.executeAsyncScript(script, ...args).then((result) => {
      if (result.error) throw new Error(result.error);
      return result.value ?? null;
    });
  }
  /** Clicks as Playwright does: found again when the page redrew it meanwhile (a stale element). */
  async click(selector) {
    await this.focus();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.clickOnce(selector);
      } catch (error) {
        if (error.name !== 'StaleElementReferenceError' || attempt >= 3) throw error;
      }
    }
  }
  async clickOnce(selector) {
    const element = await this.driver.findElement(By.css(selector));
    await this.driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
    // WebDriver clicks where the element was: wait, as Playwright does, until its box has stayed the
    // same for two frames, so that a late layout change cannot send the tap elsewhere.
    await this.driver.executeAsyncScript(`const [element, done] = arguments;
      let last = '';
      let still = 0;
      const check = () => {
        const box = element.getBoundingClientRect();
        const now = [box.x, box.y, box.width, box.height].join();
        still = now === last ? still + 1 : 0;
        last = now;
        if (still >= 2) done();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);`, element);
    await element.click();
  }
  async screenshot(path) {
    await this.focus();
    writeFileSync(path, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
  }
  /** A twin closes its window; the first window ends the session. */
  async close() {
    if (this.shared) {
      await this.focus();
      await this.driver.close();
    } else {
      await this.driver.quit();
    }
  }
}

function freePort() {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Chromium or Firefox by puppeteer-core; `userAgent` set before the page's first script. */
async function puppeteerEngine(name, host) {
  const profile = mkdtempSync(join(tmpdir(), `am-${name}-`));
  let browser;
  if (name === 'firefox') {
    execFileSync('certutil', ['-N', '-d', `sql:${profile}`, '--empty-password']);
    execFileSync('certutil', ['-A', '-n', 'caddy-local', '-t', 'C,,', '-i', host.root, '-d', `sql:${profile}`]);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: { 'intl.accept_languages': 'fr-FR', 'network.captive-portal-service.enabled': false, 'app.update.auto': false },
    });
  } else {
    browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath: CHROMIUM,
      headless: true,
      userDataDir: profile,
      args: [...CHROMIUM_FLAGS, ...host.chromiumArgs, '--lang=fr-FR'],
    });
  }
  const version = await browser.version();
  return {
    name,
    version,
    /** A tab at phone size; options.userAgent, options.beforeLoad (a script run before the page's own). */
    async tab({ userAgent, beforeLoad } = {}) {
      const page = await browser.newPage();
      await page.setViewport({ ...PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      if (userAgent) await page.setUserAgent(userAgent);
      if (beforeLoad) await page.evaluateOnNewDocument(beforeLoad);
      return new PuppeteerTab(page);
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** WebKit: WebKitWebDriver on a virtual display, one MiniBrowser session per tab (fresh storage each). */
async function webkitEngine(host) {
  const port = await freePort();
  // Detached: xvfb-run leads a process group of its own, with Xvfb, the driver and the browsers,
  // stopped together by close(). (Through `setsid`, which forks when its caller already leads a
  // group, the group was another one: every run left its Xvfb and driver behind.)
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const server = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(`${server}/status`)).ok) break;
    } catch {
      if (attempt > 100) throw new Error('WebKitWebDriver did not start');
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  const sessions = [];
  const session = async (args = []) => {
    const built = await new Builder()
      .usingServer(server)
      .withCapabilities({
        browserName: 'MiniBrowser',
        acceptInsecureCerts: true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...args] },
      })
      .build();
    await built.manage().window().setRect(PHONE);
    sessions.push(built);
    return built;
  };
  const first = await session();
  const capabilities = await first.getCapabilities();
  const version = `${capabilities.get('browserName')} ${capabilities.get('browserVersion')}`;
  await first.quit();
  sessions.pop();
  return {
    name: 'webkit',
    version,
    /** WebDriver has no script before the page's own: `beforeLoad` is refused, the user agent is a flag. */
    async tab({ userAgent, beforeLoad } = {}) {
      if (beforeLoad) throw new Error('WebKit over WebDriver cannot run a script before the page');
      return new WebDriverTab(await session(userAgent ? [`--user-agent=${userAgent}`] : []));
    },
    async close() {
      for (const open of sessions) await open.quit().catch(() => {});
      try {
        process.kill(-driver.pid, 'SIGTERM');
      } catch {
        // Already stopped.
      }
    },
  };
}

export function launchEngine(name, host) {
  return name === 'webkit' ? webkitEngine(host) : puppeteerEngine(name, host);
}
