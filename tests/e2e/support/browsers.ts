// Starts each browser with the built extension, behind the recording proxy, and gives the tests
// one small interface over playwright-core (Chromium) and puppeteer-core (Firefox, WebDriver BiDi).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';

export const CHROMIUM = '/usr/lib/chromium/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';
export const CHROME_BUILD = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
const GECKO_ID = 'crosscount@crosscount.invalid';
const FIREFOX_UUID = '6f1e1e0c-6a39-4c0e-9d7b-0c1a2b3c4d5e';

export function requireFile(path: string, what: string, fix: string) {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}. ${fix}`);
}

export interface TestPage {
  /** Opens url; waits for the load event, or only for DOMContentLoaded when `quick`. */
  goto(url: string, quick?: boolean): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script's source in the page, as the test driver does, so the page's (or an
   *  extension page's) Content Security Policy does not stop a test tool such as axe. */
  addScriptSource(source: string): Promise<void>;
  /** Waits until fn(arg) is truthy in the page. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<void>;
  press(key: string): Promise<void>;
  hover(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** A screenshot of the element matching `selector`, or of the viewport. */
  screenshot(path: string, selector?: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** Runs fn (or a script's source) in every document the tab loads from now on, before the
   *  page's own scripts. */
  addInitScript(fn: (() => void) | string): Promise<void>;
  /** Closes the tab. */
  close(): Promise<void>;
}

export interface TestBrowser {
  name: 'chromium' | 'firefox';
  /** The tab the articles are opened in. */
  page: TestPage;
  /** Opens one of the extension's pages ("popup.html?tab=3") in a second tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Errors thrown or logged by the extension's code in any page. */
  errors: string[];
  /** Runs JavaScript source in the extension's background (Chromium's service worker only). */
  evaluateInBackground?<R>(source: string): Promise<R>;
  close(): Promise<void>;
}

const VIEWPORT = { width: 1280, height: 800 };

function isExtensionError(text: string) {
  return /chrome-extension:\/\/|moz-extension:\/\/|Crosscount/.test(text);
}

function fromPlaywright(page: PlaywrightPage): TestPage {
  return {
    goto: async (url, quick) => void (await page.goto(url, { waitUntil: quick ? 'domcontentloaded' : 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    addScriptSource: async (source) => void (await page.evaluate(`${source};0`)),
    waitFor: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as never, arg, { timeout })),
    press: (key) => page.keyboard.press(key),
    hover: (selector) => page.hover(selector),
    click: (selector) => page.click(selector),
    screenshot: async (path, selector) => void (await (selector ? page.locator(selector).screenshot({ path }) : page.screenshot({ path }))),
    bringToFront: () => page.bringToFront(),
    addInitScript: async (fn) => void (await page.addInitScript(fn)),
    close: () => page.close(),
  };
}

/** Headless Debian Chromium on `profile` with one unpacked extension (none when null), every
 *  request not to 127.0.0.1 sent to the recording proxy. The benchmarks start it with reference
 *  extensions too. */
export function launchChromiumWith(extension: string | null, profile: string, proxyPort: number): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
      '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate',
      '--no-pings',
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
    ],
  });
}

/** `keptProfile`: a profile folder the caller owns and removes, so a test can start the browser
 *  again on what the extension stored; without it, a fresh profile removed on close.
 *  `extension`: another unpacked extension than Crosscount's Chrome build (a benchmark's
 *  reference). */
export async function launchChromium(proxyPort: number, keptProfile?: string, extension = CHROME_BUILD): Promise<TestBrowser> {
  requireFile(CHROMIUM, 'Chromium', 'Install it with: apt-get install -y chromium firefox-esr');
  requireFile(join(extension, 'manifest.json'), 'The Chrome build', 'Run: npm run build');
  const profile = keptProfile ?? mkdtempSync(join(tmpdir(), 'crosscount-chromium-'));
  const context = await launchChromiumWith(extension, profile, proxyPort);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];
  const watch = (page: PlaywrightPage) => {
    page.on('pageerror', (error) => isExtensionError(`${error.stack ?? error.message}`) && errors.push(error.stack ?? error.message));
    page.on('console', (message) => message.type() !== 'log' && isExtensionError(message.text()) && errors.push(message.text()));
  };
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  return {
    name: 'chromium',
    page: fromPlaywright(page),
    errors,
    // The worker of this launch, or its successor if Chromium has restarted it since.
    evaluateInBackground: (source) => (context.serviceWorkers()[0] ?? worker).evaluate(source) as never,
    async openExtensionPage(path) {
      const tab = await context.newPage();
      watch(tab);
      await tab.goto(`chrome-extension://${extensionId}/${path}`);
      return fromPlaywright(tab);
    },
    async close() {
      await context.close();
      if (!keptProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function loaded(page: PuppeteerPage, url: string, timeout = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (state === `${url} complete`) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

function fromPuppeteer(page: PuppeteerPage): TestPage {
  return {
    goto: async (url, quick) => {
      try {
        await page.goto(url, { waitUntil: quick ? 'domcontentloaded' : 'load' });
      } catch (error) {
        // Firefox's BiDi navigation fails with "Address rejected" on pages holding an
        // <iframe src="javascript:…">, though the page itself loads: on a loaded machine (load
        // average 10 on two cores) it has taken more than 10 s to.
        if (!(await loaded(page, url, 30_000))) throw error;
      }
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    addScriptSource: async (source) => void (await page.evaluate(`${source};0`)),
    waitFor: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg)),
    press: (key) => page.keyboard.press(key as never),
    hover: (selector) => page.hover(selector),
    click: (selector) => page.click(selector),
    screenshot: async (path, selector) => {
      const target = selector ? await page.$(selector) : page;
      if (!target) throw new Error(`nothing matches ${selector}`);
      await target.screenshot({ path: path as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    addInitScript: async (fn) => void (await page.evaluateOnNewDocument(fn)),
    close: () => page.close(),
  };
}

export async function launchFirefox(proxyPort: number, keptProfile?: string): Promise<TestBrowser> {
  requireFile(FIREFOX, 'Firefox ESR', 'Install it with: apt-get install -y chromium firefox-esr');
  requireFile(join(FIREFOX_BUILD, 'manifest.json'), 'The Firefox build', 'Run: npm run build:firefox');
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: VIEWPORT,
    args: ['--remote-allow-system-access'],
    ...(keptProfile ? { userDataDir: keptProfile } : {}),
    extraPrefsFirefox: {
      // A temporary add-on is uninstalled when Firefox quits; installed again on the same
      // profile, it finds what it stored only if its storage and id outlived that.
      ...(keptProfile ? { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true } : {}),
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Everything not on 127.0.0.1 goes to the recording proxy, which refuses it.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const errors: string[] = [];
  const watch = (page: PuppeteerPage) => {
    page.on('pageerror', (error) => {
      const text = error instanceof Error ? `${error.stack ?? error.message}` : String(error);
      if (isExtensionError(text)) errors.push(text);
    });
    page.on('console', (message) => message.type() !== 'log' && isExtensionError(message.text()) && errors.push(message.text()));
    // Saved pages call alert(); Playwright dismisses dialogs by itself, Puppeteer must be told.
    page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
  };
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  watch(page);
  return {
    name: 'firefox',
    page: fromPuppeteer(page),
    errors,
    async openExtensionPage(path) {
      const tab = await browser.newPage();
      watch(tab);
      const url = `moz-extension://${FIREFOX_UUID}/${path}`;
      // Navigating to an extension page never resolves over BiDi: start it, then wait for it.
      void tab.goto(url).catch(() => {});
      if (await loaded(tab, url)) return fromPuppeteer(tab);
      throw new Error(`${url} did not open`);
    },
    close: () => browser.close(),
  };
}

/**
 * The id of the one page tab, asked from an extension page opened beside it (the popup opened as
 * a tab is itself the active tab, so tests name the page's tab to it).
 */
export async function pageTabId(extensionPage: TestPage): Promise<number> {
  return extensionPage.evaluate(async () => {
    type Ext = typeof import('wxt/browser').browser;
    const ext = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Ext;
    const me = await ext.tabs.getCurrent();
    const others = (await ext.tabs.query({})).filter((t) => t.id !== me?.id);
    if (others.length !== 1) throw new Error(`expected one page tab, found ${others.length}`);
    return others[0].id!;
  });
}

